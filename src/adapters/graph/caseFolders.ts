import type { DriveRecipient } from '@microsoft/microsoft-graph-types';
import { z } from 'zod';

import { actionKind } from '../../core/actions/action.schema';
import { writtenUpdateKind } from '../../core/actions/writtenUpdate.schema';
import { caseKind, type Case } from '../../core/cases/case.schema';
import { caseDecisionKind } from '../../core/cases/lifecycle/caseHistory.schema';
import { registerEntryKind } from '../../core/cases/registerEntry';
import { jobcentrePlusKind } from '../../core/disclosure/jobcentrePlusRecord';
import { minutesKind } from '../../core/minutes/minutes.schema';
import { openConflictsKind } from '../../core/minutes/openConflicts.schema';
import { protectedPeopleKind } from '../../core/protection/protectedPeople.schema';
import { stageRecordKind } from '../../core/minutes/stageProjection.schema';
import { meetingKind, seriesKind, type PanelSeries } from '../../core/panels/series.schema';
import type { Person } from '../../core/people/agency';
import type { StoragePort } from '../../core/ports';
import { refusal, type GraphTransport } from './transport';
import { lazySchema } from '../../core/shared/lazySchema';

/**
 * Need to know, enforced by SharePoint itself: every document of a case lives in that case's folder
 * of one document library, and the folder is shared with the case's people only. Microsoft Graph
 * v1.0 can set permissions on a drive item (a library's file or folder) but not on a plain list
 * item, so the case's documents are files there, their list items' columns holding the documents.
 *
 * The library itself is closed to the site's members by an administrator (docs/security.md), so a
 * new folder is open to the site's owners (the coordinators) alone. Sharing a folder the first time
 * breaks its inheritance, keeping the owners, and adds the people invited
 * (https://learn.microsoft.com/graph/api/driveitem-invite); a person who leaves the case has their
 * permission deleted (https://learn.microsoft.com/graph/api/permission-delete). Anyone else finds
 * neither the folder nor its items: SharePoint leaves them out of every answer.
 */
export const CASE_LIBRARY = 'Mappa case records';

type CaseScoped = { id: string; caseId?: string };
const caseIdBy: Record<string, (doc: CaseScoped) => string> = {
  [caseKind.name]: (d) => d.id,
  [seriesKind.name]: (d) => d.caseId!,
  [meetingKind.name]: (d) => d.caseId!,
  [actionKind.name]: (d) => d.caseId!,
  [writtenUpdateKind.name]: (d) => d.caseId!,
  [minutesKind.name]: (d) => d.caseId!,
  [stageRecordKind.name]: (d) => d.caseId!,
  [jobcentrePlusKind.name]: (d) => d.caseId!,
  [caseDecisionKind.name]: (d) => d.caseId!,
  // The register's entry holds the nominal's name: it is opened by exactly those who may open the case.
  [registerEntryKind.name]: (d) => d.caseId!,
  // One record per case, its id the case's.
  [protectedPeopleKind.name]: (d) => d.caseId ?? d.id,
  // Unsaved minutes text; only records that name their case (see `inListUnlessNamed`).
  [openConflictsKind.name]: (d) => d.caseId!,
};

/**
 * Kinds whose documents live in their case's folder when they name a case, and in the kind's own
 * list when they do not (records written before the kind named its case), so nothing is lost.
 */
const namedCaseOnly = new Set<string>([openConflictsKind.name]);
export const inListUnlessNamed = (kindName: string) => namedCaseOnly.has(kindName);

/** Whether a kind's documents belong to one case, and so live in its folder. */
export const isCaseScoped = (kindName: string) => Object.hasOwn(caseIdBy, kindName);
export const caseIdOf = (kindName: string, doc: unknown) => caseIdBy[kindName]!(doc as CaseScoped);

/** Ids kept to letters, digits, `_`, `.` and `-`; anything else written `~hex~`, so two ids never share a name. */
const escapeName = (s: string) => s.replace(/[^A-Za-z0-9_.-]/g, (c) => `~${c.codePointAt(0)!.toString(16)}~`);
export const caseFolderName = (caseId: string) => `Case ${escapeName(caseId)}`;
export const caseFileName = (kindName: string, id: string) => `${kindName} ${escapeName(id)}.json`;

const ListWithDrive = lazySchema(() => z.object({ drive: z.object({ id: z.string() }) }));
const FolderRef = lazySchema(() => z.object({ id: z.string() }));
const Permissions = lazySchema(() =>
  z.object({
    value: z.array(
      z.object({
        id: z.string(),
        inheritedFrom: z.unknown().optional(),
        grantedToV2: z
          .object({ user: z.object({ id: z.string().optional(), email: z.string().optional() }).optional() })
          .optional(),
      }),
    ),
  }),
);

type Grant = { id?: string | undefined; email?: string | undefined };
const matches = (g: Grant, p: Person) =>
  (g.id !== undefined && g.id === p.id) || (g.email !== undefined && g.email.toLowerCase() === p.email.toLowerCase());

/** The people a case's record or one of its series puts on the case (an exited case or ended series, nobody). */
function peopleIn(kindName: string, doc: unknown): Person[] {
  if (kindName === caseKind.name) {
    const c = doc as Case;
    return c.status === 'exited' ? [] : [...(c.chair ? [c.chair] : []), ...c.members.map((m) => m.person)];
  }
  const s = doc as PanelSeries;
  return s.status === 'ended' ? [] : [s.chair, ...(s.coordinator ? [s.coordinator] : []), ...s.members];
}

const peopleKey = (people: readonly Person[]) =>
  [...new Set(people.map((p) => p.email.toLowerCase()))].sort().join('\n');

export class CaseFolders {
  private drive: Promise<string> | undefined;

  constructor(
    private readonly graph: GraphTransport,
    private readonly siteId: string,
    private readonly areaCoordinators: readonly Person[],
    private readonly store: StoragePort,
  ) {}

  /** The kinds whose documents say who is on a case. */
  decidesAccess(kindName: string) {
    return kindName === caseKind.name || kindName === seriesKind.name;
  }

  /** The case library's drive id, read once. */
  driveId(): Promise<string> {
    this.drive ??= this.graph
      .call({
        method: 'GET',
        url: `/sites/${encodeURIComponent(this.siteId)}/lists/${encodeURIComponent(CASE_LIBRARY)}?$select=id&$expand=drive`,
        safeToRepeat: true,
      })
      .then((res) => ListWithDrive.parse(res.body).drive.id)
      .catch((e: unknown) => {
        this.drive = undefined;
        throw e;
      });
    return this.drive;
  }

  /** After a case or series was written: shares the case's folder afresh when the people it names changed. */
  async updateAccess(kindName: string, before: unknown, after: unknown) {
    if (before !== undefined && peopleKey(peopleIn(kindName, before)) === peopleKey(peopleIn(kindName, after))) {
      const statusOf = (d: unknown) => (d as { status?: string }).status;
      if (statusOf(before) === statusOf(after)) return;
    }
    await this.share(caseIdOf(kindName, after));
  }

  /** Everyone the case and its live series name, and the area's coordinators: who may open the case's folder. */
  async peopleOf(caseId: string): Promise<Person[]> {
    const [c, series] = await Promise.all([
      this.store.collection(caseKind).get(caseId),
      this.store.collection(seriesKind).list({ caseId }),
    ]);
    const all = [
      ...this.areaCoordinators,
      ...(c ? peopleIn(caseKind.name, c.doc) : []),
      ...series.flatMap((s) => peopleIn(seriesKind.name, s.doc)),
    ];
    return all.filter((p, i) => all.findIndex((q) => q.email.toLowerCase() === p.email.toLowerCase()) === i);
  }

  /** The case folders' drive item ids met on the way (an upload's answer names its folder), by case. */
  private readonly folderIds = new Map<string, string>();

  /** Notes the folder an upload into a case's folder landed in, so sharing it needs no look-up. */
  noteFolder(caseId: string, folderId: string) {
    this.folderIds.set(caseId, folderId);
  }

  private async folderId(caseId: string, drive: string): Promise<string> {
    const known = this.folderIds.get(caseId);
    if (known) return known;
    const res = await this.graph.call({
      method: 'GET',
      url: `${drive}/root:/${encodeURIComponent(caseFolderName(caseId))}`,
      safeToRepeat: true,
    });
    const id = FolderRef.parse(res.body).id;
    this.folderIds.set(caseId, id);
    return id;
  }

  /**
   * Grants the case's people edit access to its folder and deletes the access of anyone who has left.
   * Only the folder's own grants to people are touched: the owners' inherited access stays.
   */
  async share(caseId: string) {
    const drive = `/drives/${encodeURIComponent(await this.driveId())}`;
    const item = `${drive}/items/${encodeURIComponent(await this.folderId(caseId, drive))}`;
    // Who should have access and who has, read together (one round trip).
    const [people, current] = await Promise.all([
      this.peopleOf(caseId),
      this.graph.call({ method: 'GET', url: `${item}/permissions`, safeToRepeat: true }),
    ]);
    const granted = Permissions.parse(current.body).value.flatMap((p) =>
      p.inheritedFrom || !p.grantedToV2?.user ? [] : [{ id: p.id, user: p.grantedToV2.user }],
    );
    const missing = people.filter((p) => !granted.some((g) => matches(g.user, p)));
    const left = granted.filter((g) => !people.some((p) => matches(g.user, p)));
    if (missing.length) {
      const recipients: DriveRecipient[] = missing.map((p) => ({ email: p.email }));
      const url = `${item}/invite`;
      // Granted directly, without a sharing e-mail (the app tells people of their panels itself); a repeat grants the same again.
      const res = await this.graph.send({
        method: 'POST',
        url,
        body: { recipients, roles: ['write'], requireSignIn: true, sendInvitation: false },
        safeToRepeat: true,
      });
      if (res.status !== 200) throw refusal(res, { method: 'POST', url });
    }
    await Promise.all(
      left.map(async (g) => {
        const url = `${item}/permissions/${encodeURIComponent(g.id)}`;
        const res = await this.graph.send({ method: 'DELETE', url, safeToRepeat: true });
        // 404: an earlier attempt removed it already.
        if (res.status !== 204 && res.status !== 404) throw refusal(res, { method: 'DELETE', url });
      }),
    );
  }
}
