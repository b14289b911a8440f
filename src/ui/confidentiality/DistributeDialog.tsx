import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';

import { distributeMinutes, toBase64 } from '../../app/confidentiality/operations';
import { useServices } from '../../app/ServicesProvider';
import {
  planDistribution,
  type DistributionPlan,
  type DistributionRecipient,
  type VictimFlags,
} from '../../core/confidentiality/distribution';
import type { DistributionState } from '../../core/minutes/distributionRecord';
import { noProtectedPeople, type ProtectedIndex } from '../../core/protection/matcher';
import { english, type Translator } from '../../i18n/translator';
import { useT } from '../i18n/I18nProvider';

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
  /** Produces the finalised minutes as a .docx (marked OFFICIAL-SENSITIVE by the exporter). */
  buildDocx: () => Promise<Uint8Array>;
  fileName?: string;
  /** The case's protected people: refused by identity, as the use case will refuse them. */
  protectedPeople?: ProtectedIndex;
  /** Whether these minutes were already sent: once the latest signed version has gone, it is not sent again. */
  sent?: DistributionState;
  onDistributed?: (sent: number) => void | Promise<void>;
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
  const t = useT();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const [mounted, setMounted] = useState(false);
  // The dialog has no trigger (see below), so focus goes back to the opening button by hand.
  useEffect(() => {
    if (open) setMounted(true);
    if (wasOpen.current && !open) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const [extra, setExtra] = useState<DistributionRecipient[]>([]);
  const [address, setAddress] = useState('');
  const [why, setWhy] = useState(() => t('confidentiality.distribute.defaultWhy'));
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const sentNoteId = useId();
  const [status, setStatus] = useState<string>();
  const all = [...props.recipients, ...extra];
  const plan = planDistribution(all, services.settings, props.victimFlags, props.protectedPeople ?? noProtectedPeople);
  const sent = props.sent?.sent ? props.sent : undefined;
  const alreadySent = sent?.current === true;
  const canSend =
    !alreadySent &&
    (plan.send.length > 0 || (plan.refused.length > 0 && props.onRefused !== undefined)) &&
    why.trim() !== '' &&
    !busy;

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
      setStatus([t('confidentiality.distribute.sentTo', { count: outcome.sent }), summary].filter(Boolean).join(' '));
      await props.onDistributed?.(outcome.sent);
    } catch {
      setStatus(t('confidentiality.distribute.failed'));
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  return (
    <>
      <Button ref={opener} onClick={() => setOpen(true)}>
        {t('confidentiality.distribute.title')}
      </Button>
      {/*
        Mounted from the first opening only: a mounted Fluent Dialog starts tabster's modalizer,
        which puts focusable, aria-hidden "dummy" elements round the whole page for as long as it
        lives (microsoft/tabster#288; docs/accessibility.md). Never unmounted while open, which
        would leave the rest of the page aria-hidden.
      */}
      {(mounted || open) && (
        <Dialog modalType="non-modal" open={open} onOpenChange={(_, d) => setOpen(d.open)}>
          <DialogSurface aria-describedby={undefined}>
            <DialogBody>
              {/* Fluent adds its own close button to a non-modal dialog's title, named "close" in English
                  whatever the reader's language; the dialog's own Close button and Escape close it. */}
              <DialogTitle action={null}>{t('confidentiality.distribute.title')}</DialogTitle>
              <DialogContent className={styles.body}>
                <Text as="p">{t('confidentiality.distribute.rule')}</Text>
                {sent && (
                  <Text as="p" weight="semibold" id={sentNoteId}>
                    {sentNote(sent, services.settings.timeZone, t)}
                  </Text>
                )}
                <Text as="h3" weight="semibold">
                  {t('confidentiality.distribute.willReceiveCount', { count: plan.send.length })}
                </Text>
                <ul className={styles.list} aria-label={t('confidentiality.distribute.willReceive')}>
                  {plan.send.map((r) => (
                    <li key={r.email}>
                      <Text>{t('confidentiality.distribute.recipient', { name: r.name, email: r.email })}</Text>
                    </li>
                  ))}
                </ul>
                {plan.refused.length > 0 && (
                  <>
                    <Text as="h3" weight="semibold">
                      {t('confidentiality.distribute.willNotReceiveCount', { count: plan.refused.length })}
                    </Text>
                    <ul className={styles.list} aria-label={t('confidentiality.distribute.willNotReceive')}>
                      {plan.refused.map((r, i) => (
                        <li key={`${r.recipient.email}-${i}`}>
                          <Text className={styles.refused}>
                            {t('confidentiality.distribute.refusedRecipient', {
                              name: r.recipient.name,
                              email: r.recipient.email,
                              why: t(r.says),
                            })}
                          </Text>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                <div className={styles.row}>
                  <Field label={t('confidentiality.distribute.addAddress')}>
                    <Input type="email" value={address} onChange={(_, d) => setAddress(d.value)} />
                  </Field>
                  <Button onClick={add}>{t('confidentiality.distribute.add')}</Button>
                </div>
                <Field
                  label={t('confidentiality.distribute.why')}
                  required
                  validationMessage={why.trim() ? undefined : t('confidentiality.distribute.whyMissing')}
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
                <Button onClick={() => setOpen(false)}>{t('confidentiality.distribute.close')}</Button>
                <Button
                  appearance="primary"
                  disabledFocusable={!canSend}
                  aria-describedby={sent ? sentNoteId : undefined}
                  onClick={() => void send()}
                >
                  {plan.send.length === 0 && props.onRefused
                    ? t('confidentiality.distribute.sendToCoordinator')
                    : t('confidentiality.distribute.send')}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </>
  );
}

/** When the minutes went, and whether a later correction still has to be sent. */
export function sentNote(
  sent: Extract<DistributionState, { sent: true }>,
  timeZone: string,
  t: Translator = english(),
): string {
  const when = t.date(sent.at, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  return sent.current
    ? t('confidentiality.distribute.sentCurrent', { when, version: sent.version })
    : t('confidentiality.distribute.sentOlder', { when, version: sent.version, latest: sent.latestVersion });
}

export default DistributeDialog;
