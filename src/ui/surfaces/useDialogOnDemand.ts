import { useEffect, useRef, useState } from 'react';

/**
 * A dialog whose code loads on demand, mounted from its first opening only: a mounted Fluent Dialog
 * starts tabster's modalizer, which surrounds the whole page with focusable, aria-hidden elements for
 * as long as it lives (microsoft/tabster#288; docs/accessibility.md). It is never unmounted while open,
 * which would leave the rest of the page aria-hidden, and as it has no trigger, focus goes back to
 * its button (`opener`) by hand when it closes.
 */
export function useDialogOnDemand() {
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) setMounted(true);
    if (wasOpen.current && !open) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return { open, setOpen, shown: mounted || open, opener };
}
