import { useEffect, useState } from 'react';

import type { HostPort, Theme } from '../../core/host';

/** The host's current theme, following every change the host reports. */
export function useHostTheme(host: HostPort): Theme {
  const [theme, setTheme] = useState<Theme>(host.context.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  return theme;
}
