import { z } from 'zod';

/*
 * Every page's Content Security Policy allows scripts from the app's own origin only (no
 * 'unsafe-eval', webpack.config.js), so zod's parsers compiled with `new Function` can never run.
 * Zod would still try once, to find out, and the browser reports each try as a CSP violation.
 * `jitless` says so up front: zod parses the same way, without the try. Every schema is declared
 * here, and none is built before a module has loaded (`lazySchema`), so this runs first.
 * (zod's `globalConfig.jitless`, read by `util.allowsEval` and the object parser.)
 */
z.config({ jitless: true });

/**
 * A schema built the first time anything touches it, not when its module is imported.
 *
 * Building a zod schema costs tens of microseconds, and a surface imports several hundred of them
 * (the document kinds, the minutes, the host context) long before it parses anything; on a slow
 * machine that was about a third of a second of the side panel's start-up. `lazySchema` hands out
 * a placeholder instead. The first read of any of its properties (`parse`, `optional`, `_zod`,
 * which zod reads when the schema is put inside another) runs `build` once and turns the
 * placeholder into the schema: it takes the built schema's own properties and prototype, so from
 * then on it is an ordinary zod schema, with no indirection left on the parsing path, and
 * composing it, `instanceof` and `z.infer` behave as they do for the schema itself.
 *
 * A schema made inside `build` from other lazy schemas is built with them, on first use.
 */
export function lazySchema<T extends z.ZodType>(build: () => T): T {
  const placeholder = Object.create(null) as object;
  let state: 'waiting' | 'building' | 'built' = 'waiting';
  const become = (): void => {
    if (state === 'built') return;
    if (state === 'building') throw new Error('lazySchema: a schema refers to itself while it is built');
    state = 'building';
    try {
      const schema = build() as object;
      // A schema that is itself a placeholder is built first, so there is something to take over.
      void (schema as { _zod?: unknown })._zod;
      Object.defineProperties(placeholder, Object.getOwnPropertyDescriptors(schema));
      Object.setPrototypeOf(placeholder, Object.getPrototypeOf(schema));
      state = 'built';
      builtCount++;
    } catch (error) {
      state = 'waiting';
      throw error;
    }
  };
  // Until it is built the placeholder has no properties of its own, so every read reaches its
  // prototype: this proxy, which builds the schema and answers from it. Once built, the proxy is no
  // longer in the prototype chain.
  Object.setPrototypeOf(
    placeholder,
    new Proxy(Object.create(null) as object, {
      get: (_, key, receiver) => (become(), Reflect.get(placeholder, key, receiver)),
      set: (_, key, value, receiver) => (become(), Reflect.set(placeholder, key, value, receiver)),
      has: (_, key) => (become(), Reflect.has(placeholder, key)),
    }),
  );
  declaredCount++;
  return placeholder as T;
}

let declaredCount = 0;
let builtCount = 0;

/** How many lazy schemas have been declared and how many built so far: start-up's tests read it. */
export function lazySchemaCounts(): { declared: number; built: number } {
  return { declared: declaredCount, built: builtCount };
}
