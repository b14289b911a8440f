import { type Handshake, meetingViewFor } from '../../adapters/host/hostHandshake';
import { type SurfaceModule, startSurface } from '../bootstrap';

/**
 * The one meeting page (`tab.html?caseId=…`): Teams loads the configured address in the side panel,
 * on the stage and in the chat and details tabs, and the host's frame context picks the view. Each
 * view is its own chunk, loaded once the host has answered, so the stage and the side panel never
 * download the editor.
 */
async function loadMeetingView(handshake: Promise<Handshake>): Promise<SurfaceModule> {
  // A host that answered but could not describe the frame is reported by the start-up; meanwhile the editor's gates apply.
  const view = meetingViewFor(await handshake.catch((): Handshake => ({ kind: 'none' })));
  switch (view) {
    case 'sidePanel': {
      const m = await import('../../ui/surfaces/sidePanel/SidePanelSurface');
      return {
        surface: view,
        render: ({ binding }) => <m.SidePanelSurface binding={binding} />,
        preload: m.preloadSidePanel,
      };
    }
    case 'meetingStage': {
      const m = await import('../../ui/surfaces/stage/StageSurface');
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
