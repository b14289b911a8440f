/** Local mode's outbox: the mail that would be sent (placeholder until the feature lands). */
export default function OutboxPage() {
  return <p>This part of MAPPA Panel is not available yet.</p>;
}
