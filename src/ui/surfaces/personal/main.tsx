import { startSurface } from '../../../app/bootstrap';
import { PersonalSurface } from './PersonalSurface';

void startSurface('personal', () => <PersonalSurface />);
