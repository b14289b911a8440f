import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as ts from 'typescript';

import { ALWAYS_LOADED, AREAS, areaOfKey, type Area } from '../../../src/i18n/areas';
import { en } from '../../../src/i18n/messages/en';
import { viewAreas } from '../../../src/ui/surfaces/viewAreas';

/**
 * Every message key a lazily loaded view can say, as far as its own code and the hooks and use cases
 * it calls name it, lies in an area the view loads (`viewAreas`) or one every page carries. The walk
 * follows the view's imports through `src/ui` and `src/app` (static and lazy), stopping at another
 * view, which is checked by itself. The core's messages (problems, refusals) are not walked: its
 * modules name most areas for the screens that show them, and a message said without its area is
 * reported at run time, which the pseudo-locale browser test fails on.
 */
const root = resolve(__dirname, '../../..');

/** Each view's module, by its name in `viewAreas`. */
const viewModules: Record<keyof typeof viewAreas, string> = {
  acknowledgementGate: 'src/ui/confidentiality/AcknowledgementGate.tsx',
  sidePanelRunner: 'src/ui/minutes/SidePanelRunner.tsx',
  minutesEditor: 'src/ui/minutes/MinutesEditor.tsx',
  stageView: 'src/ui/minutes/StageView.tsx',
  myActions: 'src/ui/actions/MyActionsPage.tsx',
  panels: 'src/ui/register/PanelsHome.tsx',
  siteSetup: 'src/ui/scheduling/SiteSetup.tsx',
  casePanels: 'src/ui/scheduling/PanelsPage.tsx',
  caseDialogs: 'src/ui/cases/CaseLifecycleActions.tsx',
  coordinatorActions: 'src/ui/actions/CoordinatorActionsPage.tsx',
  mailOutbox: 'src/ui/actions/MailOutboxPage.tsx',
  accessibility: 'src/ui/surfaces/accessibility/AccessibilityStatement.tsx',
  audit: 'src/ui/audit/AuditPage.tsx',
};

/** The case dialogs are four modules behind one name. */
const alsoCaseDialogs = [
  'src/ui/cases/IdentifyNominalDialog.tsx',
  'src/ui/cases/ReferralDialog.tsx',
  'src/ui/cases/ScreeningDialog.tsx',
  'src/ui/cases/ReferralDecisionDialog.tsx',
];

const keys = Object.keys(en);
/** A key written whole (`'cases.level.title'`), or the start of one built in a template (`` `actions.status.${s}` ``). */
const keyPattern = /['"`]((?:[A-Za-z0-9_]+\.)+[A-Za-z0-9_]*)(['"`]|\$\{)/g;

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx'), base].find(
    (candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate),
  );
}

/** The areas the keys named in a view's code belong to, with where each was first seen. */
function areasNamed(start: string, otherViews: ReadonlySet<string>): Map<Area, string> {
  const found = new Map<Area, string>();
  const seen = new Set<string>();
  const stack = [resolve(root, start)];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, named, end] of text.matchAll(keyPattern)) {
      const whole = end !== '${';
      for (const key of whole ? [named!].filter((k) => k in en) : keys.filter((k) => k.startsWith(named!))) {
        const area = areaOfKey(key);
        if (area && !found.has(area)) found.set(area, `${relative(root, file)} names ${key}`);
      }
    }
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      const next = resolveImport(file, fileName);
      if (next && /[\\/]src[\\/](ui|app)[\\/]/.test(next) && !otherViews.has(next)) stack.push(next);
    }
  }
  return found;
}

describe('the catalogue areas each view loads', () => {
  const views = new Set([...Object.values(viewModules), ...alsoCaseDialogs].map((file) => resolve(root, file)));

  it.each(Object.entries(viewModules))('%s loads every area its code names', (name, file) => {
    const loads = new Set<Area>([...ALWAYS_LOADED, ...viewAreas[name as keyof typeof viewAreas]]);
    const starts = name === 'caseDialogs' ? [file, ...alsoCaseDialogs] : [file];
    const missing = starts.flatMap((start) =>
      [...areasNamed(start, new Set([...views].filter((v) => !v.endsWith(start))))]
        .filter(([area]) => !loads.has(area))
        .map(([area, where]) => `${area} (${where})`),
    );
    expect(missing).toEqual([]);
  });

  it('names every view module the surfaces load lazily', () => {
    const declared = new Set(Object.values(viewModules));
    const lazyViews: string[] = [];
    for (const file of [
      'src/ui/surfaces/sidePanel/SidePanelSurface.tsx',
      'src/ui/surfaces/stage/StageSurface.tsx',
      'src/ui/surfaces/meetingTab/MeetingTabSurface.tsx',
      'src/ui/surfaces/personal/PersonalSurface.tsx',
      'src/ui/surfaces/meetingParts.ts',
      'src/ui/surfaces/personal/routePages.ts',
      'src/ui/register/PanelsHome.tsx',
    ]) {
      const text = readFileSync(resolve(root, file), 'utf8');
      for (const [, specifier] of text.matchAll(
        /preloadable(?:<[^>]*>)?\(\s*\(\) => import\((?:\/\*[^*]*\*\/ )?'([^']+)'\)/g,
      )) {
        lazyViews.push(relative(root, resolveImport(resolve(root, file), specifier!)!));
      }
    }
    expect(lazyViews.filter((view) => !declared.has(view))).toEqual([]);
    expect(lazyViews.length).toBeGreaterThanOrEqual(10);
  });

  it('keeps every key in the area its name begins with', () => {
    expect(keys.filter((key) => areaOfKey(key) === undefined)).toEqual([]);
    expect(AREAS.length).toBeGreaterThan(ALWAYS_LOADED.length);
  });
});
