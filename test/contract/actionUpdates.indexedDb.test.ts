import { IDBFactory } from 'fake-indexeddb';

import { IndexedDbStore } from '../../src/adapters/local/indexedDbStore';
import { describeActionUpdateContract } from './actionUpdates.contract';

// fake-indexeddb implements the IndexedDB specification in node, transactions and all.
describeActionUpdateContract('IndexedDB local store', () => new IndexedDbStore({ factory: new IDBFactory() }), {
  runs: 40,
});
