import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';

import { updateCaseInvitations, type InvitationsOutcome } from '../../app/scheduling/seriesInvitations';
import { useServices } from '../../app/ServicesProvider';
import { problemMessage } from '../../core/shared/errors';
import { msg } from '../../i18n/message';
import { useT } from '../i18n/I18nProvider';

/**
 * What became of the invitations already in calendars after a case's chair or members changed: up
 * to date, none out yet, or not updated, with the way to try again (safe: the same people are told
 * nothing twice) and what to do if the calendar keeps refusing.
 */
export function SeriesInvitationsNotice(props: { caseId: string; outcome: InvitationsOutcome }) {
  const services = useServices();
  const t = useT();
  const [outcome, setOutcome] = useState(props.outcome);
  const [busy, setBusy] = useState(false);
  const [retried, setRetried] = useState(false);
  const updated = useRef<HTMLSpanElement>(null);

  // The retry button goes once the invitations are updated: focus moves to the news, not to the page.
  useEffect(() => {
    if (retried && outcome.state === 'updated') updated.current?.focus();
  }, [retried, outcome]);

  const retry = async () => {
    setBusy(true);
    try {
      setOutcome(await updateCaseInvitations(services, props.caseId));
    } catch (e) {
      setOutcome({
        state: 'notUpdated',
        problem: msg('scheduling.problem.invitationsNotUpdated', { reason: problemMessage(e) }),
      });
    } finally {
      setRetried(true);
      setBusy(false);
    }
  };

  if (outcome.state === 'updated') {
    return (
      <Text role="status" ref={updated} tabIndex={-1}>
        {t('scheduling.invitations.updated')}
      </Text>
    );
  }
  if (outcome.state === 'nothingToUpdate') return <Text>{t('scheduling.invitations.nothingToUpdate')}</Text>;
  return (
    <MessageBar intent="warning" role="alert">
      <MessageBarBody>
        {t(outcome.problem)} {t('scheduling.invitations.notUpdated.advice')}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" disabled={busy} onClick={() => void retry()}>
          {t('scheduling.invitations.retry')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
