import type { ExportedFile } from '../../app/minutes/exportMinutes';

/** Hands a file to the browser's download. */
export function download({ bytes, name, contentType }: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
