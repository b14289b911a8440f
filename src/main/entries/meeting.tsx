import { type Handshake, meetingViewFor } from '../../adapters/host/hostHandshake';
import { meetingViewParts } from '../../ui/surfaces/meetingParts';
import { type SurfaceModule, startSurface } from '../bootstrap';

/**
 * The one meeting page (`tab.html?caseId=…`): Teams loads the configured address in the side panel,
 * on the stage and in the chat and details tabs, and the host's frame context picks the view. Each
 * view is its own chunk, so the stage and the side panel never download the editor.
 *
 * The two small views (side panel and stage) start loading at once, alongside the host handshake,
 * instead of after it: the handshake is a round trip to the host, and waiting for it before asking
 * for the view's code put the two in series. As soon as the host has named the view, what that view
 * renders first (`meetingViewParts`: the confidentiality gate, or the stage's view) starts loading
 * too, rather than once the view's own chunk has arrived. Only the view the host names is rendered;
 * the editor, large and never on a meeting's side panel or stage, still loads only when it is the one named.
 */
const sidePanel = () => import('../../ui/surfaces/sidePanel/SidePanelSurface');
const stage = () => import('../../ui/surfaces/stage/StageSurface');

function startEarly<T>(load: () => Promise<T>): () => Promise<T> {
  const loading = load();
  // A failed early load is tried again (and reported) when the view is chosen.
  loading.catch(() => undefined);
  return () => loading.catch(load);
}

async function loadMeetingView(handshake: Promise<Handshake>): Promise<SurfaceModule> {
  const early = { sidePanel: startEarly(sidePanel), stage: startEarly(stage) };
  // A host that answered but could not describe the frame is reported by the start-up; meanwhile the editor's gates apply.
  const view = meetingViewFor(await handshake.catch((): Handshake => ({ kind: 'none' })));
  // A failed early load is not fatal: the view loads its parts again when it renders, and reports a failure then.
  meetingViewParts[view]().catch(() => undefined);
  switch (view) {
    case 'sidePanel': {
      const m = await early.sidePanel();
      return {
        surface: view,
        render: ({ binding }) => <m.SidePanelSurface binding={binding} />,
        preload: m.preloadSidePanel,
      };
    }
    case 'meetingStage': {
      const m = await early.stage();
      return { surface: view, render: ({ binding }) => <m.StageSurface binding={binding} />, preload: m.preloadStage };
    }
    case 'meetingTab': {
      const m = await import('../../ui/surfaces/meetingTab/MeetingTabSurface');
      return {
        surface: view,
        render: ({ binding }) => <m.MeetingTabSurface binding={binding} />,
        preload: m.preloadMeetingTab,
      };
    }
  }
}

// The view loads after the first paint, with the rest of the app.
void startSurface('meeting', loadMeetingView);
