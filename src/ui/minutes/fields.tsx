import { Field, Input, Select, Textarea, makeStyles } from '@fluentui/react-components';
import { memo, useId } from 'react';

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
const labelOf = (label: string, restricted?: boolean): string => (restricted ? `${label} (restricted)` : label);

/** A multi-line text field that re-renders only when its own value changes. */
export const TextArea = memo(function TextArea(
  p: Common & { value: string; onChange: (v: string) => void; rows?: number },
) {
  return (
    <Field label={labelOf(p.label, p.restricted)} hint={p.hint} required={p.required} validationMessage={p.error}>
      <Textarea
        value={p.value}
        rows={p.rows ?? 3}
        resize="vertical"
        disabled={p.disabled}
        onChange={(_, d) => p.onChange(d.value)}
      />
    </Field>
  );
});

export const TextInput = memo(function TextInput(
  p: Common & { value: string; onChange: (v: string) => void; type?: 'text' | 'date' | 'email' },
) {
  return (
    <Field label={labelOf(p.label, p.restricted)} hint={p.hint} required={p.required} validationMessage={p.error}>
      <Input value={p.value} type={p.type ?? 'text'} disabled={p.disabled} onChange={(_, d) => p.onChange(d.value)} />
    </Field>
  );
});

export function Choice<V extends string>(
  p: Common & {
    value: V | '';
    options: readonly (readonly [V, string])[];
    onChange: (v: V | '') => void;
    emptyLabel?: string;
  },
) {
  const id = useId();
  const fit = useFitStyles();
  return (
    <Field label={labelOf(p.label, p.restricted)} hint={p.hint} required={p.required} validationMessage={p.error}>
      <Select
        id={id}
        className={fit.root}
        select={{ className: fit.select }}
        value={p.value}
        disabled={p.disabled}
        onChange={(_, d) => p.onChange(d.value as V | '')}
      >
        <option value="">{p.emptyLabel ?? 'Not recorded'}</option>
        {p.options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </Select>
    </Field>
  );
}
