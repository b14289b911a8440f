import type { AreaSettings } from '../../core/area/areaSettings';
import type { Minutes } from '../../core/minutes/minutes.schema';
import type { WordPort } from '../../core/ports';
import type { ArchivedRecord, RecordsPort } from '../../core/records/records';
import { RefusedError } from '../../core/shared/errors';
import { msg } from '../../i18n/message';

export type ArchiveDeps = {
  records: RecordsPort;
  settings: Pick<AreaSettings, 'sectionLabels' | 'timeZone'>;
  word: Pick<WordPort, 'minutes'>;
};

/**
 * The minutes as a signed version stood: that version's content on the record's identity, final,
 * with the history up to and including it (so the document's "Final, version n" is that version).
 */
export function minutesAtVersion(m: Minutes, number: number): Minutes {
  const v = m.versions.find((x) => x.number === number);
  if (!v) throw new RangeError(`These minutes have no version ${number}`);
  return {
    ...m,
    ...structuredClone(v.content),
    status: 'final',
    versions: m.versions.filter((x) => x.number <= number),
    updatedAt: v.at,
  };
}

/**
 * Files a signed version of the minutes (the latest unless one is named) in the area's records:
 * the case's folder in Microsoft 365 (declared a record), the embedded store locally. The minutes'
 * id is the meeting's. Safe to call again for the same version: it lands on the same file.
 */
export async function archiveFinalMinutes(
  deps: ArchiveDeps,
  minutes: Minutes,
  version?: number,
): Promise<ArchivedRecord> {
  if (minutes.status !== 'final' || minutes.versions.length === 0) {
    throw new RefusedError(msg('errors.records.notFinal'), 'Only finalised minutes are filed in the minutes library.');
  }
  const number = version ?? Math.max(...minutes.versions.map((v) => v.number));
  const bytes = await deps.word.minutes(minutesAtVersion(minutes, number), deps.settings);
  return deps.records.archiveMinutes(minutes.id, number, bytes, minutes.caseId);
}
