import { startSurface } from '../../../app/bootstrap';
import { StageSurface } from './StageSurface';

void startSurface('meetingStage', ({ binding }) => <StageSurface binding={binding} />);
