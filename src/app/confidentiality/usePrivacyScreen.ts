import { useCallback, useEffect, useState } from 'react';

import { isPrivacyShortcut } from '../../core/confidentiality/privacy';

const activityEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'focusin'] as const;

/**
 * The privacy screen's state: hidden by the keystroke, the button or inactivity; shown again only by
 * an explicit action. Timers live here, not in the core.
 */
export function usePrivacyScreen(timeoutMinutes: number): { hidden: boolean; hide: () => void; show: () => void } {
  const [hidden, setHidden] = useState(false);
  const hide = useCallback(() => setHidden(true), []);
  const show = useCallback(() => setHidden(false), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isPrivacyShortcut(e)) {
        e.preventDefault();
        setHidden(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (hidden) return undefined;
    const ms = Math.max(1, timeoutMinutes) * 60_000;
    let timer = setTimeout(() => setHidden(true), ms);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setHidden(true), ms);
    };
    for (const ev of activityEvents) document.addEventListener(ev, reset, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const ev of activityEvents) document.removeEventListener(ev, reset);
    };
  }, [hidden, timeoutMinutes]);

  return { hidden, hide, show };
}
