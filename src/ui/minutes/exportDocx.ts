import { auditExport } from '../../app/confidentiality/operations';
import type { Services } from '../../app/services';
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

// The Word exporter (and the docx package) loads only now, when someone exports or distributes.
const exporter = () => import(/* webpackChunkName: "minutes-docx" */ '../../adapters/docx/minutesDocx');

export async function buildMinutesDocx(m: Minutes, settings: AreaSettings): Promise<Uint8Array> {
  return (await exporter()).minutesDocx(m, settings);
}

export async function buildSummaryDocx(m: Minutes, settings: AreaSettings): Promise<Uint8Array> {
  return (await exporter()).executiveSummaryDocx(executiveSummary(m, settings));
}

export const docxFileName = (m: Minutes, which: 'full' | 'summary'): string =>
  `${m.caseReference}-${m.meetingDetails.sequence}-${which === 'full' ? 'minutes' : 'executive-summary'}.docx`;

/** Every download is an export: audited (who, when, what, why) before the file is handed over. */
export async function exportMinutes(
  services: Pick<Services, 'storage' | 'clock' | 'ids' | 'me' | 'settings' | 'mail'>,
  m: Minutes,
  which: 'full' | 'summary',
): Promise<void> {
  const x = await exporter();
  const bytes =
    which === 'full'
      ? await x.minutesDocx(m, services.settings)
      : await x.executiveSummaryDocx(executiveSummary(m, services.settings));
  await auditExport(services, {
    caseId: m.caseId,
    subject: { kind: 'minutes', id: m.id },
    what: which === 'full' ? `minutes (docx), ${m.status}` : 'executive summary (docx)',
    why: 'Downloaded from the minutes',
  });
  download(bytes, docxFileName(m, which), x.docxContentType);
}
