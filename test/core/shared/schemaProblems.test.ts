import { z } from 'zod';

import { schemaProblem } from '../../../src/core/shared/schemaProblems';
import { IsoDateSchema, textField } from '../../../src/core/shared/schemas';
import { cy } from '../../../src/i18n/messages/cy';
import { createTranslator, english } from '../../../src/i18n/translator';

const schema = z
  .object({
    name: textField(5).min(1, 'Enter a name'),
    email: z.string().email('Enter an e-mail'),
    day: IsoDateSchema,
    kind: z.enum(['work', 'training']),
    items: z.array(z.string()).min(2),
  })
  .strict();

const problems = (input: unknown) => {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected issues');
  return parsed.error.issues.map((i) => [String(i.path[0] ?? ''), schemaProblem(i)] as const);
};

describe('schema problems are said through the catalogue', () => {
  const good = { name: 'Ann', email: 'ann@example.gov.uk', day: '2026-11-20', kind: 'work', items: ['a', 'b'] };

  it('says each kind of issue by what went wrong, not by the schema’s English', () => {
    // The first problem of each field, as a form shows it.
    const said: Record<string, string> = {};
    for (const [field, m] of problems({
      name: 'Too long',
      email: 'x',
      day: '20/11/2026',
      kind: 'other',
      items: ['a'],
      extra: 1,
    })) {
      said[field] ??= english()(m);
    }
    expect(said).toEqual({
      name: 'Keep this under 5 characters.',
      email: 'Enter a valid e-mail address.',
      day: 'Use a date in the form yyyy-mm-dd.',
      kind: 'Choose one of the options given.',
      items: 'Give at least 2.',
      '': 'This holds something the record does not accept.',
    });
  });

  it('asks for an empty required text to be filled in, in Welsh for a Welsh reader', () => {
    const [[field, problem]] = problems({ ...good, name: '' }) as [readonly [string, ReturnType<typeof schemaProblem>]];
    expect(field).toBe('name');
    expect(problem).toEqual({ key: 'errors.field.required' });
    expect(createTranslator('cy-GB', cy)(problem)).toBe('Llenwch hwn.');
  });
});
