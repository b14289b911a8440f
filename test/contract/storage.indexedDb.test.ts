import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';

import { IndexedDbStore } from '../../src/adapters/local/indexedDbStore';
import { describeStoragePortContract } from './storagePort.contract';

// fake-indexeddb implements the IndexedDB specification in node; the browser tests use the real one.
describeStoragePortContract(
  'IndexedDB local store',
  () => new IndexedDbStore({ factory: new IDBFactory(), keyRange: IDBKeyRange }),
);
// Without key ranges every page is cut from the rows the filter selects: the same answers.
describeStoragePortContract(
  'IndexedDB local store without key ranges',
  () => new IndexedDbStore({ factory: new IDBFactory() }),
);
