import { z } from 'zod';

import { DOCX_CONTENT_TYPE, minutesFileName, type ArchivedRecord, type RecordsPort } from '../../core/records/records';
import { MINUTES_LIBRARY } from './graphStore';
import { refusal, type GraphTransport } from './transport';

const DriveItem = z.object({ id: z.string(), name: z.string().optional(), webUrl: z.string().url().optional() });

/** The folder in the minutes library for a year's minutes, so no folder grows without bound. */
export const minutesFolder = (year: number) => `Minutes ${year}`;

/**
 * Files each finalised version of the minutes in the area site's minutes library (the document
 * library `setUpSite()` creates), as `Minutes <year>/MAPPA minutes <meeting id> v<n>.docx`.
 * The upload replaces a file already at that path (`conflictBehavior=replace`), so a retry after a
 * lost answer files the same version once. Simple upload: a minutes document is far below the
 * 250 MB limit for a single PUT.
 */
export class GraphRecords implements RecordsPort {
  constructor(
    private readonly graph: GraphTransport,
    private readonly siteId: string,
    private readonly clock: { now(): Date },
  ) {}

  async archiveMinutes(meetingId: string, version: number, bytes: Uint8Array): Promise<ArchivedRecord> {
    const fileName = minutesFileName(meetingId, version);
    const path = `${minutesFolder(this.clock.now().getUTCFullYear())}/${fileName}`;
    const url =
      `/sites/${encodeURIComponent(this.siteId)}/lists/${encodeURIComponent(MINUTES_LIBRARY)}` +
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
    if (res.status !== 200 && res.status !== 201) {
      throw refusal(res, { method: 'PUT', url });
    }
    const item = DriveItem.safeParse(res.body);
    return { meetingId, version, fileName, ...(item.success && item.data.webUrl ? { webUrl: item.data.webUrl } : {}) };
  }
}
