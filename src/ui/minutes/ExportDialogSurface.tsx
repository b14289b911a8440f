import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Radio,
  RadioGroup,
  Textarea,
} from '@fluentui/react-components';

import type { DocumentLanguage } from '../../core/ports';
import { useT } from '../i18n/I18nProvider';

export type ExportDialogSurfaceProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The dialog's title, as its button says, e.g. "Export minutes (.docx)". */
  label: string;
  reason: string;
  onReason: (reason: string) => void;
  language: DocumentLanguage;
  onLanguage: (language: DocumentLanguage) => void;
  problem: string | undefined;
  busy: boolean;
  onExport: () => void;
};

/**
 * The export's dialog, loaded when its button is first pointed at, focused or pressed (`ExportDialog`),
 * so a page that shows the button carries no dialog, nor Fluent's focus management, until then.
 */
export default function ExportDialogSurface(props: ExportDialogSurfaceProps) {
  const t = useT();
  return (
    <Dialog open={props.open} onOpenChange={(_, d) => props.onOpenChange(d.open)}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{props.label}</DialogTitle>
          <DialogContent>
            <Field
              label={t('minutes.export.reason')}
              hint={t('minutes.export.reasonHint')}
              required
              validationMessage={props.problem}
            >
              <Textarea
                value={props.reason}
                maxLength={1000}
                onChange={(_, d) => props.onReason(d.value)}
                resize="vertical"
              />
            </Field>
            <Field label={t('documents.language.label')}>
              <RadioGroup value={props.language} onChange={(_, d) => props.onLanguage(d.value as DocumentLanguage)}>
                <Radio value="en-GB" label={t('documents.language.english')} />
                <Radio value="cy-GB" label={t('documents.language.welsh')} />
              </RadioGroup>
            </Field>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => props.onOpenChange(false)}>{t('minutes.export.cancel')}</Button>
            <Button appearance="primary" disabled={props.busy} onClick={props.onExport}>
              {t('minutes.export.export')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
