/** All actions across the area, for the coordinator (placeholder until the feature lands). */
export default function CoordinatorActionsPage() {
  return <p>This part of MAPPA Panel is not available yet.</p>;
}
