import { describe, expect, it } from 'vitest';
import { MODALITIES } from '../../src/catalog/vocabularies.js';
import { CHARTS } from '../../src/charts/charts.js';
import { catalogFigures } from '../../src/charts/figures.js';
import { BACKGROUND, MODALITY_COLOURS, contrastRatio } from '../../src/charts/palette.js';
import { datasetsPerYear } from '../../src/charts/specs/datasets-per-year.js';
import { DONUT, placeLabels } from '../../src/charts/specs/modality-share.js';
import { seedCatalog } from './fixtures.js';

const figures = catalogFigures(seedCatalog());
const PALETTE = new Map<string, string>(MODALITIES.map((m) => [m.short, MODALITY_COLOURS[m.id]]));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every object in a JSON tree, with the key it hangs from. */
function* objects(node: unknown, key = ''): Generator<[string, Record<string, Json>]> {
  if (Array.isArray(node)) for (const item of node) yield* objects(item, key);
  else if (node !== null && typeof node === 'object') {
    yield [key, node as Record<string, Json>];
    for (const [k, v] of Object.entries(node)) yield* objects(v, k);
  }
}

describe.each(CHARTS.map((chart) => [chart.name, chart] as const))('%s', (_, chart) => {
  const spec = chart.spec(figures);

  it('colours every modality as the palette does', () => {
    const scales = [...objects(spec)].filter(([key, o]) => key === 'color' && o.field === 'modality');
    expect(scales.length).toBeGreaterThan(0);
    for (const [, encoding] of scales) {
      const scale = encoding.scale as { domain: string[]; range: string[] };
      expect(scale.domain.map((label, i) => [label, scale.range[i]])).toEqual([...PALETTE]);
    }
  });

  it('draws text colours that stand out from the background by 4.5:1 or more', () => {
    const textMarks = [...objects(spec)].filter(([key, o]) => key === 'mark' && o.type === 'text');
    expect(textMarks.length).toBeGreaterThan(0);
    for (const [, mark] of textMarks) {
      if (typeof mark.color === 'string') expect(contrastRatio(mark.color, BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('describes itself with its alt text and inlines its data', () => {
    expect(spec.description).toBe(chart.alt(figures));
    expect(JSON.stringify(spec)).not.toMatch(/"url"/);
  });
});

describe('datasets per year', () => {
  it('writes each count on its segment in a colour at 4.5:1 or more against the fill', () => {
    const spec = datasetsPerYear.spec(figures) as { layer: { data?: { values?: Record<string, Json>[] } }[] };
    const segments = spec.layer[0]?.data?.values ?? [];
    expect(segments.length).toBeGreaterThan(0);
    for (const segment of segments) {
      const fill = PALETTE.get(segment.modality as string)!;
      expect(contrastRatio(segment.labelColour as string, fill)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('donut labels', () => {
  const { plotHeight, outer, labelHeight } = DONUT;

  it.each([
    ['the seed', [12, 8, 7, 5, 3]],
    ['one large slice and four slivers', [60, 1, 1, 1, 1]],
    ['two slivers on either side of twelve o’clock', [1, 40, 38, 1]],
    ['one slice', [1]],
  ])('never overlap, reach into the ring or leave the plot: %s', (_, counts) => {
    const total = counts.reduce((a, b) => a + b, 0);
    let start = 0;
    const mids = counts.map((n) => {
      const mid = (start + n / 2) / total;
      start += n;
      return mid;
    });
    const places = placeLabels(mids);
    for (const side of ['left', 'right'] as const) {
      const ys = places.filter((p) => p.side === side).map((p) => p.y).sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(labelHeight);
    }
    for (const place of places) {
      // The corner of the label nearest the centre is outside the ring.
      expect(Math.hypot(place.x, Math.max(0, Math.abs(place.y) - labelHeight / 2))).toBeGreaterThanOrEqual(outer);
      expect(Math.abs(place.y) + labelHeight / 2).toBeLessThanOrEqual(plotHeight / 2 + 1e-9);
      expect(Math.sign(place.x) || 1).toBe(place.side === 'right' ? 1 : -1);
    }
  });
});
