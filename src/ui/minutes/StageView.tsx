/** The meeting stage: agenda step, pillars in summary and actions being agreed; never restricted content (placeholder until the feature lands). */
export default function StageView(_props: { meetingId: string }) {
  return <p>This part of MAPPA Panel is not available yet.</p>;
}
