import { z } from 'zod';

import { DOCX_CONTENT_TYPE, minutesFileName, type ArchivedRecord, type RecordsPort } from '../../core/records/records';
import { CASE_LIBRARY, caseFolderName } from './caseFolders';
import { MINUTES_LIBRARY } from './graphStore';
import { refusal, type GraphTransport } from './transport';
import { lazySchema } from '../../core/shared/lazySchema';

const DriveItem = lazySchema(() =>
  z.object({
    id: z.string(),
    name: z.string().optional(),
    webUrl: z.string().url().optional(),
    parentReference: z.object({ driveId: z.string().optional() }).optional(),
  }),
);

/** The folder in the minutes library for a year's minutes, so no folder grows without bound. */
export const minutesFolder = (year: number) => `Minutes ${year}`;
/** The folder in a case's folder that holds its signed minutes. */
export const SIGNED_MINUTES_FOLDER = 'Signed minutes';

/** SharePoint's answer to a change of a record (the fake's; confirm in a tenant). */
const LOCKED = 423;

/**
 * Files each finalised version of the minutes as a Word document: in the case's folder of the case
 * library (`Case <id>/Signed minutes/MAPPA minutes <meeting id> v<n>.docx`), which only the case's
 * people may open, or in the minutes library when no case is named. The file is then given the
 * retention label that declares it a record, so SharePoint itself refuses to change or delete it
 * (https://learn.microsoft.com/graph/api/driveitem-setretentionlabel,
 * https://learn.microsoft.com/purview/declare-records).
 *
 * A retry is safe: before the label, the upload replaces the same file (`conflictBehavior=replace`);
 * after it, SharePoint refuses the upload as the version is a record already, which is success.
 * Simple upload: a minutes document is far below the 250 MB limit for a single PUT.
 */
export class GraphRecords implements RecordsPort {
  private readonly recordLabel: string | undefined;

  constructor(
    private readonly graph: GraphTransport,
    private readonly siteId: string,
    private readonly clock: { now(): Date },
    options: { recordLabel?: string } = {},
  ) {
    this.recordLabel = options.recordLabel;
  }

  async archiveMinutes(
    meetingId: string,
    version: number,
    bytes: Uint8Array,
    caseId?: string,
  ): Promise<ArchivedRecord> {
    const fileName = minutesFileName(meetingId, version);
    const library = caseId ? CASE_LIBRARY : MINUTES_LIBRARY;
    const folder = caseId
      ? `${caseFolderName(caseId)}/${SIGNED_MINUTES_FOLDER}`
      : minutesFolder(this.clock.now().getUTCFullYear());
    const path = `${folder}/${fileName}`;
    const url =
      `/sites/${encodeURIComponent(this.siteId)}/lists/${encodeURIComponent(library)}` +
      `/drive/root:/${path.split('/').map(encodeURIComponent).join('/')}:/content` +
      `?@microsoft.graph.conflictBehavior=replace`;
    // A Blob goes through the Graph client untouched (it would re-encode a typed array via Node's Buffer).
    const body = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_CONTENT_TYPE });
    const res = await this.graph.send({
      method: 'PUT',
      url,
      headers: { 'Content-Type': DOCX_CONTENT_TYPE },
      body,
      binary: true,
      safeToRepeat: true,
    });
    // Filed and declared a record by an earlier attempt whose answer was lost.
    if (res.status === LOCKED && this.recordLabel) return { meetingId, version, fileName };
    if (res.status !== 200 && res.status !== 201) {
      throw refusal(res, { method: 'PUT', url });
    }
    const item = DriveItem.safeParse(res.body);
    if (this.recordLabel) {
      const driveId = item.success ? item.data.parentReference?.driveId : undefined;
      if (!item.success || !driveId) throw refusal({ status: 0 }, { method: 'PUT', url });
      const labelUrl = `/drives/${encodeURIComponent(driveId)}/items/${encodeURIComponent(item.data.id)}/retentionLabel`;
      // Applying the same label again changes nothing, so a repeat is safe.
      const labelled = await this.graph.send({
        method: 'PATCH',
        url: labelUrl,
        body: { name: this.recordLabel },
        safeToRepeat: true,
      });
      if (labelled.status !== 200 && labelled.status !== 201) {
        throw refusal(labelled, { method: 'PATCH', url: labelUrl });
      }
    }
    return { meetingId, version, fileName, ...(item.success && item.data.webUrl ? { webUrl: item.data.webUrl } : {}) };
  }
}
