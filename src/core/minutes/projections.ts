import type { AreaSettings } from '../area/areaSettings';
import { categoryLabels, type Category, type Level } from '../cases/case.schema';
import { agencyLabel } from '../people/agency';
import type { MinutesContent } from './minutes.schema';
import { localDate } from '../shared/dates';
import { pillarLabel, planPillars, type PlanPillar } from './planPillars';
import { isSectionId, sectionIds, sectionLabel } from './sections';
import { withhold, type ProtectedIndex } from '../protection/matcher';
import { protectedIndexFor } from './protectedPeople';
import { msg, type Message } from '../../i18n/message';

/**
 * Projections are built from allow-lists of non-restricted fields, never by hiding parts of the full
 * document: a field added to the minutes later cannot leak into the stage or the summary by default.
 * Free text in them is checked against the case's protected people, whose mentions are withheld and
 * marked, before it is shortened (so a name cut in half cannot slip through).
 */

const RESTRICTED_PILLAR: PlanPillar = 'victimSafety';
const summarise = (s: string, max = 240): string => {
  const t = s.trim().replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

export type StagePillar = {
  pillar: PlanPillar;
  label: string;
  /** Null for Victim Safety Planning, whose detail is restricted. */
  summary: string | null;
  actionCount: number;
  noneNeeded: boolean;
};

export type StageAction = {
  id: string;
  pillar: PlanPillar | 'contingency';
  pillarLabel: string;
  /** Victim safety actions show only that they exist. */
  text: string;
  ownerName?: string;
  ownerAgency?: string;
  dueDate?: string;
};

export type StageProjection = {
  formName: string;
  caseReference: string;
  step: { id: string; label: string; number: number; total: number };
  pillars: StagePillar[];
  hasContingency: boolean;
  actions: StageAction[];
};

export function stageProjection(
  m: MinutesContent & { caseReference: string },
  settings: Pick<AreaSettings, 'sectionLabels'>,
  protectedPeople: ProtectedIndex = protectedIndexFor(m),
): StageProjection {
  const clean = (text: string, max?: number) => summarise(withhold(text, protectedPeople), max);
  const stepId = isSectionId(m.currentStep) ? m.currentStep : 'meetingDetails';
  return {
    formName: m.formName,
    caseReference: m.caseReference,
    step: {
      id: stepId,
      label: sectionLabel(stepId, settings),
      number: sectionIds.indexOf(stepId) + 1,
      total: sectionIds.length,
    },
    pillars: planPillars.map((p) => ({
      pillar: p,
      label: pillarLabel(p),
      summary: p === RESTRICTED_PILLAR ? null : clean(m.plan[p].text),
      actionCount: m.actions.filter((a) => a.pillar === p).length,
      noneNeeded: Boolean(m.plan[p].noneNeededReason.trim()),
    })),
    hasContingency: Boolean(m.plan.contingency.text.trim()),
    actions: m.actions
      .filter((a) => !a.carriedOver)
      .map((a) => {
        const pillar = a.pillar;
        return {
          id: a.id,
          pillar,
          pillarLabel: pillar === 'contingency' ? 'Contingency' : pillarLabel(pillar),
          text: pillar === RESTRICTED_PILLAR ? 'Victim safety action (details are restricted)' : clean(a.text, 400),
          ownerName: a.owner?.name,
          ownerAgency: a.owner ? agencyLabel(a.owner.agency) : undefined,
          dueDate: a.dueDate,
        };
      }),
  };
}

export type ExecutiveSummary = {
  marking: 'OFFICIAL-SENSITIVE';
  formName: string;
  areaName: string;
  caseReference: string;
  meetingDate: string;
  meetingKind: string;
  level?: Level;
  category?: Category;
  categoryLabel?: string;
  levelRationale: string;
  summary: string;
  /** Each pillar's summary: what the minutes say (text), or what the document says in its own language. */
  plan: { label: string; summary: string | Message; actionCount: number }[];
  nextReviewDate?: string;
  exitMappa: boolean;
  /** Made from minutes not yet signed: the export says DRAFT on every page. */
  draft: boolean;
};

const kindLabels = { initial: 'Initial meeting', review: 'Review meeting', urgent: 'Urgent meeting' } as const;

/** What the MAPPA coordinator may release when someone asks for the minutes: nothing restricted. */
export function executiveSummary(
  m: MinutesContent & { caseReference: string; status?: string },
  settings: Pick<AreaSettings, 'timeZone'>,
  protectedPeople: ProtectedIndex = protectedIndexFor(m),
): ExecutiveSummary {
  const clean = (text: string) => withhold(text, protectedPeople);
  const category = m.decisions.category ?? m.meetingDetails.category;
  return {
    marking: 'OFFICIAL-SENSITIVE',
    draft: m.status !== undefined && m.status !== 'final',
    formName: m.formName,
    areaName: m.areaName,
    caseReference: m.caseReference,
    meetingDate: localDate(m.meetingDetails.start, settings.timeZone),
    meetingKind: kindLabels[m.meetingDetails.kind],
    level: m.decisions.level ?? m.meetingDetails.level,
    category,
    categoryLabel: category ? categoryLabels[category] : undefined,
    levelRationale: clean(m.decisions.levelRationale),
    summary: clean(m.executiveSummary.text),
    plan: planPillars.map((p) => ({
      label: pillarLabel(p),
      summary:
        p === RESTRICTED_PILLAR
          ? msg('documents.summary.victimPlanHeld')
          : summarise(clean(m.plan[p].text), 1000) ||
            (m.plan[p].noneNeededReason.trim() ? msg('documents.summary.noActionsNeeded') : ''),
      actionCount: m.actions.filter((a) => a.pillar === p).length,
    })),
    nextReviewDate: m.nextReview.date,
    exitMappa: m.decisions.exitMappa,
  };
}
