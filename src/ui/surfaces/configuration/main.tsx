import { startSurface } from '../../../app/bootstrap';
import { ConfigurationSurface } from './ConfigurationSurface';

void startSurface('configuration', () => <ConfigurationSurface />);
