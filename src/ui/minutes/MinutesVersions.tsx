import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';

import { useServices } from '../../app/ServicesProvider';
import type { MinutesVersion } from '../../core/minutes/minutes.schema';
import { compareVersions } from '../../core/minutes/versions';
import { formatInstant } from '../actions/parts';

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
  const when = (iso: string) => formatInstant(iso, settings.timeZone);
  const comparisons = compareVersions(versions, settings);
  return (
    <section className={s.root} aria-labelledby="minutes-versions-h">
      <h2 id="minutes-versions-h">Signed versions</h2>
      <ol className={s.list}>
        {versions.map((v) => {
          const c = comparisons.find((x) => x.to === v.number);
          return (
            <li key={v.number} className={s.item}>
              <Text>
                Version {v.number}, signed by {v.signedBy.name} on {when(v.at)}.
                {v.correctionReason ? ` Correction: ${v.correctionReason}` : ' The first signed version.'}
              </Text>
              <div>
                <Button
                  size="small"
                  aria-pressed={viewing === v.number}
                  onClick={() => onOpen(viewing === v.number ? undefined : v.number)}
                >
                  {viewing === v.number ? `Close version ${v.number}` : `Open version ${v.number} (read-only)`}
                </Button>
              </div>
              {c && (
                <table className={s.table} aria-label={`What version ${c.to} changed from version ${c.from}`}>
                  <thead>
                    <tr>
                      <th scope="col" className={s.cell}>
                        Section
                      </th>
                      <th scope="col" className={s.cell}>
                        Field
                      </th>
                      <th scope="col" className={s.cell}>
                        Version {c.from}
                      </th>
                      <th scope="col" className={s.cell}>
                        Version {c.to}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.changes.length === 0 ? (
                      <tr>
                        <td className={s.cell} colSpan={4}>
                          No field changed.
                        </td>
                      </tr>
                    ) : (
                      c.changes.map((x, i) => (
                        <tr key={i}>
                          <td className={s.cell}>{x.section}</td>
                          <td className={s.cell}>{x.field}</td>
                          <td className={s.cell}>{x.before}</td>
                          <td className={s.cell}>{x.after}</td>
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
