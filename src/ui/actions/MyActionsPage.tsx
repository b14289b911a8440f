/** My actions: every action the signed-in person owns, across panels (placeholder until the feature lands). */
export default function MyActionsPage() {
  return <p>This part of MAPPA Panel is not available yet.</p>;
}
