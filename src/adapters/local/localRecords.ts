import type { ClockPort, StoragePort } from '../../core/ports';
import {
  archivedMinutesId,
  archivedMinutesKind,
  DOCX_CONTENT_TYPE,
  minutesFileName,
  type ArchivedMinutes,
  type ArchivedRecord,
  type RecordsPort,
} from '../../core/records/records';
import { ConflictError } from '../../core/shared/errors';

/** Base64 without Buffer (not in the browser) and without a spread of the whole array onto the stack. */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(s);
}

/**
 * Local mode's records: each filed version of the minutes is kept in the embedded store (IndexedDB
 * in the browser). Filing a version again replaces the stored copy.
 */
export class LocalRecords implements RecordsPort {
  constructor(
    private readonly storage: StoragePort,
    private readonly clock: ClockPort,
  ) {}

  async archiveMinutes(meetingId: string, version: number, bytes: Uint8Array): Promise<ArchivedRecord> {
    const fileName = minutesFileName(meetingId, version);
    const doc: ArchivedMinutes = {
      id: archivedMinutesId(meetingId, version),
      meetingId,
      version,
      fileName,
      contentType: DOCX_CONTENT_TYPE,
      base64: toBase64(bytes),
      archivedAt: this.clock.now().toISOString(),
    };
    const col = this.storage.collection(archivedMinutesKind);
    try {
      await col.create(doc);
    } catch (e) {
      if (!(e instanceof ConflictError) || e.reason !== 'exists' || !e.current) throw e;
      await col.update(doc, e.current.version);
    }
    return { meetingId, version, fileName };
  }
}
