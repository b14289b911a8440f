import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { exportDisclosureRecord } from '../../app/confidentiality/exportDisclosureRecord';
import { auditExport } from '../../app/confidentiality/operations';
import { useServices } from '../../app/ServicesProvider';
import type { DisclosureDecision } from '../../core/disclosure/disclosureDecision.schema';
import { disclosureRecord, sayRecordText } from '../../core/disclosure/disclosureRecord';
import { download } from '../minutes/download';
import { useT } from '../i18n/I18nProvider';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '48rem',
    overflowWrap: 'anywhere',
  },
  marking: { textAlign: 'center', fontWeight: tokens.fontWeightBold, letterSpacing: '0.05em' },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: 'pre-wrap',
  },
  signature: { minHeight: '3rem', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  noPrint: { '@media print': { display: 'none' } },
});

/**
 * The disclosure record for signing by both parties (D15), marked OFFICIAL-SENSITIVE at top and
 * bottom. Rendered as text only; printing is an audited export.
 */
export function DisclosureRecordView({
  decision,
  caseId,
  caseReference,
}: {
  decision: DisclosureDecision;
  caseId: string;
  caseReference: string;
}) {
  const services = useServices();
  const styles = useStyles();
  const t = useT();
  const record = disclosureRecord(decision, caseReference);
  const print = async () => {
    await auditExport(services, {
      caseId,
      subject: { kind: 'disclosureDecisions', id: decision.id },
      what: 'disclosure record (print)',
      why: 'Written record for signing by the discloser and the recipient',
    });
    window.print();
  };
  const [wordStatus, setWordStatus] = useState<string>();
  const saveWord = async () => {
    setWordStatus(undefined);
    try {
      download(await exportDisclosureRecord(services, { decision, caseId, caseReference, language: t.locale }));
    } catch {
      setWordStatus(t('disclosure.recordView.wordFailed'));
    }
  };
  return (
    <article className={styles.page} aria-label={t(record.title)}>
      <Text className={styles.marking}>{t('documents.marking')}</Text>
      <Text as="h2" size={500} weight="semibold">
        {t(record.title)}
      </Text>
      <table className={styles.table}>
        <tbody>
          {record.rows.map((r, i) => (
            <tr key={`${r.label.key}-${i}`}>
              <th scope="row" className={styles.cell}>
                {t(r.label)}
              </th>
              <td className={styles.cell}>{sayRecordText(t, r.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul>
        {record.recipientNotes.map((n) => (
          <li key={n.key}>
            <Text>{t(n)}</Text>
          </li>
        ))}
      </ul>
      {record.signatures.map((s) => (
        <div key={s.key}>
          <Text>{t(s)}</Text>
          <div className={styles.signature} aria-hidden />
          <Text size={200}>{t('disclosure.recordView.date')}</Text>
        </div>
      ))}
      <Text className={styles.marking}>{t('documents.marking')}</Text>
      <div className={styles.noPrint}>
        <Button onClick={() => void print()}>{t('disclosure.recordView.print')}</Button>{' '}
        <Button onClick={() => void saveWord()}>{t('disclosure.recordView.download')}</Button>
        {wordStatus && <Text role="alert">{wordStatus}</Text>}
      </div>
    </article>
  );
}

export default DisclosureRecordView;
