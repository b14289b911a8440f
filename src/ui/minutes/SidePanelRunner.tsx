/** The chair's step-by-step run through the minutes in the meeting side panel (placeholder until the feature lands). */
export default function SidePanelRunner(_props: { caseId: string; meetingId?: string }) {
  return <p>This part of MAPPA Panel is not available yet.</p>;
}
