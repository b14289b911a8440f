/** @jest-environment jsdom */
import { Spinner } from '@fluentui/react-components';
import { act, render } from '@testing-library/react';

import { SurfaceReady } from '../../../src/ui/surfaces/SurfaceMessages';

function Surface({ checking }: { checking: boolean }) {
  return (
    <main>
      {checking ? <Spinner label="Checking your confidentiality acknowledgement" /> : <button>I agree</button>}
      <SurfaceReady />
    </main>
  );
}

describe('surface readiness', () => {
  beforeEach(() => {
    delete document.body.dataset.ready;
  });

  it('is not interactive while the content still shows a spinner, and is once the spinner has gone', async () => {
    const view = render(<Surface checking />);
    expect(document.body.dataset.ready).toBeUndefined();

    view.rerender(<Surface checking={false} />);
    await act(async () => undefined);
    expect(document.body.dataset.ready).toBe('true');
  });

  it('is interactive at once when the content shows no spinner', () => {
    render(<Surface checking={false} />);
    expect(document.body.dataset.ready).toBe('true');
  });
});
