import type { Minutes } from './minutes.schema';

/** Whether the minutes have been sent, and whether what was sent is still the latest signed version. */
export type DistributionState =
  { sent: false } | { sent: true; at: string; version: number; current: boolean; latestVersion: number };

export function distributionState(m: Pick<Minutes, 'distribution' | 'versions'>): DistributionState {
  const { sentAt, sentVersion } = m.distribution;
  if (!sentAt) return { sent: false };
  const latestVersion = m.versions.length;
  // Minutes sent before the version was recorded were sent as they then stood: treat that as the latest.
  const version = sentVersion ?? latestVersion;
  return { sent: true, at: sentAt, version, current: version >= latestVersion, latestVersion };
}

/**
 * Records that the final minutes were sent, and which signed version. A correction signed later
 * makes them sendable again; drafts are never sent.
 */
export function recordDistribution(m: Minutes, at: Date): Minutes {
  if (m.status !== 'final' || m.versions.length === 0) return m;
  return { ...m, distribution: { ...m.distribution, sentAt: at.toISOString(), sentVersion: m.versions.length } };
}
