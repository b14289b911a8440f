import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The folder layout is the architecture: main → ui → app → core ← adapters. Only the composition
 * root (main) wires adapters; each layer imports only the layers below it, type-only imports
 * included; the core imports no vendor SDK, and no module takes part in an import cycle.
 */
const root = resolve(__dirname, '../..');
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Static and dynamic import specifiers; `typeOnly` includes type-only imports (they vanish at build time, but still couple layers). */
function importsOf(file: string, typeOnly: boolean): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  const re = typeOnly
    ? /(?:^|\n)\s*(?:import|export)\s+(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g
    : /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) specs.push((m[1] ?? m[2]) as string);
  return specs;
}

function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this candidate
    }
  }
  return undefined;
}

const files = sourceFiles(src);
const graph = new Map(files.map((f) => [f, importsOf(f, false)]));
const allImports = new Map(files.map((f) => [f, importsOf(f, true)]));
const layerOf = (file: string) => relative(src, file).split(/[\\/]/)[0];

/** What each layer may import besides itself. Anything not listed is refused, type-only imports included. */
const allowed: Record<string, readonly string[]> = {
  // The message catalogues and the translator: every layer may speak, so this one imports none of them.
  i18n: [],
  // The core says what it means as messages (`i18n/message.ts`), never in one language.
  core: ['i18n'],
  adapters: ['core', 'i18n'],
  app: ['core', 'i18n'],
  ui: ['app', 'core', 'i18n'],
  main: ['ui', 'app', 'core', 'adapters', 'i18n'],
  // The host harness emulates Teams: the core's host types and the demo people to sign in as.
  harness: ['core', 'adapters', 'i18n'],
  benchmarkBaseline: [],
};

/** The one part of the i18n layer the core uses: the type of a message and `msg`, no catalogue and no formatter. */
const messageVocabulary = join(src, 'i18n', 'message.ts');

/** The harness loads the addresses the packaged manifest declares, so it reads the manifest itself. */
const packagedManifest = join(root, 'manifest', 'manifest.json');

describe('architecture', () => {
  it('lets each layer import only the layers below it, type-only imports included', () => {
    const offences: string[] = [];
    for (const [file, specs] of allImports) {
      const layer = layerOf(file) as string;
      const may = allowed[layer];
      if (!may) {
        offences.push(`${relative(root, file)} is in no known layer`);
        continue;
      }
      for (const spec of specs) {
        const target = resolveLocal(file, spec);
        if (!target) continue;
        if (layer === 'harness' && target === packagedManifest) continue;
        const to = layerOf(target) as string;
        if (to !== layer && !may.includes(to)) {
          offences.push(`${relative(root, file)} (${layer}) imports ${spec} (${to})`);
        }
      }
    }
    expect(offences).toEqual([]);
  });

  it('lets the harness reach no adapter but the demo data', () => {
    const offences: string[] = [];
    for (const [file, specs] of allImports) {
      if (layerOf(file) !== 'harness') continue;
      for (const spec of specs) {
        const target = resolveLocal(file, spec);
        if (target && layerOf(target) === 'adapters' && !target.endsWith(join('local', 'demoData.ts'))) {
          offences.push(`${relative(root, file)} imports ${spec}`);
        }
      }
    }
    expect(offences).toEqual([]);
  });

  it('keeps the core free of outer layers and vendor SDKs', () => {
    const offences: string[] = [];
    for (const [file, specs] of allImports) {
      if (layerOf(file) !== 'core') continue;
      for (const spec of specs) {
        const target = resolveLocal(file, spec);
        const outer = target && layerOf(target) !== 'core' && target !== messageVocabulary;
        const vendor = !spec.startsWith('.') && spec !== 'zod';
        if (outer || vendor) offences.push(`${relative(root, file)} imports ${spec}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('lets only the host adapter import teams-js and only the identity adapter import MSAL', () => {
    const offences: string[] = [];
    for (const [file, specs] of graph) {
      const rel = relative(src, file);
      if (rel.startsWith('benchmarkBaseline')) continue; // the benchmark baseline page measures teams-js on its own
      if (specs.includes('@microsoft/teams-js') && !rel.startsWith(join('adapters', 'host'))) offences.push(rel);
      if (specs.includes('@azure/msal-browser') && !rel.startsWith(join('adapters', 'identity'))) offences.push(rel);
    }
    expect(offences).toEqual([]);
  });

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'visiting');
      stack.push(file);
      for (const spec of graph.get(file) ?? []) {
        const target = resolveLocal(file, spec);
        if (!target || !graph.has(target)) continue;
        if (state.get(target) === 'visiting') {
          cycles.push(
            stack
              .slice(stack.indexOf(target))
              .concat(target)
              .map((f) => relative(src, f))
              .join(' → '),
          );
        } else if (!state.has(target)) visit(target);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
