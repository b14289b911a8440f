import type { HostContext, HostPort, TabConfiguration, Theme } from '../../src/core/host';

/** A host the tests drive by hand: change the theme, press Save, see what the surface asked for. */
export class TestHost implements HostPort {
  readonly context: HostContext;
  readonly validity: boolean[] = [];
  readyCalls = 0;
  private themeHandlers = new Set<(t: Theme) => void>();
  private saveHandler?: () => TabConfiguration;

  constructor(context: Partial<HostContext> = {}) {
    this.context = {
      host: 'teams',
      surface: 'sidePanel',
      theme: 'light',
      locale: 'en-GB',
      capabilities: { stageSharing: false, tabConfiguration: true, nestedAppAuth: false },
      ...context,
    };
  }

  onThemeChange(handler: (theme: Theme) => void): () => void {
    this.themeHandlers.add(handler);
    return () => this.themeHandlers.delete(handler);
  }

  changeTheme(theme: Theme): void {
    for (const h of this.themeHandlers) h(theme);
  }

  /** Addresses the surface shared to the stage. */
  readonly shared: string[] = [];

  async shareToStage(url: string): Promise<void> {
    this.shared.push(url);
  }

  setConfigurationValid(valid: boolean): void {
    this.validity.push(valid);
  }

  onConfigurationSave(handler: () => TabConfiguration): void {
    this.saveHandler = handler;
  }

  /** What the host would do on Save: ask the page for its tab. */
  pressSave(): TabConfiguration {
    if (!this.saveHandler) throw new Error('The page registered no save handler');
    return this.saveHandler();
  }

  notifyReady(): void {
    this.readyCalls++;
  }
}
