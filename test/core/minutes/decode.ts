import { decodeDocument, encodeDocument } from '../../../src/core/storage/defineDocument';
import { minutesKind, type Minutes } from '../../../src/core/minutes/minutes.schema';

export { minutesKind };
export const decodeDocumentMinutes = (m: Minutes): Minutes =>
  decodeDocument(minutesKind, JSON.parse(JSON.stringify(encodeDocument(minutesKind, m))));
