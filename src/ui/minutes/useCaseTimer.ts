import { useEffect, useState } from 'react';

import { useServices } from '../../app/ServicesProvider';

/** Time spent on this case in this meeting, kept across a reload of the panel. */
export function useCaseTimer(caseId: string): string {
  const { clock } = useServices();
  const [start] = useState(() => {
    const key = `mappa-case-timer:${caseId}`;
    const kept = Number(sessionStorage.getItem(key));
    if (Number.isFinite(kept) && kept > 0) return kept;
    const now = clock.now().getTime();
    sessionStorage.setItem(key, String(now));
    return now;
  });
  const [now, setNow] = useState(() => clock.now().getTime());
  useEffect(() => {
    const t = setInterval(() => setNow(clock.now().getTime()), 1000);
    return () => clearInterval(t);
  }, [clock]);
  const secs = Math.max(0, Math.floor((now - start) / 1000));
  const mm = Math.floor(secs / 60);
  return `${mm}:${String(secs % 60).padStart(2, '0')}`;
}
