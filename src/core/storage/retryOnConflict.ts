import { ConflictError } from '../shared/errors';

/**
 * A read-then-write step, run again while another writer's version wins the write: each try reads
 * afresh, so neither writer's change is lost. Any other error, and the conflict of the last try,
 * reach the caller.
 */
export async function retryOnConflict<T>(attempts: number, step: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (e) {
      if (!(e instanceof ConflictError) || attempt >= attempts) throw e;
    }
  }
}
