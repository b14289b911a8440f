import { ConflictError, UnavailableError } from '../../../src/core/shared/errors';
import { retryOnConflict } from '../../../src/core/storage/retryOnConflict';

/** A step that fails with the given errors in turn, then answers with the number of its try. */
const failing = (errors: Error[]) => {
  let tries = 0;
  const step = jest.fn(async () => {
    const error = errors[tries++];
    if (error) throw error;
    return tries;
  });
  return step;
};

describe('a read-then-write step retried while another writer wins', () => {
  it('tries again after a conflict, reading afresh each time, and answers with the try that wrote', async () => {
    const step = failing([new ConflictError('stale'), new ConflictError('exists')]);
    await expect(retryOnConflict(5, step)).resolves.toBe(3);
    expect(step).toHaveBeenCalledTimes(3);
  });

  it('gives the last conflict to the caller once the tries are spent', async () => {
    const last = new ConflictError('stale');
    const step = failing([new ConflictError('stale'), last, new ConflictError('stale')]);
    await expect(retryOnConflict(2, step)).rejects.toBe(last);
    expect(step).toHaveBeenCalledTimes(2);
  });

  it('never retries any other failure', async () => {
    const down = new UnavailableError('Microsoft 365 did not answer.');
    const step = failing([down]);
    await expect(retryOnConflict(5, step)).rejects.toBe(down);
    expect(step).toHaveBeenCalledTimes(1);
  });
});
