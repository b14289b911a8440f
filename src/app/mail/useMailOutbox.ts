import { useCallback } from 'react';

import type { RecordedMail } from '../../core/ports';
import { useServices } from '../ServicesProvider';
import { useRead } from '../useRead';

/** Local mode's mail outbox, newest first; empty where mail really goes out. A failure is said by the page in its reader's language. */
export function useMailOutbox() {
  const { mailOutbox } = useServices();
  const load = useCallback(async () => (mailOutbox ? mailOutbox.list() : []), [mailOutbox]);
  return useRead<RecordedMail[]>(load);
}
