/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';

import { preloadable } from '../../../src/ui/surfaces/preloadable';

const View = ({ name }: { name: string }) => <p>Hello {name}</p>;

/** A view whose code fails to load the first time (offline) and loads after that. */
function failingFirstTime() {
  let attempts = 0;
  const Flaky = preloadable(() => {
    attempts += 1;
    return attempts === 1
      ? Promise.reject<{ default: typeof View }>(new Error('offline'))
      : Promise.resolve({ default: View });
  }, []);
  return { Flaky, attempts: () => attempts };
}

describe('preloadable views', () => {
  it('renders a preloaded view at once, with no fallback first', async () => {
    const Preloaded = preloadable(() => Promise.resolve({ default: View }), []);
    await Preloaded.preload();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Preloaded name="Helen" />
      </Suspense>,
    );
    expect(screen.getByText('Hello Helen')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('suspends like React.lazy when the view was not preloaded', async () => {
    const Later = preloadable(() => Promise.resolve({ default: View }), []);
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Later name="Dan" />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByText('Hello Dan')).toBeInTheDocument();
  });

  it('lets a failed preload be tried again', async () => {
    const { Flaky } = failingFirstTime();
    await expect(Flaky.preload()).rejects.toThrow('offline');
    await Flaky.preload();
    render(<Flaky name="Jo" />);
    expect(screen.getByText('Hello Jo')).toBeInTheDocument();
  });

  it('warms on a sign of intent: loads once, and leaves a failure for the render to report', async () => {
    const { Flaky, attempts } = failingFirstTime();
    Flaky.warm();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(attempts()).toBe(1);
    Flaky.warm();
    Flaky.warm();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(attempts()).toBe(2);
    render(<Flaky name="Ann" />);
    expect(screen.getByText('Hello Ann')).toBeInTheDocument();
  });
});
