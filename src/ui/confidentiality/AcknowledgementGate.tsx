import type { ReactNode } from 'react';

/** Shows case content only after the attendee has acknowledged the confidentiality statement (placeholder until the feature lands). */
export default function AcknowledgementGate({ children }: { meetingId?: string; caseId: string; children: ReactNode }) {
  return <>{children}</>;
}
