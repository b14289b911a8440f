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
  Radio,
  RadioGroup,
  Textarea,
} from '@fluentui/react-components';
import { memo, useState } from 'react';

import type { DocumentLanguage } from '../../core/ports';
import { useT } from '../i18n/I18nProvider';

/**
 * An export asks why before the file is made: the reason, in the person's own words, goes into the
 * audit line with who, when and what.
 */
export const ExportDialog = memo(function ExportDialog({
  label,
  onExport,
}: {
  /** The button and the dialog's title, e.g. "Export minutes (.docx)". */
  label: string;
  /** Makes and hands over the file; resolves to a problem to show, if any. */
  onExport: (reason: string, language: DocumentLanguage) => Promise<string | undefined>;
}) {
  // The document's language: the one the app is showing unless the person picks the other.
  const t = useT();
  const [language, setLanguage] = useState<DocumentLanguage>(t.locale === 'cy-GB' ? 'cy-GB' : 'en-GB');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (!reason.trim()) return setProblem(t('minutes.export.reasonNeeded'));
    setBusy(true);
    const outcome = await onExport(reason.trim(), language);
    setBusy(false);
    setProblem(outcome);
    if (!outcome) {
      setOpen(false);
      setReason('');
    }
  };
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button>{label}</Button>
      </DialogTrigger>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{label}</DialogTitle>
          <DialogContent>
            <Field
              label={t('minutes.export.reason')}
              hint={t('minutes.export.reasonHint')}
              required
              validationMessage={problem}
            >
              <Textarea value={reason} maxLength={1000} onChange={(_, d) => setReason(d.value)} resize="vertical" />
            </Field>
            <Field label={t('documents.language.label')}>
              <RadioGroup value={language} onChange={(_, d) => setLanguage(d.value as DocumentLanguage)}>
                <Radio value="en-GB" label={t('documents.language.english')} />
                <Radio value="cy-GB" label={t('documents.language.welsh')} />
              </RadioGroup>
            </Field>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>{t('minutes.export.cancel')}</Button>
            </DialogTrigger>
            <Button appearance="primary" disabled={busy} onClick={() => void run()}>
              {t('minutes.export.export')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
});
