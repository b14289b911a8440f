import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { repoRoot, runPackage } from './packageHelpers';

describe('the sideloadable zip', () => {
  let zip: JSZip;
  const png = async (name: string): Promise<PNG> => {
    const entry = zip.file(name);
    if (!entry) throw new Error(`${name} is not in the package`);
    return PNG.sync.read(await entry.async('nodebuffer'));
  };

  beforeAll(async () => {
    const run = runPackage();
    expect(run.status).toBe(0);
    zip = await JSZip.loadAsync(readFileSync(join(run.outDir, 'appPackage.local.zip')));
  });

  it('holds exactly the manifest and both icons, at the root', () => {
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(Object.values(zip.files).some((f) => f.dir)).toBe(false);
  });

  it('names the icons the manifest points at', async () => {
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as { icons: Record<string, string> };
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
  });

  it('has a 192x192 full-colour icon', async () => {
    const color = await png('color.png');
    expect([color.width, color.height]).toEqual([192, 192]);
    const colours = new Set<string>();
    for (let i = 0; i < color.data.length; i += 4) {
      expect(color.data[i + 3]).toBe(255);
      colours.add(`${color.data[i]},${color.data[i + 1]},${color.data[i + 2]}`);
    }
    expect(colours.size).toBeGreaterThan(2);
  });

  it('has a 32x32 outline icon that is only white on a transparent background', async () => {
    const outline = await png('outline.png');
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let transparent = 0;
    let opaque = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const alpha = outline.data[i + 3]!;
      if (alpha === 0) transparent += 1;
      else expect([outline.data[i], outline.data[i + 1], outline.data[i + 2]]).toEqual([255, 255, 255]);
      if (alpha === 255) opaque += 1;
    }
    // Real transparency: the background is see-through and the glyph is drawn, not an empty square.
    expect(transparent).toBeGreaterThan(32 * 32 * 0.4);
    expect(opaque).toBeGreaterThan(32);
  });

  it('packs the committed icons unchanged, the same as the copies the Agents Toolkit reads beside the manifest', async () => {
    for (const name of ['color.png', 'outline.png']) {
      const packed = await zip.file(name)!.async('nodebuffer');
      expect(packed.equals(readFileSync(join(repoRoot, 'assets', name)))).toBe(true);
      expect(packed.equals(readFileSync(join(repoRoot, 'manifest', name)))).toBe(true);
    }
  });
});
