import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';

import { useServices } from '../../app/ServicesProvider';
import type { MinutesVersion } from '../../core/minutes/minutes.schema';
import { compareVersions } from '../../core/minutes/versions';
import { useT } from '../i18n/I18nProvider';
import { say } from './labels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  list: { margin: '0', paddingLeft: tokens.spacingHorizontalL },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalS,
  },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: 'pre-wrap',
  },
});

/**
 * Every signed version of the minutes, each opened read-only, and beside each correction what it
 * changed from the version before, who signed it, when and why.
 */
export function MinutesVersions({
  versions,
  viewing,
  onOpen,
}: {
  versions: readonly MinutesVersion[];
  viewing: number | undefined;
  onOpen: (n: number | undefined) => void;
}) {
  const s = useStyles();
  const { settings } = useServices();
  const t = useT();
  const when = (iso: string) => t.date(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone: settings.timeZone });
  const comparisons = compareVersions(versions, settings);
  return (
    <section className={s.root} aria-labelledby="minutes-versions-h">
      <h2 id="minutes-versions-h">{t('minutes.versions.heading')}</h2>
      <ol className={s.list}>
        {versions.map((v) => {
          const c = comparisons.find((x) => x.to === v.number);
          return (
            <li key={v.number} className={s.item}>
              <Text>
                {t(v.correctionReason ? 'minutes.versions.correction' : 'minutes.versions.first', {
                  number: v.number,
                  name: v.signedBy.name,
                  at: when(v.at),
                  reason: v.correctionReason ?? '',
                })}
              </Text>
              <div>
                <Button
                  size="small"
                  aria-pressed={viewing === v.number}
                  onClick={() => onOpen(viewing === v.number ? undefined : v.number)}
                >
                  {t(viewing === v.number ? 'minutes.versions.close' : 'minutes.versions.open', { number: v.number })}
                </Button>
              </div>
              {c && (
                <table className={s.table} aria-label={t('minutes.versions.changes', { to: c.to, from: c.from })}>
                  <thead>
                    <tr>
                      <th scope="col" className={s.cell}>
                        {t('minutes.versions.section')}
                      </th>
                      <th scope="col" className={s.cell}>
                        {t('minutes.versions.field')}
                      </th>
                      <th scope="col" className={s.cell}>
                        {t('minutes.versions.version', { number: c.from })}
                      </th>
                      <th scope="col" className={s.cell}>
                        {t('minutes.versions.version', { number: c.to })}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.changes.length === 0 ? (
                      <tr>
                        <td className={s.cell} colSpan={4}>
                          {t('minutes.versions.noChange')}
                        </td>
                      </tr>
                    ) : (
                      c.changes.map((x, i) => (
                        <tr key={i}>
                          <td className={s.cell}>{say(t, x.section)}</td>
                          <td className={s.cell}>{say(t, x.field)}</td>
                          <td className={s.cell}>{say(t, x.before)}</td>
                          <td className={s.cell}>{say(t, x.after)}</td>
                        </tr>
                      ))
                    )}
                  </tbody>
                </table>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export default MinutesVersions;
