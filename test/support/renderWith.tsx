import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

import { ServicesProvider } from '../../src/app/ServicesProvider';
import type { Services } from '../../src/app/services';

/** Renders a screen as a surface would: inside the Fluent theme and the services. */
export function renderWith(services: Services, ui: ReactElement) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services}>{ui}</ServicesProvider>
    </FluentProvider>,
  );
}
