/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';

import { TextArea } from '../../../src/ui/minutes/fields';
import { LONG_TEXT_MAX } from '../../../src/core/shared/schemas';
import { MinutesContentSchema } from '../../../src/core/minutes/minutes.schema';

function Harness({ onValue, maxLength }: { onValue: (v: string) => void; maxLength?: number }) {
  const [v, setV] = useState('');
  return (
    <FluentProvider theme={webLightTheme}>
      <TextArea
        label="Reason"
        value={v}
        {...(maxLength === undefined ? { field: 'purpose.reason' } : { maxLength })}
        onChange={(x) => {
          setV(x);
          onValue(x);
        }}
      />
    </FluentProvider>
  );
}

describe('text field limits', () => {
  it('takes its limit from the minutes schema at the field it edits', () => {
    const purpose = MinutesContentSchema.shape.purpose.parse({});
    expect(() =>
      MinutesContentSchema.shape.purpose.parse({ ...purpose, reason: 'x'.repeat(LONG_TEXT_MAX) }),
    ).not.toThrow();
    expect(() =>
      MinutesContentSchema.shape.purpose.parse({ ...purpose, reason: 'x'.repeat(LONG_TEXT_MAX + 1) }),
    ).toThrow();
    render(<Harness onValue={() => undefined} />);
    expect(screen.getByRole('textbox', { name: 'Reason' })).toHaveAttribute('maxlength', String(LONG_TEXT_MAX));
  });

  it('shows the count as the limit nears, and a paste past it keeps what fits and says so', () => {
    let last = '';
    render(<Harness onValue={(v) => (last = v)} maxLength={100} />);
    const box = screen.getByRole('textbox', { name: 'Reason' });
    fireEvent.change(box, { target: { value: 'a'.repeat(50) } });
    expect(screen.queryByText(/of 100 characters/)).not.toBeInTheDocument();
    fireEvent.change(box, { target: { value: 'a'.repeat(85) } });
    expect(screen.getByText('85 of 100 characters.')).toBeInTheDocument();
    fireEvent.change(box, { target: { value: 'b'.repeat(100_000) } });
    expect(last).toHaveLength(100);
    expect(
      screen.getByText(/Only the first 100 characters fit here; the last 99,900 were not added/),
    ).toBeInTheDocument();
  });
});
