import type { GraphConfig } from './config';
import type { Services } from '../app/services';
import { actionKind } from '../core/actions/action.schema';
import { writtenUpdateKind } from '../core/actions/writtenUpdate.schema';
import { auditKind } from '../core/audit/audit.schema';
import { caseKind } from '../core/cases/case.schema';
import { caseDecisionKind } from '../core/cases/lifecycle/caseHistory.schema';
import { referralKind } from '../core/cases/lifecycle/referral.schema';
import { screeningKind } from '../core/cases/lifecycle/screening';
import { registerEntryKind } from '../core/cases/registerEntry';
import { acknowledgementKind } from '../core/confidentiality/acknowledgement.schema';
import type { DocumentKind, Identified } from '../core/storage/defineDocument';
import type { HostPort } from '../core/host';
import type { ChangeSignalPort } from '../core/ports';
import { liveShareSignal } from '../adapters/host/liveShareSignal';
import { minutesKind } from '../core/minutes/minutes.schema';
import { stageRecordKind } from '../core/minutes/stageProjection.schema';
import { jobcentrePlusKind } from '../core/disclosure/jobcentrePlusRecord';
import { openConflictsKind } from '../core/minutes/openConflicts.schema';
import { protectedPeopleKind } from '../core/protection/protectedPeople.schema';
import { meetingKind, seriesKind } from '../core/panels/series.schema';
import type { SchedulingPort } from '../core/scheduling/schedulingPort';
import { createTokenPort } from '../adapters/identity/msalIdentity';
import { wordDocuments } from '../adapters/docx/wordDocuments';
import { lazyBankHolidays } from '../adapters/holidays/lazyBankHolidays';
import { defaultDraftStore } from '../adapters/local/indexedDbDraftStore';
import { openBrowserTab } from '../adapters/local/browserTab';
import { GraphDirectory } from '../adapters/graph/graphDirectory';
import type { RecordsPort } from '../core/records/records';
import { GraphMail, sentMailKind } from '../adapters/graph/graphMail';
import { GraphRecords } from '../adapters/graph/graphRecords';
import { GraphScheduling } from '../adapters/graph/graphScheduling';
import { ensureSite, GraphStore } from '../adapters/graph/graphStore';
import { baseScopes } from '../adapters/graph/scopes';
import { createGraphClient, GraphTransport } from '../adapters/graph/transport';
import { withRegisterIndex } from '../app/cases/registerIndex';

/** Every document kind the app stores: one SharePoint list each. */
export const storedKinds = [
  caseKind,
  seriesKind,
  meetingKind,
  actionKind,
  writtenUpdateKind,
  auditKind,
  acknowledgementKind,
  minutesKind,
  stageRecordKind,
  jobcentrePlusKind,
  openConflictsKind,
  protectedPeopleKind,
  sentMailKind,
  caseDecisionKind,
  referralKind,
  screeningKind,
  registerEntryKind,
] as unknown as readonly DocumentKind<Identified>[];

export type GraphServices = Services & {
  scheduling: SchedulingPort;
  /** First-run setup of the area site (lists, columns, indexes, minutes library); safe to run again. */
  setUpSite(): Promise<{ created: string[] }>;
  /** Files each finalised version of the minutes in the site's minutes library. */
  records: RecordsPort;
};

/**
 * Graph mode's composition: one Graph client over the browser's fetch with MSAL tokens, shared by
 * the storage, scheduling, mail and directory adapters so their requests batch together.
 */
export async function createGraphServices(options: {
  /** Validated by the one configuration schema (src/main/config.ts). */
  config: GraphConfig;
  host: HostPort;
  fetch?: typeof fetch;
}): Promise<GraphServices> {
  const cfg = options.config;
  const tokens = createTokenPort({ clientId: cfg.clientId, tenantId: cfg.tenantId }, options.host.context);
  const client = createGraphClient({
    baseUrl: `${cfg.graphBaseUrl}/`,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
  });
  // Every request carries the sign-in set; scheduling and mail add theirs when first used.
  const graph = new GraphTransport(client, { tokens, baseScopes });
  const clock = { now: () => new Date() };
  // Every write through the app keeps the case register's index (src/app/cases/registerIndex.ts), one
  // entry per case in the case's own folder: a packed shard would show every nominal's name to anyone
  // who can read it.
  const storage = withRegisterIndex(new GraphStore(graph, cfg.siteId, { areaCoordinators: cfg.area.coordinators }), {
    clock,
    timeZone: () => cfg.area.timeZone,
    layout: 'perCase',
  });
  const directory = new GraphDirectory(graph);
  const me = await directory.me();
  const appBaseUrl = cfg.appBaseUrl ?? globalThis.location?.origin ?? '';
  return {
    mode: 'graph',
    storage,
    clock,
    ids: { newId: (prefix) => `${prefix ? `${prefix}_` : ''}${crypto.randomUUID()}` },
    mail: new GraphMail(graph, cfg.propertySetId, storage.collection(sentMailKind)),
    directory,
    host: options.host,
    settings: cfg.area,
    me,
    scheduling: new GraphScheduling(graph, {
      catalogAppId: cfg.teamsCatalogAppId ?? '',
      appBaseUrl,
      propertySetId: cfg.propertySetId,
      graphBaseUrl: cfg.graphBaseUrl,
    }),
    setUpSite: () => ensureSite(graph, cfg.siteId, storedKinds),
    records: new GraphRecords(graph, cfg.siteId, clock, { recordLabel: cfg.recordLabel }),
    drafts: defaultDraftStore(),
    tab: await openBrowserTab(),
    word: wordDocuments,
    bankHolidays: lazyBankHolidays,
    meetingSignal: meetingSignalFor(options.host),
  };
}

/**
 * In a Teams meeting's frames, changes travel through the meeting's Live Share session (its code
 * loads only when first used); elsewhere there is no meeting to share, and readers poll.
 */
function meetingSignalFor(host: HostPort): ChangeSignalPort | undefined {
  const { context } = host;
  const inMeeting = context.host === 'teams' && Boolean(context.meeting?.id);
  const meetingFrame = ['sidePanel', 'meetingStage', 'meetingTab'].includes(context.surface);
  return inMeeting && meetingFrame ? liveShareSignal() : undefined;
}
