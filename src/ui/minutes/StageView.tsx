import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useStageProjection } from '../../app/minutes/useStageProjection';
import type { StageProjection } from '../../core/minutes/projections';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalXL },
  pillars: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  pillar: {
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  h: { margin: 0 },
});

/**
 * The meeting stage. It renders the stage projection computed in the core and nothing else: the
 * full minutes never reach this component's output.
 */
export default function StageView({ meetingId }: { meetingId: string }) {
  const projection = useStageProjection(meetingId);
  if (projection === undefined) return <Text role="status">Loading…</Text>;
  if (!projection) return <Text role="status">The minutes for this meeting have not been started.</Text>;
  return <Stage p={projection} />;
}

export function Stage({ p }: { p: StageProjection }) {
  const s = useStyles();
  return (
    <main className={s.root} aria-label="Meeting stage">
      <Text size={300}>
        {p.formName}, {p.caseReference}
      </Text>
      <h1 className={s.h}>
        <Text size={700} weight="semibold">
          Now: {p.step.label}
        </Text>
      </h1>
      <Text>
        Step {p.step.number} of {p.step.total}
      </Text>
      <section aria-label="Risk Management Plan">
        <h2>Risk Management Plan</h2>
        <div className={s.pillars}>
          {p.pillars.map((x) => (
            <div key={x.pillar} className={s.pillar}>
              <Text weight="semibold" block>
                {x.label}
              </Text>
              <Text block>
                {x.summary === null ? 'Details are restricted and not shown here.' : x.summary || 'Not yet written.'}
              </Text>
              <Text size={200} block>
                {x.actionCount} {x.actionCount === 1 ? 'action' : 'actions'}
                {x.noneNeeded && x.actionCount === 0 ? '; none needed' : ''}
              </Text>
            </div>
          ))}
        </div>
        <Text block>{p.hasContingency ? 'A contingency plan is recorded.' : 'No contingency plan yet.'}</Text>
      </section>
      <section aria-label="Actions being agreed">
        <h2>Actions being agreed</h2>
        {p.actions.length === 0 ? (
          <Text>None yet.</Text>
        ) : (
          <ol className={s.list}>
            {p.actions.map((a) => (
              <li key={a.id}>
                <Text>
                  {a.pillarLabel}: {a.text}
                  {a.ownerName ? `. Owner: ${a.ownerName}, ${a.ownerAgency}` : ''}
                  {a.dueDate ? `. Due ${a.dueDate}` : ''}
                </Text>
              </li>
            ))}
          </ol>
        )}
      </section>
    </main>
  );
}
