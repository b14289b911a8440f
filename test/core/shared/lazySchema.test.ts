import { z } from 'zod';

import { lazySchema } from '../../../src/core/shared/lazySchema';

/** Counts the schemas zod constructs from here on (zod calls its post-processor once for each). */
function countConstructions(): { readonly count: number } {
  const counter = { count: 0 };
  z.core.globalConfig.postProcessor = () => {
    counter.count++;
  };
  return counter;
}

afterEach(() => {
  delete z.core.globalConfig.postProcessor;
});

describe('lazySchema', () => {
  it('builds nothing until the schema is used, then builds it once', () => {
    const build = jest.fn(() => z.object({ id: z.string().min(1) }));
    const constructed = countConstructions();
    const Schema = lazySchema(build);
    expect(build).not.toHaveBeenCalled();
    expect(constructed.count).toBe(0);

    expect(Schema.parse({ id: 'a' })).toEqual({ id: 'a' });
    const afterFirst = constructed.count;
    expect(afterFirst).toBeGreaterThan(0);
    expect(Schema.safeParse({ id: '' }).success).toBe(false);
    expect(Schema.parse({ id: 'b' })).toEqual({ id: 'b' });
    expect(build).toHaveBeenCalledTimes(1);
    expect(constructed.count).toBe(afterFirst);
  });

  it('becomes the schema itself: its own properties and prototype, no proxy left on the parsing path', () => {
    const Schema = lazySchema(() => z.object({ id: z.string() }));
    const eager = z.object({ id: z.string() });
    void Schema.shape;
    void eager.shape;
    expect(Object.getPrototypeOf(Schema)).toBe(Object.getPrototypeOf(eager));
    expect(Object.getOwnPropertyNames(Schema).sort()).toEqual(Object.getOwnPropertyNames(eager).sort());
    expect(Schema).toBeInstanceOf(z.ZodObject);
  });

  it('composes as the schema it stands for', () => {
    const Id = lazySchema(() => z.string().min(1));
    const Status = lazySchema(() => z.enum(['open', 'done']));
    const Item = lazySchema(() => z.object({ id: Id, status: Status.default('open') }));
    const Extended = lazySchema(() => Item.extend({ note: z.string().optional() }));
    const List = z.object({ items: z.array(Item), first: Item.pick({ id: true }).optional() });

    expect(Status).toBeInstanceOf(z.ZodEnum);
    expect(Status.options).toEqual(['open', 'done']);
    expect(Object.keys(Extended.shape)).toEqual(['id', 'status', 'note']);
    expect(List.parse({ items: [{ id: 'a' }], first: { id: 'b', status: 'done' } })).toEqual({
      items: [{ id: 'a', status: 'open' }],
      first: { id: 'b' },
    });
    expect(List.safeParse({ items: [{ id: '' }] }).success).toBe(false);
    expect(Extended.parse({ id: 'a', note: 'n' })).toEqual({ id: 'a', status: 'open', note: 'n' });
    expect(z.array(Status).parse(['done'])).toEqual(['done']);
    expect(Status.optional().parse(undefined)).toBeUndefined();
  });

  it('takes part in a discriminated union', () => {
    const Local = lazySchema(() => z.object({ mode: z.literal('local') }));
    const Remote = lazySchema(() => z.object({ mode: z.literal('remote'), url: z.string() }));
    const Either = lazySchema(() => z.discriminatedUnion('mode', [Local, Remote]));
    expect(Either.parse({ mode: 'remote', url: 'u' })).toEqual({ mode: 'remote', url: 'u' });
    expect(Either.parse({ mode: 'local' })).toEqual({ mode: 'local' });
    expect(Either.safeParse({ mode: 'other' }).success).toBe(false);
  });

  it('builds a lazy schema its builder returns', () => {
    const Inner = lazySchema(() => z.number().int());
    const Outer = lazySchema(() => Inner);
    expect(Outer.parse(3)).toBe(3);
    expect(Outer.safeParse(1.5).success).toBe(false);
  });

  it('tries again after a build that failed', () => {
    let fail = true;
    const Flaky = lazySchema(() => {
      if (fail) throw new Error('not yet');
      return z.string();
    });
    expect(() => Flaky.parse('a')).toThrow('not yet');
    fail = false;
    expect(Flaky.parse('a')).toBe('a');
  });

  it('holds a reference to itself that is only read when parsing, and refuses one needed to build it', () => {
    type Nested = unknown[];
    const Tree: z.ZodType<Nested> = lazySchema(() => z.array(Tree));
    expect(Tree.parse([[], [[]]])).toEqual([[], [[]]]);
    expect(Tree.safeParse([1]).success).toBe(false);

    const Broken: z.ZodType<unknown> = lazySchema(() => z.object({ next: Broken.optional() }));
    expect(() => Broken.parse({})).toThrow(/refers to itself/);
  });
});
