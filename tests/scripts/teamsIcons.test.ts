import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { encodePng, encodePngRgba } from '../../src/report/formats/pngEncoder';
import { DASHBOARD_COMPONENT_ID, MY_MILESTONES_COMPONENT_ID, MY_UPDATES_COMPONENT_ID } from '../../src/teams/teamsApps';
import { colourIcon, iconFiles, outlineIcon } from '../../scripts/teams/icons';
import { pngHeader, readPng } from '../../scripts/teams/png';

const root = join(__dirname, '..', '..');

describe('PNG encoder and reader', () => {
  test('an RGB image reads back pixel for pixel, opaque', () => {
    const rgb = Uint8Array.from({ length: 5 * 3 * 3 }, (_, i) => (i * 37) % 256);
    const image = readPng(encodePng(5, 3, rgb));
    expect([image.width, image.height, image.colourType]).toEqual([5, 3, 2]);
    expect(Array.from(image.rgba.filter((_, i) => i % 4 !== 3))).toEqual(Array.from(rgb));
    expect(image.rgba.filter((_, i) => i % 4 === 3).every((alpha) => alpha === 255)).toBe(true);
  });

  test('an RGBA image keeps its alpha', () => {
    const rgba = Uint8Array.from({ length: 4 * 4 * 4 }, (_, i) => (i * 53) % 256);
    const image = readPng(encodePngRgba(4, 4, rgba));
    expect(image.colourType).toBe(6);
    expect(Array.from(image.rgba)).toEqual(Array.from(rgba));
  });

  test.each([
    ['RGB', (): Uint8Array => encodePng(2, 2, new Uint8Array(11))],
    ['RGBA', (): Uint8Array => encodePngRgba(2, 2, new Uint8Array(15))]
  ])('refuses %s pixels of the wrong length', (_, encode) => {
    expect(encode).toThrow(RangeError);
  });

  test('refuses what is not a PNG', () => {
    expect(() => pngHeader(new TextEncoder().encode('GIF89a and then some more bytes to be long enough'))).toThrow(/Not a PNG/);
  });
});

describe('Teams icons', () => {
  const files = iconFiles({ myMilestones: MY_MILESTONES_COMPONENT_ID, dashboard: DASHBOARD_COMPONENT_ID, myUpdates: MY_UPDATES_COMPONENT_ID });

  test.each(Object.keys(files))('%s is committed as drawn (run `npm run teams:icons` after changing a symbol)', (path) => {
    expect(Buffer.compare(readFileSync(join(root, path)), Buffer.from(files[path]))).toBe(0);
  });

  test.each(['flag', 'flagWithBadge', 'bars', 'lines'] as const)('the %s colour icon is 192 × 192, opaque, white on the accent colour', (symbol) => {
    const image = readPng(colourIcon(symbol));
    expect([image.width, image.height]).toEqual([192, 192]);
    const colours = new Set<string>();
    for (let i = 0; i < image.rgba.length; i += 4) colours.add(Array.from(image.rgba.subarray(i, i + 3)).join());
    expect(colours.has('255,255,255')).toBe(true);
    expect(colours.has('0,85,107')).toBe(true);
    expect(image.rgba.filter((_, i) => i % 4 === 3).every((alpha) => alpha === 255)).toBe(true);
  });

  test.each(['flag', 'flagWithBadge', 'bars', 'lines'] as const)('the %s outline icon is 32 × 32, white on transparent, with a clear border', (symbol) => {
    const image = readPng(outlineIcon(symbol));
    expect([image.width, image.height, image.colourType]).toEqual([32, 32, 6]);
    let opaque = 0;
    for (let i = 0; i < image.rgba.length; i += 4) {
      const [r, g, b, a] = Array.from(image.rgba.subarray(i, i + 4));
      if (a) expect([r, g, b]).toEqual([255, 255, 255]);
      if (a === 255) opaque++;
      const x = (i / 4) % 32;
      const y = Math.floor(i / 4 / 32);
      if (x === 0 || y === 0 || x === 31 || y === 31) expect(a).toBe(0);
    }
    expect(opaque).toBeGreaterThan(32);
  });
});

describe('Teams icons for SharePoint\'s own Teams apps', () => {
  const config = JSON.parse(readFileSync(join(root, 'config', 'config.json'), 'utf8'));
  const manifests = Object.keys(config.bundles)
    .flatMap((bundle) => config.bundles[bundle].components.map((component: { manifest: string }) => component.manifest))
    .map((path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')))
    .filter((manifest) => manifest.supportedHosts.some((host: string) => host.indexOf('Teams') === 0));

  test('cover My milestones, the dashboard and My updates', () => {
    expect(manifests.map((manifest) => manifest.id).sort()).toEqual([DASHBOARD_COMPONENT_ID, MY_MILESTONES_COMPONENT_ID, MY_UPDATES_COMPONENT_ID].sort());
  });

  test('teams/ holds nothing else in git: package-solution ships every file in it (TeamsSPFxApp.zip is written when packaging)', () => {
    const expected = manifests.flatMap((manifest) => [`${manifest.id}_color.png`, `${manifest.id}_outline.png`]);
    const present = readdirSync(join(root, 'teams')).filter((file) => file !== 'TeamsSPFxApp.zip');
    expect(present.sort()).toEqual(expected.sort());
  });

  test.each(manifests.map((manifest) => [manifest.alias, manifest.id]))('%s has teams/%s_color.png (192 × 192) and _outline.png (32 × 32)', (_, id) => {
    expect(pngHeader(readFileSync(join(root, 'teams', `${id}_color.png`)))).toMatchObject({ width: 192, height: 192 });
    expect(pngHeader(readFileSync(join(root, 'teams', `${id}_outline.png`)))).toMatchObject({ width: 32, height: 32, colourType: 6 });
  });
});
