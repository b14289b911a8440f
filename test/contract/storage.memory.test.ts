import { MemoryStore } from '../../src/adapters/memory/memoryStore';
import { describeStoragePortContract } from './storagePort.contract';

describeStoragePortContract('in-memory store', () => new MemoryStore());
