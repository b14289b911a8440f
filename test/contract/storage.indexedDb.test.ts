import { IDBFactory } from 'fake-indexeddb';

import { IndexedDbStore } from '../../src/adapters/local/indexedDbStore';
import { describeStoragePortContract } from './storagePort.contract';

// fake-indexeddb implements the IndexedDB specification in node; the browser tests use the real one.
describeStoragePortContract('IndexedDB local store', () => new IndexedDbStore({ factory: new IDBFactory() }));
