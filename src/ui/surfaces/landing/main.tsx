import { startSurface } from '../../../app/bootstrap';
import { LandingSurface } from './LandingSurface';

void startSurface('landing', () => <LandingSurface />);
