import { GraphCallError } from '../../../src/adapters/graph/transport';
import {
  SignInError,
  ConflictError,
  NotOnCaseError,
  PermissionError,
  RefusedError,
  problemMessage,
  userMessage,
} from '../../../src/core/shared/errors';
import { agencyLabel, agencyMessage } from '../../../src/core/people/agency';
import { msg } from '../../../src/i18n/message';
import { cy } from '../../../src/i18n/messages/cy';
import { createTranslator, english } from '../../../src/i18n/translator';

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

  it('says the app’s own errors as catalogue messages, whose English is the error’s message', () => {
    const welsh = createTranslator('cy-GB', cy);
    for (const error of [
      new ConflictError('stale'),
      new ConflictError('exists'),
      new ConflictError('signed'),
      new ConflictError('missing'),
      new PermissionError('Sites.Selected', 'read the area site', 'an administrator grants it'),
      new NotOnCaseError('case_1', 'noRole', 'read the minutes'),
      new NotOnCaseError('case_1', 'noRole', 'read the minutes', { name: 'Cora Ordway', part: 'coordinator' }),
      new NotOnCaseError(
        'case_1',
        'notAllowed',
        'read the audit log',
        { name: 'Cora Ordway', part: 'chair' },
        'readAudit',
      ),
    ]) {
      expect(english()(problemMessage(error))).toBe(error.message);
      expect(welsh(problemMessage(error))).not.toBe(error.message);
    }
    expect(
      welsh(
        new NotOnCaseError(
          'case_1',
          'notAllowed',
          'read the audit log',
          { name: 'Cora Ordway', part: 'coordinator' },
          'readAudit',
        ).said,
      ),
    ).toBe(
      'Nid yw eich rhan yn yr achos hwn yn caniatáu i chi ddarllen y cofnod archwilio; gofynnwch i Cora Ordway, cydlynydd MAPPA.',
    );
    // A defect's text never reaches the screen, in any language.
    expect(problemMessage(new Error('Victim Jane Example'))).toEqual(msg('errors.general'));
    expect(problemMessage('thrown', msg('errors.conflict.missing'))).toEqual(msg('errors.conflict.missing'));
  });

  it('shows English text a thrower still passes as it is', () => {
    const error = new RefusedError('This series has ended; start a new one.');
    expect(createTranslator('cy-GB', cy)(problemMessage(error))).toBe('This series has ended; start a new one.');
  });

  it('keeps agencies in English for records and says them in the reader’s language on screen', () => {
    expect(agencyLabel('probation')).toBe('Probation');
    expect(english()(agencyMessage('probation'))).toBe('Probation');
    expect(createTranslator('cy-GB', cy)(agencyMessage('probation'))).toBe('Gwasanaeth prawf');
  });
});
