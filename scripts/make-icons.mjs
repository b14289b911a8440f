// Draws the app icons into assets/: color.png (192x192, full colour) and outline.png (32x32, white on
// transparent), as the Teams app package requires. The glyph is three agencies joined around a panel.
// Copies also go beside manifest/manifest.json, where the Agents Toolkit's zipAppPackage looks for them.
// Copies also go beside manifest/manifest.json, where the Agents Toolkit's zipAppPackage looks for them.
// Run with `node scripts/make-icons.mjs`; the PNGs are committed, so this only runs when the design changes.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// The manifest's accentColor, so the colour icon and the tile behind it match.
const ACCENT = [0x46, 0x47, 0x8c];
const WHITE = [255, 255, 255];

/** Shapes in unit coordinates (0..1 across the icon). */
const agencies = [
  [0.5, 0.25],
  [0.26, 0.67],
  [0.74, 0.67],
];
const shapes = [
  ...agencies.map(([x, y]) => ({ kind: 'circle', x, y, r: 0.105 })),
  { kind: 'circle', x: 0.5, y: 0.53, r: 0.075 },
  ...agencies.map(([x, y]) => ({ kind: 'segment', x1: x, y1: y, x2: 0.5, y2: 0.53, w: 0.055 })),
];

function distanceToSegment(px, py, { x1, y1, x2, y2 }) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}

function inside(px, py) {
  return shapes.some((s) =>
    s.kind === 'circle' ? Math.hypot(px - s.x, py - s.y) <= s.r : distanceToSegment(px, py, s) <= s.w / 2,
  );
}

/** Fraction of a pixel covered by the glyph, by 5x5 supersampling, so edges are smooth at 32 px. */
function coverage(x, y, size) {
  const n = 5;
  let hits = 0;
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) {
      if (inside((x + (i + 0.5) / n) / size, (y + (j + 0.5) / n) / size)) hits += 1;
    }
  }
  return hits / (n * n);
}

function draw(size, paint) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const [r, g, b, a] = paint(coverage(x, y, size));
      const i = (y * size + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = a;
    }
  }
  return PNG.sync.write(png);
}

const mix = (from, to, t) => from.map((c, k) => Math.round(c + (to[k] - c) * t));

const icons = {
  // Colour: white glyph on a full-bleed accent square (Teams rounds the corners itself).
  'color.png': draw(192, (c) => [...mix(ACCENT, WHITE, c), 255]),
  // Outline: only white, with the glyph's coverage as alpha.
  'outline.png': draw(32, (c) => [...WHITE, Math.round(c * 255)]),
};
for (const [name, bytes] of Object.entries(icons)) {
  writeFileSync(join(root, 'assets', name), bytes);
  writeFileSync(join(root, 'manifest', name), bytes);
}
