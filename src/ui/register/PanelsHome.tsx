import { useCallback, useEffect, useState } from 'react';

import { parseRegisterQuery, registerQueryString, type RegisterQuery } from '../../core/cases/register';
import { ModalSupportScope } from '../cases/modalSupport';
import type { PanelsPageProps } from '../scheduling/PanelsPage';
import { preloadable } from '../surfaces/preloadable';
import { viewAreas } from '../surfaces/viewAreas';
import { RegisterPage } from './RegisterPage';

/** One case's panels (scheduling and its dialogs): loaded when a case is opened, not with the register. */
const PanelsPage = preloadable<PanelsPageProps>(() => import('../scheduling/PanelsPage'), viewAreas.casePanels);

/** The register's filter from the address: the part of `#/panels?…` after the question mark. */
function queryFromAddress(): RegisterQuery {
  const { hash } = window.location;
  const at = hash.indexOf('?');
  return parseRegisterQuery(at >= 0 ? hash.slice(at) : '');
}

const addressFor = (query: RegisterQuery): string => `#/panels${registerQueryString(query)}`;

const without = (query: RegisterQuery): RegisterQuery => {
  const { case: _opened, ...rest } = query;
  return rest;
};

/**
 * The Panels tab's home: the case register, and over it the panels of the case opened from it. The
 * address keeps the filter, so a reload, a shared link or the browser's Back returns to the same view.
 */
export default function PanelsHome() {
  const [query, setQuery] = useState(queryFromAddress);
  useEffect(() => {
    const follow = () => setQuery(queryFromAddress());
    window.addEventListener('hashchange', follow);
    window.addEventListener('popstate', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
      window.removeEventListener('popstate', follow);
    };
  }, []);

  // Filtering replaces the address rather than adding to the history: Back leaves the register, not each keystroke.
  const change = useCallback((next: RegisterQuery) => {
    setQuery(next);
    window.history.replaceState(window.history.state, '', addressFor(next));
  }, []);
  const caseHref = useCallback((caseId: string) => addressFor({ ...query, case: caseId }), [query]);

  // The lifecycle dialogs of the register and of a case's panels share one hold on tabster's modal support.
  return (
    <ModalSupportScope>
      {query.case ? (
        <PanelsPage key={query.case} caseId={query.case} backHref={addressFor(without(query))} />
      ) : (
        <RegisterPage query={query} onQuery={change} caseHref={caseHref} />
      )}
    </ModalSupportScope>
  );
}
