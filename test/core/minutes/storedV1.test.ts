import { readFileSync } from 'fs';
import { join } from 'path';

import { checkCompleteness } from '../../../src/core/minutes/completeness';
import { minutesKind } from '../../../src/core/minutes/minutes.schema';
import { decodeDocument } from '../../../src/core/storage/defineDocument';

/** Signed minutes as the first release stored them, before any of the later optional decisions existed. */
const frozenV1 = JSON.parse(
  readFileSync(join(__dirname, '../../fixtures/documents/minutes.v1.json'), 'utf8'),
) as Record<string, unknown>;

describe('minutes stored by the first release', () => {
  it('still open, with every later decision read as not taken, and are still complete', () => {
    const m = decodeDocument(minutesKind, frozenV1);
    expect(m.status).toBe('final');
    expect(m.informationRequests).toEqual([]);
    expect(m.adjournments).toEqual([]);
    expect(m.purpose.carriedItems).toEqual([]);
    expect(m.versions[0]!.content.informationRequests).toEqual([]);
    expect(checkCompleteness(m)).toEqual([]);
  });
});
