import { DisclosureDecisionSchema } from '../../../src/core/disclosure/disclosureDecision.schema';
import type { Minutes } from '../../../src/core/minutes/minutes.schema';
import { restrictedFields, sections } from '../../../src/core/minutes/sections';
import { aCompleteDraft, officer } from './fixtures';

export const MARKER = 'ZZ-RESTRICTED-MARKER-7731';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Replaces every string leaf (except ids and enum-like keys) under a node with the marker. */
function fillStrings(node: unknown): unknown {
  if (typeof node === 'string') return `${MARKER} ${node}`;
  if (Array.isArray(node)) return node.map(fillStrings);
  if (isObj(node)) {
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [
        k,
        [
          'id',
          'agency',
          'source',
          'outcome',
          'pillar',
          'writtenUpdateId',
          'requestingAgency',
          'holdingAgency',
          'decision',
        ].includes(k)
          ? v
          : fillStrings(v),
      ]),
    );
  }
  return node;
}

function setPath(node: unknown, parts: string[]): unknown {
  const [head, ...rest] = parts;
  if (head === undefined) return Array.isArray(node) ? [MARKER, ...node] : `${MARKER} ${String(node ?? '')}`;
  const filter = /^(\w+)\[(\w+)=(\w+)\]$/.exec(head);
  if (filter) {
    const [, key, field, value] = filter as unknown as [string, string, string, string];
    const obj = node as Record<string, unknown>;
    const list = obj[key] as Record<string, unknown>[];
    return { ...obj, [key]: list.map((item) => (item[field] === value ? setPath(item, rest) : item)) };
  }
  if (head === '*') return (node as unknown[]).map((item) => setPath(item, rest));
  const obj = node as Record<string, unknown>;
  return { ...obj, [head]: setPath(obj[head], rest) };
}

/** A complete draft with the marker in every restricted field, with items present in every restricted list. */
export function markedMinutes(): Minutes {
  let m: Minutes = aCompleteDraft();
  m = {
    ...m,
    agencyInformation: [
      { id: 'inf1', agency: 'housing', from: 'Hana Housing', source: 'verbal', text: 'Tenancy at risk' },
      {
        id: 'inf2',
        agency: 'health',
        from: 'Dr Ada Example',
        source: 'written',
        writtenUpdateId: 'wu1',
        text: 'Engaging with services',
      },
    ],
    informationRequests: [
      {
        id: 'req1',
        requestingAgency: 'police',
        requestedBy: 'DS Lee Example',
        holdingAgency: 'health',
        requested: 'Tribunal report',
        purpose: 'Leave planning',
        decision: 'sharedInPart',
        reason: 'Risk summary only',
        shared: 'Relapse indicators',
      },
    ],
    disclosure: {
      considered: true,
      decisions: [
        DisclosureDecisionSchema.parse({
          id: 'd1',
          outcome: 'disclose',
          reasons: 'New partner has children',
          information: 'Conviction details',
          necessity: 'Risk to children',
        }),
      ],
      notes: 'Discussed',
    },
    previousActions: [
      ...m.previousActions,
      {
        id: 'rev_v',
        actionId: 'act_v',
        text: 'Tell the victim about the release',
        pillar: 'victimSafety',
        owner: officer,
        dueDate: '2026-11-01',
        statusBefore: 'open',
        outcome: 'notDoneAgency',
        note: 'Victim moved',
      },
    ],
    nominal: { ...m.nominal, address: '12 Example Road', aliases: ['JT'] },
  };
  for (const s of sections.filter((x) => x.sensitivity === 'restricted')) {
    m = { ...m, [s.id]: fillStrings(m[s.id as keyof Minutes]) } as Minutes;
  }
  for (const path of restrictedFields) {
    m = setPath(
      m,
      path
        .replace(/\[/g, '.[')
        .split('.')
        .reduce<string[]>((acc, p) => {
          if (p.startsWith('[')) acc[acc.length - 1] += p;
          else acc.push(p);
          return acc;
        }, []),
    ) as Minutes;
  }
  return m;
}
