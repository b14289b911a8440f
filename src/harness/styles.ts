/**
 * The harness's own look. CSS system colours only (Canvas, CanvasText, …), which follow the
 * colour scheme the chosen theme sets, so the frame around a surface darkens with it as Teams does.
 * Frame sizes are Teams's: side panel 320 px with a 280 px content frame, stage 918 × 540.
 */
export const HARNESS_CSS = `
:root { font-family: system-ui, "Segoe UI", sans-serif; font-size: 14px; }
body { margin: 0; background: Canvas; color: CanvasText; }
.harness { display: flex; flex-direction: column; min-height: 100vh; }
.toolbar { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; padding: 8px 16px; border-bottom: 1px solid CanvasText; }
.toolbar h1 { font-size: 16px; margin: 0 8px 4px 0; }
.field { display: flex; flex-direction: column; gap: 2px; }
.field label { font-weight: 600; }
select, button { font: inherit; padding: 4px 8px; color: ButtonText; background: ButtonFace; border: 1px solid ButtonText; border-radius: 4px; }
button:disabled { color: GrayText; border-color: GrayText; }
select:focus-visible, button:focus-visible, a:focus-visible { outline: 2px solid Highlight; outline-offset: 2px; }
a { color: LinkText; }
.direct { margin-bottom: 6px; }
.notices:empty { display: none; }
.notice { margin: 8px 16px; padding: 8px; border: 1px solid CanvasText; }
.frames { display: flex; flex-wrap: wrap; gap: 16px; padding: 16px; align-items: flex-start; }
.surface { border: 1px solid CanvasText; border-radius: 4px; }
iframe { display: block; border: 0; background: Canvas; }
.surface-sidePanel { width: 320px; box-sizing: border-box; padding: 0 20px; }
.frame-sidePanel { width: 280px; height: calc(100vh - 140px); min-height: 480px; }
.frame-meetingStage { width: 918px; height: 540px; max-width: 100%; }
.surface-meetingTab, .surface-personal { flex: 1 1 100%; }
.frame-meetingTab, .frame-personal { width: 100%; height: calc(100vh - 140px); min-height: 480px; }
.surface-configuration { width: 720px; max-width: 100%; }
.frame-configuration { width: 100%; height: 460px; }
.dialog-footer { display: flex; justify-content: space-between; align-items: center; gap: 16px; padding: 8px 16px; border-top: 1px solid CanvasText; }
.status { overflow-wrap: anywhere; }
.panel-header { display: flex; justify-content: flex-end; padding: 4px 0; }
.surface-stage h2 { font-size: 14px; margin: 8px 12px 0; }
.shared-url { margin: 4px 12px 8px; overflow-wrap: anywhere; }
.harness[data-theme="contrast"] .surface, .harness[data-theme="contrast"] .toolbar { border-width: 2px; }
`;
