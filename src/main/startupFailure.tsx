import type { Root } from 'react-dom/client';

/** The page's message when the app cannot start: `detail` says what to fix, else a general instruction. */
export function renderStartupFailure(root: Root, detail: string | undefined): void {
  root.render(
    <div role="alert">
      <h1>MAPPA Panel could not start</h1>
      <p>{detail ?? 'Reload the page to try again.'}</p>
    </div>,
  );
}
