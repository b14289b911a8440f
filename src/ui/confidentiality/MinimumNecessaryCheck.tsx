import { Checkbox, Field, makeStyles, shorthands, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';

import {
  checkMinimumNecessary,
  emptyMinimumNecessaryAnswers,
  healthGuidanceSentences,
  type MinimumNecessaryAnswers,
} from '../../core/confidentiality/minimumNecessary';
import { TextArea } from '../minutes/fields';
import type { Agency } from '../../core/people/agency';
import type { MessageKey } from '../../i18n/message';
import { useT } from '../i18n/I18nProvider';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: '0',
    overflowWrap: 'anywhere',
    ...shorthands.borderStyle('none'),
    padding: '0',
    margin: '0',
  },
  // In a 280 px side panel the guidance wraps within the panel: one sentence per line, no fixed widths.
  guidance: {
    boxSizing: 'border-box',
    maxWidth: '100%',
    minWidth: '0',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  sentences: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: '0',
    padding: '0',
    listStyleType: 'none',
  },
  flag: { color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { margin: '0', paddingLeft: tokens.spacingHorizontalL },
});

export type MinimumNecessaryCheckProps = {
  agency: Agency;
  /** The contribution being checked: health text is screened for over-sharing. */
  text: string;
  value: MinimumNecessaryAnswers | undefined;
  onChange: (value: MinimumNecessaryAnswers) => void;
  /** The check's heading; name the entry where several checks share a page. */
  title?: string;
  disabled?: boolean;
  /** The schema path of the answers in the minutes (e.g. `agencyInformation.*.minimumNecessary`), whose limits the text fields keep to. */
  at: string;
};

/** The short check each agency contribution passes; embed it in the agency-entry form. */
export function MinimumNecessaryCheck({
  agency,
  text,
  value,
  onChange,
  title,
  disabled,
  at,
}: MinimumNecessaryCheckProps) {
  const styles = useStyles();
  const t = useT();
  const id = useId();
  const v = value ?? emptyMinimumNecessaryAnswers();
  const set = (patch: Partial<MinimumNecessaryAnswers>) => onChange({ ...v, ...patch });
  const result = checkMinimumNecessary(agency, text, v);

  return (
    <fieldset className={styles.root} aria-labelledby={`${id}-title`} disabled={disabled}>
      <Text as="h4" id={`${id}-title`} weight="semibold">
        {title ?? t('confidentiality.minimum.title')}
      </Text>
      {agency === 'health' && (
        <div className={styles.guidance} role="note" aria-label={t('confidentiality.minimum.guidanceLabel')}>
          <ul className={styles.sentences}>
            {healthGuidanceSentences.map((sentence) => (
              <li key={sentence.key}>
                <Text>{t(sentence)}</Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Field label={t('confidentiality.minimum.needed')} required>
        <RadioGroup
          disabled={disabled}
          layout="horizontal"
          value={v.neededForRisk ?? ''}
          onChange={(_, d) => set({ neededForRisk: d.value as 'yes' | 'no' })}
        >
          <Radio value="yes" label="Yes" />
          <Radio value="no" label="No" />
        </RadioGroup>
      </Field>
      {v.neededForRisk === 'yes' && (
        <TextArea
          label={t('confidentiality.minimum.how')}
          required
          field={`${at}.howItBearsOnRisk`}
          disabled={disabled}
          value={v.howItBearsOnRisk}
          onChange={(howItBearsOnRisk) => set({ howItBearsOnRisk })}
        />
      )}
      <Field label={t('confidentiality.minimum.least')} required>
        <RadioGroup
          disabled={disabled}
          layout="horizontal"
          value={v.leastThatServes ?? ''}
          onChange={(_, d) => set({ leastThatServes: d.value as 'yes' | 'no' })}
        >
          <Radio value="yes" label="Yes" />
          <Radio value="no" label="No" />
        </RadioGroup>
      </Field>
      <Field label={t('confidentiality.minimum.consent')} required>
        <RadioGroup
          disabled={disabled}
          value={v.consent ?? ''}
          onChange={(_, d) => set({ consent: d.value as 'obtained' | 'notObtained' })}
        >
          <Radio value="obtained" label={t('confidentiality.minimum.consentObtained')} />
          <Radio value="notObtained" label={t('confidentiality.minimum.withoutConsent')} />
        </RadioGroup>
      </Field>
      {v.consent === 'notObtained' && (
        <TextArea
          label={t('confidentiality.minimum.reasonWithoutConsent')}
          required
          field={`${at}.reasonWithoutConsent`}
          disabled={disabled}
          value={v.reasonWithoutConsent}
          onChange={(reasonWithoutConsent) => set({ reasonWithoutConsent })}
        />
      )}
      <TextArea
        label={t('confidentiality.minimum.onwardUse')}
        required
        hint={t('confidentiality.minimum.onwardUseHint')}
        field={`${at}.onwardUse`}
        disabled={disabled}
        value={v.onwardUse}
        onChange={(onwardUse) => set({ onwardUse })}
      />
      <Checkbox
        disabled={disabled}
        checked={v.aboutVictim}
        onChange={(_, d) => set({ aboutVictim: d.checked === true })}
        label={t('confidentiality.minimum.aboutVictim')}
      />
      {result.healthFlags.length > 0 && (
        <div role="status" aria-label={t('confidentiality.minimum.overSharingLabel')}>
          <Text as="p" weight="semibold" className={styles.flag}>
            {t('confidentiality.minimum.mayGoBeyond')}
          </Text>
          <ul className={styles.list}>
            {result.healthFlags.map((f) => (
              <li key={f.kind}>
                <Text weight="semibold">
                  {t('confidentiality.minimum.flag', {
                    label: t('documents.minutes.healthFlag', { kind: f.kind }),
                    matched: f.matched,
                  })}
                </Text>
                <ul className={styles.sentences}>
                  {/* The prompt is said in the reader's language; the matching stays on the English rules. */}
                  {(['1', '2'] as const).map((n) => (
                    <li key={n}>
                      <Text>{t(`confidentiality.healthFlag.${f.kind}.${n}` as MessageKey)}</Text>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <TextArea
            label={t('confidentiality.minimum.why')}
            hint={t('confidentiality.minimum.whyHint')}
            field={`${at}.beyondMinimumJustification`}
            disabled={disabled}
            value={v.beyondMinimumJustification}
            onChange={(beyondMinimumJustification) => set({ beyondMinimumJustification })}
          />
        </div>
      )}
      {!result.complete && (
        <div aria-label={t('confidentiality.minimum.stillToAnswer')} role="group">
          <ul className={styles.list}>
            {result.missing.map((m) => (
              <li key={m.key}>
                <Text size={200}>{t(m)}</Text>
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}

export default MinimumNecessaryCheck;
