import { startSurface } from '../../../app/bootstrap';
import { preloadStage, StageSurface } from './StageSurface';

void startSurface('meetingStage', ({ binding }) => <StageSurface binding={binding} />, { preload: preloadStage });
