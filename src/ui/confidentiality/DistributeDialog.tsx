import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  makeStyles,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';

import { distributeMinutes, toBase64 } from '../../app/confidentiality/operations';
import { useServices } from '../../app/ServicesProvider';
import {
  planDistribution,
  type DistributionPlan,
  type DistributionRecipient,
  type VictimFlags,
} from '../../core/confidentiality/distribution';
import { noProtectedPeople, type ProtectedIndex } from '../../core/protection/matcher';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  list: { margin: '0', paddingLeft: tokens.spacingHorizontalL },
  refused: { color: tokens.colorPaletteRedForeground1 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
});

export type DistributeDialogProps = {
  caseId: string;
  caseReference: string;
  minutesId: string;
  /** The attendees, proposed as recipients. */
  recipients: readonly DistributionRecipient[];
  victimFlags: VictimFlags;
  /** The case's protected people: refused by identity, as the use case will refuse them. */
  protectedPeople?: ProtectedIndex;
  /** Produces the finalised minutes as a .docx (marked OFFICIAL-SENSITIVE by the exporter). */
  buildDocx: () => Promise<Uint8Array>;
  fileName?: string;
  onDistributed?: (sent: number) => void;
  /**
   * Anyone refused is answered with the executive summary through the coordinator: called with the
   * refusals after sending; returns what to tell the sender.
   */
  onRefused?: (refused: DistributionPlan['refused'], why: string) => Promise<string>;
};

/** Sends the minutes to approved secure addresses only; anyone else is pointed to the executive summary via the coordinator. */
export function DistributeDialog(props: DistributeDialogProps) {
  const services = useServices();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [extra, setExtra] = useState<DistributionRecipient[]>([]);
  const [address, setAddress] = useState('');
  const [why, setWhy] = useState('Final minutes to the panel’s attendees');
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const [status, setStatus] = useState<string>();
  const all = [...props.recipients, ...extra];
  const plan = planDistribution(all, services.settings, props.victimFlags, props.protectedPeople ?? noProtectedPeople);
  const canSend =
    (plan.send.length > 0 || (plan.refused.length > 0 && props.onRefused !== undefined)) && why.trim() !== '' && !busy;

  const add = () => {
    const email = address.trim();
    if (!email) return;
    setExtra((x) => [...x, { name: email, email }]);
    setAddress('');
  };

  const send = async () => {
    if (inFlight.current || !canSend) return;
    inFlight.current = true;
    setBusy(true);
    setStatus(undefined);
    try {
      const bytes = plan.send.length > 0 ? await props.buildDocx() : new Uint8Array();
      const outcome = await distributeMinutes(services, {
        caseId: props.caseId,
        caseReference: props.caseReference,
        minutesId: props.minutesId,
        recipients: all,
        victimFlags: props.victimFlags,
        why,
        attachment: {
          name: props.fileName ?? `${props.caseReference} minutes OFFICIAL-SENSITIVE.docx`,
          base64: toBase64(bytes),
        },
      });
      const summary =
        outcome.plan.refused.length > 0 && props.onRefused ? await props.onRefused(outcome.plan.refused, why) : '';
      setStatus(
        [`Minutes sent to ${outcome.sent} ${outcome.sent === 1 ? 'person' : 'people'}.`, summary]
          .filter(Boolean)
          .join(' '),
      );
      props.onDistributed?.(outcome.sent);
    } catch {
      setStatus('The minutes could not be sent. Nothing has been lost; try again.');
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  return (
    <Dialog modalType="non-modal" open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button>Distribute minutes</Button>
      </DialogTrigger>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Distribute minutes</DialogTitle>
          <DialogContent className={styles.body}>
            <Text as="p">
              Minutes go only to approved secure e-mail addresses, and never to anyone flagged as a victim or protected
              in this case.
            </Text>
            <Text as="h3" weight="semibold">
              Will receive the minutes ({plan.send.length})
            </Text>
            <ul className={styles.list} aria-label="Will receive the minutes">
              {plan.send.map((r) => (
                <li key={r.email}>
                  <Text>
                    {r.name} ({r.email})
                  </Text>
                </li>
              ))}
            </ul>
            {plan.refused.length > 0 && (
              <>
                <Text as="h3" weight="semibold">
                  Will not receive the minutes ({plan.refused.length})
                </Text>
                <ul className={styles.list} aria-label="Will not receive the minutes">
                  {plan.refused.map((r, i) => (
                    <li key={`${r.recipient.email}-${i}`}>
                      <Text className={styles.refused}>
                        {r.recipient.name} ({r.recipient.email}): {r.message}
                      </Text>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <div className={styles.row}>
              <Field label="Add an address">
                <Input type="email" value={address} onChange={(_, d) => setAddress(d.value)} />
              </Field>
              <Button onClick={add}>Add</Button>
            </div>
            <Field
              label="Why are they being sent?"
              required
              validationMessage={why.trim() ? undefined : 'Say why the minutes are being sent.'}
            >
              <Textarea value={why} onChange={(_, d) => setWhy(d.value)} resize="vertical" />
            </Field>
            {status && (
              <Text as="p" role="status">
                {status}
              </Text>
            )}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>Close</Button>
            </DialogTrigger>
            <Button appearance="primary" disabledFocusable={!canSend} onClick={() => void send()}>
              {plan.send.length === 0 && props.onRefused ? 'Send to the coordinator' : 'Send minutes'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

export default DistributeDialog;
