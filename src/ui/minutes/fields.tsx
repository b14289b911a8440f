import { Field, Input, Select, Textarea, makeStyles } from '@fluentui/react-components';
import { createContext, memo, useCallback, useContext, useId, useMemo, useState, type ReactNode } from 'react';

import type { Minutes } from '../../core/minutes/minutes.schema';
import { minutesTextLimit } from '../../core/minutes/textLimits';
import { agencyMessage, type Person } from '../../core/people/agency';
import { namesProtectedPerson, noProtectedPeople, type ProtectedIndex } from '../../core/protection/matcher';
import type { MessageKey } from '../../i18n/message';
import type { Translator } from '../../i18n/translator';
import type { Message } from '../../i18n/message';
import { useT } from '../i18n/I18nProvider';

/** The case's protected people, for warning as someone types one into a field that is shown or summarised. */
export const ProtectedPeopleContext = createContext<ProtectedIndex>(noProtectedPeople);

/** A change to the whole document; the autosave queue keeps and sends the result. */
export type Edit = (change: (m: Minutes) => Minutes) => void;

/** Native selects size to their longest option; these keep them inside a 280 px side panel. */
export const useFitStyles = makeStyles({
  root: { width: '100%', minWidth: 0, maxWidth: '100%' },
  select: { width: '100%', minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' },
});

type Common = {
  label: string;
  restricted?: boolean;
  hint?: string;
  disabled?: boolean;
  required?: boolean;
  error?: string;
};

/** Restricted fields say so in their label: their content never reaches the stage or the summary. */
const labelOf = (t: Translator, label: string, restricted?: boolean): string =>
  restricted ? t('sections.field.restricted', { label }) : label;

/** The counter appears once this share of the limit is used, so it shows as the person nears it. */
const NEAR = 0.8;

/**
 * Keeps text to its limit (the same as the schema's) and says so: the count shows as the limit
 * nears, and a paste that would pass it keeps only what fits, with a message, instead of a save
 * that fails later.
 */
function useLimit(max: number, onChange: (v: string) => void) {
  const [cut, setCut] = useState(0);
  const t = useT();
  const protectedPeople = useContext(ProtectedPeopleContext);
  const change = useCallback(
    (v: string) => {
      setCut(Math.max(0, v.length - max));
      onChange(v.length > max ? v.slice(0, max) : v);
    },
    [max, onChange],
  );
  const count = (value: string) => ({ count: t.number(value.length), max: t.number(max) });
  const hintFor = (value: string, hint?: string) =>
    value.length >= max * NEAR
      ? hint
        ? t('sections.field.countWithHint', { hint, ...count(value) })
        : t('sections.field.count', count(value))
      : hint;
  const warning = cut ? t('sections.field.cut', { max: t.number(max), cut: t.number(cut) }) : undefined;
  /**
   * The Field around a limited text control: label, count near the limit, and the field's error, the
   * cut warning, or (outside the restricted fields) the warning that it names a protected person.
   */
  const fieldProps = (value: string, p: Common) => {
    const names =
      !p.restricted && namesProtectedPerson(value, protectedPeople) ? t('sections.field.namesProtected') : undefined;
    const note = warning ?? names;
    return {
      label: labelOf(t, p.label, p.restricted),
      hint: hintFor(value, p.hint),
      required: p.required,
      validationMessage: p.error ?? note,
      validationState: p.error ? ('error' as const) : note ? ('warning' as const) : undefined,
    };
  };
  return { change, fieldProps };
}

/**
 * Where a text field's limit comes from: `field`, the minutes' schema path it edits (array items
 * as `*`, e.g. `attendance.*.person.name`), whose limit the schema itself gives; or, for text kept
 * in another document (an action), that document's `maxLength`.
 */
type Limited = { field: string; maxLength?: undefined } | { field?: undefined; maxLength: number };

function limitOf(p: Limited): number {
  const max = p.maxLength ?? minutesTextLimit(p.field);
  // A field the schema sets no limit for is a mistake in the form, not something to guess at.
  if (max === undefined) throw new Error(`No text limit in the minutes' schema at ${p.field}`);
  return max;
}

/** A multi-line text field that re-renders only when its own value changes. */
export const TextArea = memo(function TextArea(
  p: Common & Limited & { value: string; onChange: (v: string) => void; rows?: number },
) {
  const max = limitOf(p);
  const { change, fieldProps } = useLimit(max, p.onChange);
  return (
    <Field {...fieldProps(p.value, p)}>
      <Textarea
        value={p.value}
        rows={p.rows ?? 3}
        resize="vertical"
        maxLength={max}
        data-field={p.field}
        disabled={p.disabled}
        onChange={(_, d) => change(d.value)}
      />
    </Field>
  );
});

export const TextInput = memo(function TextInput(
  p: Common & Limited & { value: string; onChange: (v: string) => void; type?: 'text' | 'date' | 'email' },
) {
  // A date picker's value has one form and no length to keep to.
  const max = p.type === 'date' ? Number.POSITIVE_INFINITY : limitOf(p);
  const { change, fieldProps } = useLimit(max, p.onChange);
  return (
    <Field {...fieldProps(p.value, p)}>
      <Input
        value={p.value}
        type={p.type ?? 'text'}
        maxLength={Number.isFinite(max) ? max : undefined}
        data-field={p.field}
        disabled={p.disabled}
        onChange={(_, d) => change(d.value)}
      />
    </Field>
  );
});

export function Choice<V extends string>(
  p: Common & {
    value: V | '';
    /** Labels are the area's own words (shown as they are) or messages from the catalogue. */
    options: readonly (readonly [V, string | Message])[];
    onChange: (v: V | '') => void;
    emptyLabel?: string;
  },
) {
  const id = useId();
  const t = useT();
  const fit = useFitStyles();
  return (
    <Field label={labelOf(t, p.label, p.restricted)} hint={p.hint} required={p.required} validationMessage={p.error}>
      <Select
        id={id}
        className={fit.root}
        select={{ className: fit.select }}
        value={p.value}
        disabled={p.disabled}
        onChange={(_, d) => p.onChange(d.value as V | '')}
      >
        <option value="">{p.emptyLabel ?? t('sections.field.notRecorded')}</option>
        {p.options.map(([v, l]) => (
          <option key={v} value={v}>
            {typeof l === 'string' ? l : t(l)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** A choice of number (level, category) kept as a string in the select; empty means not recorded. */
export function NumberChoice<N extends number>(
  p: Common & { value?: N; options: readonly (readonly [string, string | Message])[]; onChange: (v?: N) => void },
) {
  return (
    <Choice
      {...p}
      value={p.value ? String(p.value) : ''}
      onChange={(v) => p.onChange(v ? (Number(v) as N) : undefined)}
    />
  );
}

/** A person from those who can own an action or chair (the attendance). */
export function PersonChoice(p: {
  label: string;
  people: Person[];
  value?: Person;
  onChange: (p?: Person) => void;
  disabled?: boolean;
}) {
  const t = useT();
  const { people, onChange } = p;
  const options = useMemo(
    () =>
      people.map(
        (x) => [x.id, t('people.personWithAgency', { name: x.name, agency: t(agencyMessage(x.agency)) })] as const,
      ),
    [people, t],
  );
  return (
    <Choice
      label={p.label}
      value={p.value?.id ?? ''}
      disabled={p.disabled}
      options={options}
      emptyLabel={t('sections.field.choosePerson')}
      onChange={(id) => onChange(people.find((x) => x.id === id))}
    />
  );
}

type TextKey<T> = { [K in keyof T]-?: NonNullable<T[K]> extends string ? K : never }[keyof T] & string;

/** One text field of a section, described as data. */
export type TextSpec<T> = Omit<Common, 'disabled' | 'error' | 'label' | 'hint'> & {
  name: TextKey<T>;
  /** Said in the reader's language where the field is drawn. */
  label: MessageKey;
  hint?: MessageKey;
  /** A single-line input of this type; without it the field is multi-line. */
  type?: 'text' | 'date' | 'email';
  rows?: number;
  /** An empty value is stored as absent (dates). */
  optional?: boolean;
};

type BoundProps<T> = {
  spec: TextSpec<T>;
  /** The schema path of the object the field belongs to, e.g. `purpose` or `nominal.identifiers`. */
  at: string;
  value: string;
  set: (patch: Partial<T>) => void;
  disabled?: boolean;
};

/** A field bound to one property: it re-renders only when its own value changes. */
const BoundField = memo(function BoundField<T>({ spec, at, value, set, disabled }: BoundProps<T>) {
  const t = useT();
  const { name, type, optional, label: labelKey, hint: hintKey, ...other } = spec;
  const rest = { ...other, label: t(labelKey), hint: hintKey && t(hintKey) };
  const onChange = useCallback(
    (v: string) => set({ [name]: optional && !v ? undefined : v } as Partial<T>),
    [set, name, optional],
  );
  return type ? (
    <TextInput {...rest} field={`${at}.${name}`} type={type} value={value} disabled={disabled} onChange={onChange} />
  ) : (
    <TextArea {...rest} field={`${at}.${name}`} value={value} disabled={disabled} onChange={onChange} />
  );
}) as <T>(p: BoundProps<T>) => ReactNode;

/** Text fields of one object, in order; `set` should be stable (see `usePatch`). */
export function TextFields<T>({
  specs,
  at,
  value,
  set,
  disabled,
}: {
  specs: readonly TextSpec<T>[];
  /** The schema path of `value`, whose limits the fields keep to. */
  at: string;
  value: T;
  set: (patch: Partial<T>) => void;
  disabled?: boolean;
}) {
  return specs.map((spec) => (
    <BoundField<T>
      key={spec.name}
      spec={spec}
      at={at}
      value={String(value[spec.name] ?? '')}
      set={set}
      disabled={disabled}
    />
  ));
}

type ObjectKey = Extract<
  {
    [K in keyof Minutes]-?: Minutes[K] extends readonly unknown[] ? never : Minutes[K] extends object ? K : never;
  }[keyof Minutes],
  keyof Minutes
>;

/** A stable patcher for one object-valued section of the minutes. */
export function usePatch<K extends ObjectKey>(edit: Edit, key: K): (patch: Partial<Minutes[K]>) => void {
  return useCallback((patch) => edit((m) => ({ ...m, [key]: { ...m[key], ...patch } })), [edit, key]);
}

/** Where a list of items with ids lives in the minutes. */
export type ListLens<T> = { get: (m: Minutes) => T[]; put: (m: Minutes, list: T[]) => Minutes };

/** Stable add / update / remove by id for the list at `lens` (a module constant). */
export function useListEdits<T extends { id: string }>(edit: Edit, lens: ListLens<T>) {
  return useMemo(() => {
    const apply = (f: (list: T[]) => T[]) => edit((m) => lens.put(m, f(lens.get(m))));
    return {
      add: (item: T) => apply((l) => [...l, item]),
      update: (id: string, patch: Partial<T>) => apply((l) => l.map((x) => (x.id === id ? { ...x, ...patch } : x))),
      remove: (id: string) => apply((l) => l.filter((x) => x.id !== id)),
    };
  }, [edit, lens]);
}

/** The fields of a small "add" form: `bind(name)` gives a field's value and onChange. */
export function useDraft<T extends Record<string, string>>(empty: T) {
  const [draft, setDraft] = useState(empty);
  const bind = <K extends keyof T & string>(name: K) => ({
    value: draft[name],
    onChange: (v: T[K]) => setDraft((d) => ({ ...d, [name]: v })),
  });
  return { draft, bind, reset: () => setDraft(empty) };
}
