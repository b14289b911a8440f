/** @jest-environment jsdom */
import { Spinner } from '@fluentui/react-components';
import { act, render } from '@testing-library/react';

import { afterFirstScreen } from '../../../src/ui/surfaces/preloadable';
import { SurfaceReady } from '../../../src/ui/surfaces/SurfaceMessages';

function Surface({ checking }: { checking: boolean }) {
  return (
    <main>
      {checking ? <Spinner label="Checking your confidentiality acknowledgement" /> : <button>I agree</button>}
      <SurfaceReady />
    </main>
  );
}

/** Longer than the idle wait where the browser cannot say when it is idle (jsdom has no requestIdleCallback). */
const pastIdle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 300)));

describe('the code behind the next screen', () => {
  it('loads only once the first screen is interactive, and not at all once called off', async () => {
    const nextScreen = jest.fn();
    const calledOff = jest.fn();
    afterFirstScreen(nextScreen);
    const callOff = afterFirstScreen(calledOff);

    const view = render(<Surface checking />);
    await pastIdle();
    expect(nextScreen).not.toHaveBeenCalled();

    callOff();
    view.rerender(<Surface checking={false} />);
    await pastIdle();
    expect(document.body.dataset.ready).toBe('true');
    expect(nextScreen).toHaveBeenCalledTimes(1);
    expect(calledOff).not.toHaveBeenCalled();

    // Asked for after the surface became interactive, it still waits for the page to be idle, then runs.
    const later = jest.fn();
    afterFirstScreen(later);
    expect(later).not.toHaveBeenCalled();
    await pastIdle();
    expect(later).toHaveBeenCalledTimes(1);
  });
});
