import { makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';

import { useServices } from '../../../app/ServicesProvider';
import { useActiveCaseChoices, type CaseChoice } from '../../../app/cases/useActiveCases';
import { tabConfigurationFor } from '../../../core/host';
import { useT } from '../../i18n/I18nProvider';
import { SurfaceReady } from '../SurfaceMessages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The configuration page: links the tab to one active case. Shows references and levels only, never names. */
export function ConfigurationSurface({ origin = window.location.origin }: { origin?: string }) {
  const styles = useStyles();
  const t = useT();
  const { host } = useServices();
  const labelId = useId();
  const [read] = useActiveCaseChoices();
  const cases = read.state === 'ready' ? read.value : undefined;
  const [chosenId, setChosenId] = useState<string>();
  const chosen = useRef<CaseChoice | undefined>(undefined);

  useEffect(() => {
    host.setConfigurationValid(false);
    // The host asks once, on Save; the ref holds whatever was chosen by then.
    host.onConfigurationSave(() => {
      const choice = chosen.current;
      if (!choice) throw new Error('Choose a case before saving.');
      return tabConfigurationFor(origin, choice);
    });
  }, [host, origin]);

  const choose = (id: string) => {
    chosen.current = cases?.find((c) => c.id === id);
    setChosenId(id);
    host.setConfigurationValid(chosen.current !== undefined);
  };

  if (read.state === 'error') return <Text role="alert">{t('surfaces.configuration.loadFailed')}</Text>;
  if (!cases) return <Text role="status">{t('surfaces.configuration.loading')}</Text>;
  return (
    <div className={styles.root}>
      <SurfaceReady />
      <Text id={labelId} as="h2" size={500} weight="semibold">
        {t('surfaces.configuration.question')}
      </Text>
      {cases.length === 0 ? (
        <Text>{t('surfaces.configuration.noCases')}</Text>
      ) : (
        <RadioGroup aria-labelledby={labelId} value={chosenId ?? ''} onChange={(_e, data) => choose(data.value)}>
          {cases.map((c) => (
            <Radio
              key={c.id}
              value={c.id}
              label={t('surfaces.configuration.case', { reference: c.reference, level: c.level })}
            />
          ))}
        </RadioGroup>
      )}
      <Text size={200}>{t('surfaces.configuration.thenSave')}</Text>
    </div>
  );
}
