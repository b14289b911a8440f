import { preloadable } from './preloadable';
import { viewAreas } from './viewAreas';

/**
 * What each view of the meeting page renders first, apart from the view's own chunk. They are kept
 * here, out of the views' modules, so that the page's entry can start loading them as soon as the
 * host has named the view, together with the view's chunk: declared inside the view, they could only
 * be asked for once that chunk had arrived, a round trip later. This module holds only the loaders
 * (React's `lazy` and dynamic imports), so the entry carries next to nothing for it.
 */
export const AcknowledgementGate = preloadable(
  () => import('../confidentiality/AcknowledgementGate'),
  viewAreas.acknowledgementGate,
);
export const StageView = preloadable(() => import('../minutes/StageView'), viewAreas.stageView);

/** Starts loading the parts each view shows first; each resolves once they can render without suspending. */
export const meetingViewParts = {
  sidePanel: (): Promise<void> => AcknowledgementGate.preload(),
  meetingStage: (): Promise<void> => StageView.preload(),
  meetingTab: (): Promise<void> => AcknowledgementGate.preload(),
} as const;
