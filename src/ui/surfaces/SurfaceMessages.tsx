import { Text } from '@fluentui/react-components';
import { useEffect } from 'react';

import { isMessage, type Message } from '../../i18n/message';
import { useT } from '../i18n/I18nProvider';
import { markInteractive } from './interactive';

/** What a surface shows while it is still reading its data: Fluent's spinner, or anything marked busy. */
const BUSY = '.fui-Spinner, [aria-busy="true"]';

/**
 * Rendered beside a surface's content (inside the same Suspense boundary), so it commits only once
 * the content has; then, once the surface's main region shows no spinner (a gate still checking, a
 * list still reading), tells browser tests and benchmarks the surface is interactive.
 */
export function SurfaceReady() {
  useEffect(() => {
    if (document.body.dataset.ready === 'true') {
      markInteractive();
      return undefined;
    }
    const region = document.querySelector('main') ?? document.body;
    const settle = (): boolean => {
      if (region.querySelector(BUSY)) return false;
      document.body.dataset.ready = 'true';
      if (typeof performance.mark === 'function') performance.mark('app-interactive');
      markInteractive();
      return true;
    };
    if (settle()) return undefined;
    const observer = new MutationObserver(() => {
      if (settle()) observer.disconnect();
    });
    observer.observe(region, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'aria-busy'],
    });
    return () => observer.disconnect();
  }, []);
  return null;
}

/** Shown while a lazily loaded part of the surface arrives. */
export function Loading() {
  const t = useT();
  return <Text role="status">{t('surfaces.loading')}</Text>;
}

/** Shown where a surface needs a case and none is linked. */
export function NoCaseBound() {
  const t = useT();
  return (
    <Text as="p" role="status">
      <SurfaceReady />
      {t('surfaces.noCaseBound')}
    </Text>
  );
}

/** Shown where a surface needs a panel meeting and none is linked. */
export function NoMeetingBound() {
  const t = useT();
  return (
    <Text as="p" role="status">
      <SurfaceReady />
      {t('surfaces.noMeetingBound')}
    </Text>
  );
}

/**
 * Shown instead of the whole surface when the access policy refuses the bound case: nothing of the
 * case is loaded, and the message says whom to ask.
 */
export function NotOnCase({ message }: { message: Message | string }) {
  const t = useT();
  return (
    <section aria-labelledby="not-on-case-title">
      <SurfaceReady />
      <Text as="h2" id="not-on-case-title" size={500} weight="semibold" block>
        {t('surfaces.notOnCase.title')}
      </Text>
      <Text as="p" role="alert" block>
        {isMessage(message) ? t(message) : message}
      </Text>
    </section>
  );
}
