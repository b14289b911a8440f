import { z } from 'zod';

import type { AreaSettings } from '../area/areaSettings';
import { defineDocument } from '../storage/defineDocument';
import { IdSchema, InstantSchema } from '../shared/schemas';
import type { Minutes } from './minutes.schema';
import { planPillars } from './planPillars';
import type { ProtectedIndex } from '../protection/matcher';
import { stageProjection, type StageProjection } from './projections';
import { lazySchema } from '../shared/lazySchema';

const PlanPillarSchema = lazySchema(() => z.enum(planPillars));

/** The stage projection as stored: the same allow-list as `StageProjection`, and nothing else. */
export const StageProjectionSchema = lazySchema(
  () =>
    z.object({
      formName: z.string(),
      caseReference: z.string(),
      step: z.object({ id: z.string(), label: z.string(), number: z.number().int(), total: z.number().int() }),
      pillars: z.array(
        z.object({
          pillar: PlanPillarSchema,
          label: z.string(),
          summary: z.string().nullable(),
          actionCount: z.number().int().min(0),
          noneNeeded: z.boolean(),
        }),
      ),
      hasContingency: z.boolean(),
      actions: z.array(
        z.object({
          id: z.string(),
          pillar: z.union([PlanPillarSchema, z.literal('contingency')]),
          pillarLabel: z.string(),
          text: z.string(),
          ownerName: z.string().optional(),
          ownerAgency: z.string().optional(),
          dueDate: z.string().optional(),
        }),
      ),
    }) satisfies z.ZodType<StageProjection>,
);

/**
 * What the meeting stage reads, kept beside the minutes and written with each save of them: the
 * stage projection alone, under the meeting's id. The stage never reads the minutes themselves, so
 * nothing outside the projection's allow-list (victims' details above all) reaches a stage viewer's
 * browser, in either mode.
 */
export const StageRecordSchema = lazySchema(() =>
  z.object({
    /** The meeting's id, as the minutes are stored under it. */
    id: IdSchema,
    caseId: IdSchema,
    /** When the minutes this projection was made from were saved. */
    savedAt: InstantSchema,
    projection: StageProjectionSchema,
  }),
);
export type StageRecord = z.infer<typeof StageRecordSchema>;

export const stageRecordKind = defineDocument<StageRecord>({
  name: 'stageProjections',
  version: 1,
  schema: StageRecordSchema,
  migrations: {},
  indexes: { caseId: (r) => r.caseId },
});

/** The stage record for saved minutes: the core's projection, so every rule of it applies here too. */
export function stageRecordFor(
  minutes: Minutes,
  settings: AreaSettings,
  protectedPeople?: ProtectedIndex,
): StageRecord {
  return {
    id: minutes.id,
    caseId: minutes.caseId,
    savedAt: minutes.updatedAt,
    projection: stageProjection(minutes, settings, protectedPeople),
  };
}
