import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useServices } from '../../app/ServicesProvider';
import { useStageProjection } from '../../app/minutes/useStageProjection';
import type { StageProjection } from '../../core/minutes/projections';
import { isSectionId } from '../../core/minutes/sections';
import { useT } from '../i18n/I18nProvider';
import { pillarName } from './labels';

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
  const t = useT();
  const projection = useStageProjection(meetingId);
  if (projection === undefined) return <Text role="status">{t('meeting.stage.loading')}</Text>;
  if (!projection) return <Text role="status">{t('meeting.stage.notStarted')}</Text>;
  return <Stage p={projection} />;
}

export function Stage({ p }: { p: StageProjection }) {
  const s = useStyles();
  const t = useT();
  const { settings } = useServices();
  const stepId = p.step.id;
  // The record holds the step's name in English, or the area's own name for it, which is shown as it is.
  const stepLabel = isSectionId(stepId)
    ? (settings.sectionLabels[stepId] ?? t(`sections.label.${stepId}`))
    : p.step.label;
  const plan = t('meeting.stage.plan');
  const agreeing = t('meeting.stage.actionsAgreed');
  return (
    <main className={s.root} aria-label={t('meeting.stage.region')}>
      <Text size={300}>{t('meeting.stage.formAndCase', { form: p.formName, reference: p.caseReference })}</Text>
      <h1 className={s.h}>
        <Text size={700} weight="semibold">
          {t('meeting.stage.now', { label: stepLabel })}
        </Text>
      </h1>
      <Text>{t('meeting.stage.step', { number: p.step.number, total: p.step.total })}</Text>
      <section aria-label={plan}>
        <h2>{plan}</h2>
        <div className={s.pillars}>
          {p.pillars.map((x) => (
            <div key={x.pillar} className={s.pillar}>
              <Text weight="semibold" block>
                {pillarName(t, x.pillar)}
              </Text>
              <Text block>
                {x.summary === null ? t('meeting.stage.restricted') : x.summary || t('meeting.stage.notWritten')}
              </Text>
              <Text size={200} block>
                {t(x.noneNeeded && x.actionCount === 0 ? 'meeting.stage.noneNeeded' : 'meeting.stage.actionCount', {
                  count: x.actionCount,
                })}
              </Text>
            </div>
          ))}
        </div>
        <Text block>{t(p.hasContingency ? 'meeting.stage.contingency' : 'meeting.stage.noContingency')}</Text>
      </section>
      <section aria-label={agreeing}>
        <h2>{agreeing}</h2>
        {p.actions.length === 0 ? (
          <Text>{t('meeting.stage.noActions')}</Text>
        ) : (
          <ol className={s.list}>
            {p.actions.map((a) => (
              <li key={a.id}>
                <Text>
                  {t('meeting.stage.action', {
                    pillar: pillarName(t, a.pillar),
                    // The projection keeps a victim safety action's text out; it says only that one exists.
                    text: a.pillar === 'victimSafety' ? t('meeting.stage.victimSafetyAction') : a.text,
                    owner: a.ownerName ? 'yes' : 'no',
                    name: a.ownerName ?? '',
                    agency: a.ownerAgency ?? '',
                    due: a.dueDate ? 'yes' : 'no',
                    date: a.dueDate ? t.date(a.dueDate, { dateStyle: 'medium', timeZone: 'UTC' }) : '',
                  })}
                </Text>
              </li>
            ))}
          </ol>
        )}
      </section>
    </main>
  );
}
