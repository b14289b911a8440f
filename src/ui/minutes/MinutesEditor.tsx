/** The full minutes editor in the meeting tab (placeholder until the feature lands). */
export default function MinutesEditor(_props: { caseId: string; meetingId?: string }) {
  return <p>This part of MAPPA Panel is not available yet.</p>;
}
