/** @jest-environment jsdom */
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';

import { fluentThemeFor } from '../../../src/ui/theme/themes';

describe('theme mapping', () => {
  it('maps each host theme to the matching Teams Fluent theme', () => {
    expect(fluentThemeFor('light')).toBe(teamsLightTheme);
    expect(fluentThemeFor('dark')).toBe(teamsDarkTheme);
    expect(fluentThemeFor('highContrast')).toBe(teamsHighContrastTheme);
  });
});
