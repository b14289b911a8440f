import { Checkbox, Text } from '@fluentui/react-components';
import { memo } from 'react';

import { useSectionStyles, type SectionProps } from './parts';

const statementRows = [
  {
    text: 'confidentiality',
    readAt: 'confidentialityReadAt',
    title: 'Confidentiality statement',
    check: 'Read aloud, or attention drawn to it',
  },
  { text: 'equality', readAt: 'equalityReadAt', title: 'Equality and diversity statement', check: 'Read aloud' },
] as const;

export const Statements = memo(function Statements({
  value,
  edit,
  disabled,
  now,
}: SectionProps<'statements'> & { now: () => string }) {
  const s = useSectionStyles();
  return (
    <div className={s.stack}>
      {statementRows.map((r) => (
        <div key={r.text} className={s.stack}>
          <Text weight="semibold">{r.title}</Text>
          <p className={s.statement}>{value[r.text]}</p>
          <Checkbox
            label={r.check}
            checked={Boolean(value[r.readAt])}
            disabled={disabled}
            onChange={() =>
              edit((m) => ({
                ...m,
                statements: { ...m.statements, [r.readAt]: m.statements[r.readAt] ? undefined : now() },
              }))
            }
          />
        </div>
      ))}
    </div>
  );
});
