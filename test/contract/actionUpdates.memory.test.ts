import { MemoryStore } from '../../src/adapters/memory/memoryStore';
import { describeActionUpdateContract } from './actionUpdates.contract';

describeActionUpdateContract('in-memory store', () => new MemoryStore(), { runs: 150 });
