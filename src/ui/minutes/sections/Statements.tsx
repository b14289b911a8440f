import { Checkbox, Text } from '@fluentui/react-components';
import { memo } from 'react';

import { useT } from '../../i18n/I18nProvider';
import { useSectionStyles, type SectionProps } from './parts';

const statementRows = [
  {
    text: 'confidentiality',
    readAt: 'confidentialityReadAt',
    title: 'sections.statements.confidentiality',
    check: 'sections.statements.confidentialityRead',
  },
  {
    text: 'equality',
    readAt: 'equalityReadAt',
    title: 'sections.statements.equality',
    check: 'sections.statements.equalityRead',
  },
] as const;

export const Statements = memo(function Statements({
  value,
  edit,
  disabled,
  now,
}: SectionProps<'statements'> & { now: () => string }) {
  const s = useSectionStyles();
  const t = useT();
  return (
    <div className={s.stack}>
      {statementRows.map((r) => (
        <div key={r.text} className={s.stack}>
          <Text weight="semibold">{t(r.title)}</Text>
          <p className={s.statement}>{value[r.text]}</p>
          <Checkbox
            label={t(r.check)}
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
