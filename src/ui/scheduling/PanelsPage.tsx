/** Panels: the case register and panel series, for the coordinator (placeholder until the feature lands). */
export default function PanelsPage() {
  return <p>This part of MAPPA Panel is not available yet.</p>;
}
