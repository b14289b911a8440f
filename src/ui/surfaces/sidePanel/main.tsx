import { startSurface } from '../../../app/bootstrap';
import { SidePanelSurface } from './SidePanelSurface';

void startSurface('sidePanel', ({ binding }) => <SidePanelSurface binding={binding} />);
