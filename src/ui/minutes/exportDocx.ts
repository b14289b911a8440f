import type { AreaSettings } from '../../core/area/areaSettings';
import type { Minutes } from '../../core/minutes/minutes.schema';
import { executiveSummary } from '../../core/minutes/projections';

function download(bytes: Uint8Array, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Loads the Word exporter (and the docx package) only now, when someone exports. */
export async function exportMinutes(m: Minutes, settings: AreaSettings, which: 'full' | 'summary'): Promise<void> {
  const x = await import(/* webpackChunkName: "minutes-docx" */ '../../adapters/docx/minutesDocx');
  const bytes =
    which === 'full' ? await x.minutesDocx(m, settings) : await x.executiveSummaryDocx(executiveSummary(m, settings));
  const suffix = which === 'full' ? 'minutes' : 'executive-summary';
  download(bytes, `${m.caseReference}-${m.meetingDetails.sequence}-${suffix}.docx`, x.docxContentType);
}
