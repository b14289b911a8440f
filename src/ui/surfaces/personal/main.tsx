import { startSurface } from '../../../app/bootstrap';
import { PersonalSurface, preloadPersonal } from './PersonalSurface';

void startSurface('personal', () => <PersonalSurface />, { preload: preloadPersonal });
