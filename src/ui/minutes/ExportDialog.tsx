import { Button } from '@fluentui/react-components';
import { memo, Suspense, useState } from 'react';

import type { DocumentLanguage } from '../../core/ports';
import { useT } from '../i18n/I18nProvider';
import { preloadable } from '../surfaces/preloadable';
import { useDialogOnDemand } from '../surfaces/useDialogOnDemand';
import type { ExportDialogSurfaceProps } from './ExportDialogSurface';

// Its messages are those of the views that show the button, loaded with them.
const ExportDialogSurface = preloadable<ExportDialogSurfaceProps>(() => import('./ExportDialogSurface'), []);

/**
 * An export asks why before the file is made: the reason, in the person's own words, goes into the
 * audit line with who, when and what.
 *
 * The dialog's code loads when the button is first pointed at, focused or pressed, and it is mounted
 * from its first opening only (`useDialogOnDemand`).
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
  const { open, setOpen, shown, opener } = useDialogOnDemand();
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
    <>
      <Button
        ref={opener}
        onClick={() => setOpen(true)}
        onPointerEnter={ExportDialogSurface.warm}
        onFocus={ExportDialogSurface.warm}
      >
        {label}
      </Button>
      {shown && (
        <Suspense fallback={null}>
          <ExportDialogSurface
            open={open}
            onOpenChange={setOpen}
            label={label}
            reason={reason}
            onReason={setReason}
            language={language}
            onLanguage={setLanguage}
            problem={problem}
            busy={busy}
            onExport={() => void run()}
          />
        </Suspense>
      )}
    </>
  );
});
