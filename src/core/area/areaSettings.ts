import { z } from 'zod';

import { AgencySchema, PersonSchema } from '../people/agency';
import { lazySchema } from '../shared/lazySchema';

/**
 * The national defaults for the settings an area does not set. Kept as plain values, so a page can
 * start from them (the local demo does) without building the schema; `AreaSettingsSchema` gives the
 * same for `{}`, and a test holds the two equal.
 */
const NATIONAL = {
  areaName: 'Northshire MAPPA',
  formName: 'MAPPA B',
  cadenceWeeks: { level2: 10, level3: 6 },
  statements: {
    confidentiality:
      'The information discussed at this meeting is confidential and is shared under the Multi-Agency Public Protection Arrangements for the purpose of assessing and managing risk. It must not be shared outside the meeting without the agreement of the chair. By taking part you confirm that you are in a private space and cannot be overheard, that you will not keep personal notes, and that you will not pass on any information without the chair’s agreement.',
    equality:
      'Agencies will consider how the protected characteristics of the individual, and of those at risk, bear on the assessment and management of risk, and will make sure that the plan does not discriminate.',
    cy: {
      confidentiality:
        'Mae’r wybodaeth a drafodir yn y cyfarfod hwn yn gyfrinachol ac fe’i rhennir o dan y Trefniadau Amlasiantaethol Diogelu’r Cyhoedd er mwyn asesu a rheoli risg. Ni ddylid ei rhannu y tu allan i’r cyfarfod heb gytundeb y cadeirydd. Drwy gymryd rhan, rydych yn cadarnhau eich bod mewn man preifat lle na all neb eich clywed, na fyddwch yn cadw nodiadau personol, ac na fyddwch yn trosglwyddo unrhyw wybodaeth heb gytundeb y cadeirydd.',
      equality:
        'Bydd yr asiantaethau’n ystyried sut mae nodweddion gwarchodedig yr unigolyn, a’r rhai sydd mewn perygl, yn effeithio ar asesu a rheoli’r risg, a byddant yn sicrhau nad yw’r cynllun yn gwahaniaethu.',
    },
  },
  privacyTimeoutMinutes: 5,
  referralDecisionWorkingDays: 10,
  timeZone: 'Europe/London',
  reminderDays: 7,
  leadAgencies: ['police', 'probation', 'prison'],
} as const;

/**
 * What differs between MAPPA areas, as settings with the national defaults. Validated at start-up;
 * a bad value stops the app with a message naming the setting.
 */
export const AreaSettingsSchema = lazySchema(() =>
  z.object({
    areaName: z.string().trim().min(1).default(NATIONAL.areaName),
    /** The minutes form: most areas call it MAPPA B, some the newer MAPPA C. */
    formName: z.string().trim().min(1).default(NATIONAL.formName),
    cadenceWeeks: z
      .object({
        level2: z.number().int().min(1).max(52).default(NATIONAL.cadenceWeeks.level2),
        level3: z.number().int().min(1).max(52).default(NATIONAL.cadenceWeeks.level3),
      })
      .prefault({}),
    statements: z
      .object({
        confidentiality: z.string().min(1).default(NATIONAL.statements.confidentiality),
        equality: z.string().min(1).default(NATIONAL.statements.equality),
        /**
         * The same statements in Welsh (Welsh Language Standards): the area words its own, as it does
         * in English; the defaults await review by the area's Welsh language officer.
         */
        cy: z
          .object({
            confidentiality: z.string().min(1).default(NATIONAL.statements.cy.confidentiality),
            equality: z.string().min(1).default(NATIONAL.statements.cy.equality),
          })
          .prefault({}),
      })
      .prefault({}),
    /** Minutes may be sent only to addresses on these domains (secure e-mail). */
    approvedSecureDomains: z.array(z.string().trim().toLowerCase().min(3)).default([]),
    /** Case content hides itself after this many minutes without activity. */
    privacyTimeoutMinutes: z.number().int().min(1).max(120).default(NATIONAL.privacyTimeoutMinutes),
    standingMembers: z.array(PersonSchema).default([]),
    /** The area's MAPPA coordinators: they schedule every panel and hold the records of every case. */
    coordinators: z.array(PersonSchema).default([]),
    /** Chairs eligible by level: Level 2 a police Inspector or SPO; Level 3 a senior manager. */
    chairs: z
      .object({ level2: z.array(PersonSchema).default([]), level3: z.array(PersonSchema).default([]) })
      .prefault({}),
    /** Working days the coordinator has to decide a MAPPA A referral (bank holidays not counted). */
    referralDecisionWorkingDays: z.number().int().min(1).max(60).default(NATIONAL.referralDecisionWorkingDays),
    /** Labels per minutes section id, overriding the national defaults. */
    sectionLabels: z.record(z.string(), z.string()).default({}),
    timeZone: z.string().default(NATIONAL.timeZone),
    reminderDays: z.number().int().min(1).max(60).default(NATIONAL.reminderDays),
    leadAgencies: z.array(AgencySchema).default(() => [...NATIONAL.leadAgencies]),
  }),
);
export type AreaSettings = z.infer<typeof AreaSettingsSchema>;

/** Every setting at its national default, built without the schema (which gives the same for `{}`). */
export const defaultAreaSettings = (): AreaSettings => ({
  ...NATIONAL,
  cadenceWeeks: { ...NATIONAL.cadenceWeeks },
  statements: { ...NATIONAL.statements, cy: { ...NATIONAL.statements.cy } },
  approvedSecureDomains: [],
  standingMembers: [],
  coordinators: [],
  chairs: { level2: [], level3: [] },
  sectionLabels: {},
  leadAgencies: [...NATIONAL.leadAgencies],
});

/** A language the area's statements are written in. */
export type StatementLanguage = 'en-GB' | 'cy-GB';

/** The statements in the reader's language: Welsh for a Welsh reader, English otherwise. */
export function statementsIn(
  settings: Pick<AreaSettings, 'statements'>,
  language: string,
): { language: StatementLanguage; confidentiality: string; equality: string } {
  if (language === 'cy-GB') return { language, ...settings.statements.cy };
  const { confidentiality, equality } = settings.statements;
  return { language: 'en-GB', confidentiality, equality };
}
