import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme as FluentTheme,
} from '@fluentui/react-components';

import type { Theme } from '../../core/host';

const themes: Record<Theme, FluentTheme> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  highContrast: teamsHighContrastTheme,
};

/** The Fluent theme that matches the host's theme, so the app looks native in Teams and Outlook. */
export const fluentThemeFor = (theme: Theme): FluentTheme => themes[theme];
