import type { MessageKey } from './messages/en';

/** Values an ICU message's placeholders take: text, numbers, dates (plurals and selects read them too). */
export type MessageValues = {
  [name: string]: string | number | Date | boolean | null | undefined | Message;
};

/**
 * Something to say, not yet said in a language: the core and use cases return these (problems,
 * refusals, prompts) and each surface says them in the reader's language.
 */
/** A value may itself be a message (a problem inside a sentence): it is said in the same language first. */
export type Message = { readonly key: MessageKey; readonly values?: MessageValues };

export const msg = (key: MessageKey, values?: MessageValues): Message => (values ? { key, values } : { key });

export const isMessage = (value: unknown): value is Message =>
  typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';

/** An area's translation: exactly the English area's keys, each a message in the other language. */
export type Translations<English> = { readonly [K in keyof English]: string };

export type { MessageKey };
