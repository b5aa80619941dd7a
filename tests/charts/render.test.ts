/**
 * The rendered charts: the same bytes on every run, different bytes when the data differs, a 2x
 * PNG with nothing in it but pixels, and text measured as the shipped font draws it. Renders the
 * full chart set three times in all (two cores: keep it so).
 */
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Artifact } from '../../src/artifact.js';
import { createCatalog } from '../../src/catalog/catalog.js';
import { fontFiles, fontMetrics, textWidth } from '../../src/charts/font.js';
import { chartArtifacts } from '../../src/charts/index.js';
import { seedDatasets } from './fixtures.js';

const bytes = (a: Artifact) => Buffer.from(typeof a.content === 'string' ? a.content : a.content);
const byPath = (artifacts: Artifact[]) => new Map(artifacts.map((a) => [a.path, bytes(a)]));

/** Chunk types of a PNG, in order. */
function pngChunks(png: Buffer): string[] {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks: string[] = [];
  for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at)) chunks.push(png.toString('latin1', at + 4, at + 8));
  return chunks;
}

let first: Map<string, Buffer>;
let second: Map<string, Buffer>;
let changed: Map<string, Buffer>;

beforeAll(async () => {
  first = byPath(await chartArtifacts(createCatalog(seedDatasets())));
  second = byPath(await chartArtifacts(createCatalog(seedDatasets())));
  // One record changed: CAMELYON published a year later. Only the year chart shows years.
  const moved = seedDatasets().map((d) => (d.name === 'CAMELYON' ? { ...d, year: 2019 } : d));
  changed = byPath(await chartArtifacts(createCatalog(moved)));
}, 30_000);

describe('chartArtifacts', () => {
  it('produces a PNG, an SVG and a compiled Vega spec per chart, under images/', () => {
    expect([...first.keys()]).toEqual(
      ['histogram_with_values', 'piechart', 'subjects_per_modality', 'datasets_per_year'].flatMap((name) =>
        ['png', 'svg', 'vg.json'].map((ext) => `images/${name}.${ext}`),
      ),
    );
  });

  it('gives the same bytes on a second run', () => {
    for (const [path, content] of first) expect(second.get(path)?.equals(content), path).toBe(true);
  });

  it('gives other bytes when a record changes, in the charts that show what changed', () => {
    for (const [path, content] of first) {
      const differs = !changed.get(path)!.equals(content);
      expect(differs, path).toBe(path.startsWith('images/datasets_per_year.'));
    }
  });

  it('writes PNGs at twice the SVG size, with no chunk but the image', () => {
    for (const [path, content] of first) {
      if (!path.endsWith('.png')) continue;
      const svg = first.get(path.replace(/\.png$/, '.svg'))!.toString('utf8');
      const [, width, height] = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
      expect([content.readUInt32BE(16), content.readUInt32BE(20)], path).toEqual([2 * Number(width), 2 * Number(height)]);
      expect(pngChunks(content), path).toEqual(['IHDR', 'IDAT', 'IEND']);
    }
  });

  it('writes no path, date or font but the shipped one into the SVGs and specs', () => {
    for (const [path, content] of first) {
      if (path.endsWith('.png')) continue;
      const text = content.toString('utf8');
      expect(text, path).not.toContain(process.cwd());
      expect(text, path).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b|file:|\/home\/|\\\\/);
      if (path.endsWith('.svg')) {
        const families = new Set([...text.matchAll(/font-family="([^"]+)"/g)].map((m) => m[1]));
        expect([...families], path).toEqual(['DejaVu Sans, Verdana, sans-serif']);
        expect(text, path).toMatch(/^<svg[^>]*><title>[^<]+<\/title><desc>[^<]+<\/desc>/);
      }
    }
  });

  it('keeps a compiled Vega spec with its data inlined', () => {
    const spec = JSON.parse(first.get('images/histogram_with_values.vg.json')!.toString('utf8')) as {
      $schema: string;
      data: { name: string; values?: { modality: string; datasets: number }[] }[];
    };
    expect(spec.$schema).toMatch(/^https:\/\/vega\.github\.io\/schema\/vega\/v\d+\.json$/);
    const values = spec.data.flatMap((d) => d.values ?? []);
    expect(values.map((v) => [v.modality, v.datasets])).toEqual([
      ['MRI', 12],
      ['Histopathology', 8],
      ['Mammography', 7],
      ['Ultrasound', 5],
      ['DBT', 3],
    ]);
  });
});

describe('text measurement', () => {
  it.each([
    ['Histopathology', 13, 'normal'],
    ['Datasets per modality', 18, 'bold'],
    ['22.9% (8)', 13, 'normal'],
  ] as const)('measures %j as resvg draws it with the shipped font', (text, size, weight) => {
    const files = fontFiles();
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"><text x="10" y="40" font-family="DejaVu Sans" font-size="${size}" font-weight="${weight}">${text}</text></svg>`;
    const ink = new Resvg(svg, { font: { fontFiles: [files.regular, files.bold], loadSystemFonts: false } }).innerBBox();
    const advance = textWidth(fontMetrics(), text, size, weight);
    // The advance includes the side bearings the ink leaves out; kerning may shift a pixel or two.
    expect(ink).toBeDefined();
    expect(advance).toBeGreaterThanOrEqual(ink!.width - 1);
    expect(advance - ink!.width).toBeLessThan(4);
  });
});
