import { useCallback, useEffect, useRef } from 'react';

import type { StageProjection } from '../../core/minutes/projections';
import { stageRecordKind, type StageRecord } from '../../core/minutes/stageProjection.schema';
import { useServices } from '../ServicesProvider';
import { useRead } from '../useRead';

/**
 * How often the stage reads its record when nothing tells it of a change: soon after a change (the
 * chair is moving through the minutes), then less and less often while nothing changes. With a live
 * signal, polling is only a safety net for a lost signal.
 */
export const STAGE_POLL = { firstMs: 2000, maxMs: 30_000, liveMs: 60_000 } as const;

/** The next wait: doubled while nothing changes, back to the first after a change. */
export function nextPollMs(previousMs: number, changed: boolean, live: boolean): number {
  if (live) return STAGE_POLL.liveMs;
  return changed ? STAGE_POLL.firstMs : Math.min(previousMs * 2, STAGE_POLL.maxMs);
}

/**
 * What the meeting stage shows: the stage record written with each save of the minutes (`null`
 * before they are started). The stage reads that record alone, never the minutes: the projection is
 * made where the minutes are saved. It reads again when the meeting's change signal says so, and
 * otherwise polls with back-off.
 */
export function useStageProjection(meetingId: string): StageProjection | null | undefined {
  const { storage, meetingSignal } = useServices();
  // Whether a read since the last poll found a newer save: polling speeds up again after a change.
  const seen = useRef<string | undefined>(undefined);
  const changed = useRef(false);
  const load = useCallback(async (): Promise<StageRecord | null> => {
    const record = (await storage.collection(stageRecordKind).get(meetingId))?.doc ?? null;
    const savedAt = record?.savedAt ?? '';
    if (seen.current !== undefined && seen.current !== savedAt) changed.current = true;
    seen.current = savedAt;
    return record;
  }, [storage, meetingId]);
  const [loaded, reload] = useRead(load);
  const record = loaded.state === 'ready' ? loaded.value : undefined;

  useEffect(() => {
    let live = false;
    let waitMs: number = STAGE_POLL.firstMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = () => {
      timer = setTimeout(() => {
        void reload().then(() => {
          if (stopped) return;
          waitMs = nextPollMs(waitMs, changed.current, live);
          changed.current = false;
          poll();
        });
      }, waitMs);
    };
    const subscription = meetingSignal?.subscribe(meetingId, () => void reload());
    void subscription?.live.then((isLive) => {
      live = isLive;
    });
    poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      subscription?.close();
    };
  }, [meetingSignal, meetingId, reload]);

  // A failed read shows as "not started", as before: the stage never shows an error's detail.
  if (loaded.state === 'error') return null;
  return record === undefined ? undefined : (record?.projection ?? null);
}
