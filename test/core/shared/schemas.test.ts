import { IsoDateSchema } from '../../../src/core/shared/schemas';

describe('calendar dates', () => {
  it.each(['2026-11-22', '2024-02-29', '2000-02-29', '2026-12-31', '2026-01-01'])('accepts %s', (d) => {
    expect(IsoDateSchema.safeParse(d).success).toBe(true);
  });

  it.each([
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '22/11/2026',
    '2026-1-5',
  ])('refuses %s', (d) => {
    expect(IsoDateSchema.safeParse(d).success).toBe(false);
  });
});
