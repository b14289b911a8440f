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
  title = 'Minimum necessary',
  disabled,
  at,
}: MinimumNecessaryCheckProps) {
  const styles = useStyles();
  const id = useId();
  const v = value ?? emptyMinimumNecessaryAnswers();
  const set = (patch: Partial<MinimumNecessaryAnswers>) => onChange({ ...v, ...patch });
  const result = checkMinimumNecessary(agency, text, v);

  return (
    <fieldset className={styles.root} aria-labelledby={`${id}-title`} disabled={disabled}>
      <Text as="h4" id={`${id}-title`} weight="semibold">
        {title}
      </Text>
      {agency === 'health' && (
        <div className={styles.guidance} role="note" aria-label="Health information guidance">
          <ul className={styles.sentences}>
            {healthGuidanceSentences.map((sentence) => (
              <li key={sentence}>
                <Text>{sentence}</Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Field label="Is it needed to assess or manage the risk?" required>
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
          label="How does it bear on the risk?"
          required
          field={`${at}.howItBearsOnRisk`}
          disabled={disabled}
          value={v.howItBearsOnRisk}
          onChange={(howItBearsOnRisk) => set({ howItBearsOnRisk })}
        />
      )}
      <Field label="Is it the least information that serves?" required>
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
      <Field label="Consent" required>
        <RadioGroup
          disabled={disabled}
          value={v.consent ?? ''}
          onChange={(_, d) => set({ consent: d.value as 'obtained' | 'notObtained' })}
        >
          <Radio value="obtained" label="Consent obtained" />
          <Radio value="notObtained" label="Shared without consent" />
        </RadioGroup>
      </Field>
      {v.consent === 'notObtained' && (
        <TextArea
          label="Reason for sharing without consent"
          required
          field={`${at}.reasonWithoutConsent`}
          disabled={disabled}
          value={v.reasonWithoutConsent}
          onChange={(reasonWithoutConsent) => set({ reasonWithoutConsent })}
        />
      )}
      <TextArea
        label="Condition on onward use (where it may go next)"
        required
        hint="For example: not beyond the panel"
        field={`${at}.onwardUse`}
        disabled={disabled}
        value={v.onwardUse}
        onChange={(onwardUse) => set({ onwardUse })}
      />
      <Checkbox
        disabled={disabled}
        checked={v.aboutVictim}
        onChange={(_, d) => set({ aboutVictim: d.checked === true })}
        label="This is information about a victim: it goes no further without my agency’s agreement"
      />
      {result.healthFlags.length > 0 && (
        <div role="status" aria-label="Possible over-sharing">
          <Text as="p" weight="semibold" className={styles.flag}>
            This may go beyond the minimum necessary:
          </Text>
          <ul className={styles.list}>
            {result.healthFlags.map((f) => (
              <li key={f.kind}>
                <Text weight="semibold">
                  {f.label} (“{f.matched}”)
                </Text>
                <ul className={styles.sentences}>
                  {f.guidance.map((sentence) => (
                    <li key={sentence}>
                      <Text>{sentence}</Text>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <TextArea
            label="Why the risk needs this detail"
            hint="Or remove the detail from the entry"
            field={`${at}.beyondMinimumJustification`}
            disabled={disabled}
            value={v.beyondMinimumJustification}
            onChange={(beyondMinimumJustification) => set({ beyondMinimumJustification })}
          />
        </div>
      )}
      {!result.complete && (
        <div aria-label="Still to answer" role="group">
          <ul className={styles.list}>
            {result.missing.map((m) => (
              <li key={m}>
                <Text size={200}>{m}</Text>
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}

export default MinimumNecessaryCheck;
