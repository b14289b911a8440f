import { GraphCallError } from '../../../src/adapters/graph/transport';
import {
  SignInError,
  ConflictError,
  PermissionError,
  RefusedError,
  userMessage,
} from '../../../src/core/shared/errors';

describe('the error model', () => {
  it('shows the app’s own errors by their message, and anything else by a general one', () => {
    expect(userMessage(new RefusedError('This series has ended; start a new one.'))).toBe(
      'This series has ended; start a new one.',
    );
    // A defect's text may hold case content: it never reaches the screen.
    expect(userMessage(new Error('Victim Jane Example at 1 Example Road'))).toBe(
      'Something went wrong. Nothing was lost; try again.',
    );
    expect(userMessage('thrown text')).not.toContain('thrown text');
  });

  it('gives every error a category that says how it is shown', () => {
    expect(new ConflictError('stale').category).toBe('conflict');
    expect(new PermissionError('Sites.Selected', 'read the area site').category).toBe('permission');
    expect(new GraphCallError(0, 'noResponse', 'GET list').category).toBe('unavailable');
    expect(new SignInError('Sign in again.').category).toBe('signIn');
    expect(new RefusedError('No.').category).toBe('refused');
  });
});
