import { startSurface } from '../../../app/bootstrap';
import { preloadSidePanel, SidePanelSurface } from './SidePanelSurface';

void startSurface('sidePanel', ({ binding }) => <SidePanelSurface binding={binding} />, { preload: preloadSidePanel });
