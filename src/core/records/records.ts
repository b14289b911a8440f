import { z } from 'zod';

import { defineDocument } from '../storage/defineDocument';
import { IdSchema, InstantSchema } from '../shared/schemas';
import { lazySchema } from '../shared/lazySchema';

/** Where a finalised version of the minutes was filed. */
export type ArchivedRecord = {
  meetingId: string;
  version: number;
  /** The file's name in the minutes library; it carries the meeting id and the version. */
  fileName: string;
  /** Where to open it: the library's web address in Microsoft 365, absent in local mode. */
  webUrl?: string;
};

/**
 * The area's records: each finalised (signed) version of the minutes is filed as a Word document.
 * Filing the same version again lands on the same place, so a retry never files twice; once filed
 * and declared a record (Microsoft 365), the file itself can no longer change.
 */
export interface RecordsPort {
  /** `caseId`: the case the minutes belong to, whose people alone may open the file (Microsoft 365). */
  archiveMinutes(meetingId: string, version: number, bytes: Uint8Array, caseId?: string): Promise<ArchivedRecord>;
}

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Characters SharePoint refuses (or treats specially) in a file name. */
const unsafe = /["*:<>?/\\|#%~&{}]/g;

/** The file name for a version of a meeting's minutes: the meeting id and version, nothing of the case. */
export function minutesFileName(meetingId: string, version: number): string {
  if (!Number.isInteger(version) || version < 1) throw new RangeError('The version must be a whole number from 1');
  const id = [...meetingId]
    .map((c) => (c.charCodeAt(0) < 32 ? '-' : c))
    .join('')
    .replace(unsafe, '-')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (!id) throw new RangeError('The meeting id is empty');
  return `MAPPA minutes ${id} v${version}.docx`;
}

/** Local mode's filed copy of a version of the minutes (kept in the embedded store). */
export const ArchivedMinutesSchema = lazySchema(() =>
  z.object({
    id: IdSchema,
    meetingId: IdSchema,
    version: z.number().int().min(1),
    fileName: z.string().min(1).max(255),
    contentType: z.literal(DOCX_CONTENT_TYPE),
    /** The .docx, base64-encoded. */
    base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64'),
    archivedAt: InstantSchema,
  }),
);
export type ArchivedMinutes = z.infer<typeof ArchivedMinutesSchema>;

export const archivedMinutesKind = defineDocument<ArchivedMinutes>({
  name: 'archivedMinutes',
  version: 1,
  schema: ArchivedMinutesSchema,
  migrations: {},
  indexes: { meetingId: (a) => a.meetingId },
});

export const archivedMinutesId = (meetingId: string, version: number) => `${meetingId}_v${version}`;
