import { describe, expect, it } from 'vitest';
import { MODALITIES } from '../../src/catalog/vocabularies.js';
import {
  BACKGROUND,
  MODALITY_COLOURS,
  MUTED_TEXT,
  TEXT,
  contrastRatio,
  modalityScale,
  relativeLuminance,
  textOn,
} from '../../src/charts/palette.js';

describe('contrastRatio (WCAG 2.x)', () => {
  it('gives the known ratios', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFFFFF', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0072B2', '#0072B2')).toBe(1);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
    expect(contrastRatio('#767676', '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeLessThan(4.5);
  });

  it('refuses what is not #RRGGBB', () => {
    expect(() => relativeLuminance('blue')).toThrow(/not a #RRGGBB colour/);
  });
});

describe('palette', () => {
  it('gives every modality its own colour', () => {
    const colours = MODALITIES.map((m) => MODALITY_COLOURS[m.id].toUpperCase());
    expect(new Set(colours).size).toBe(MODALITIES.length);
  });

  it('draws text on the background at 4.5:1 or more', () => {
    expect(contrastRatio(TEXT, BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(MUTED_TEXT, BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(MODALITIES.map((m) => [m.short, MODALITY_COLOURS[m.id]] as const))(
    'draws text on the %s fill (%s) at 4.5:1 or more',
    (_, fill) => {
      expect(contrastRatio(textOn(fill), fill)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('maps the whole vocabulary, in its order, to the palette', () => {
    expect(modalityScale()).toEqual({
      domain: MODALITIES.map((m) => m.short),
      range: MODALITIES.map((m) => MODALITY_COLOURS[m.id]),
    });
  });
});

/**
 * Colour vision deficiency: each pair of modality colours, as a dichromat sees it (Machado,
 * Oliveira & Fernandes 2009, severity 1), stays at least 15 CIELAB units apart (ΔE*76), far
 * above the just-noticeable difference of about 2.3.
 */
const DICHROMACY = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const;

function linearRgb(hex: string): number[] {
  return [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
}

function lab([r, g, b]: number[]): [number, number, number] {
  const [x, y, z] = [
    (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047,
    0.2126 * r! + 0.7152 * g! + 0.0722 * b!,
    (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883,
  ];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

describe.each(Object.entries(DICHROMACY))('palette seen with %s', (_, matrix) => {
  it('keeps every two modalities at least 15 ΔE apart', () => {
    const seen = MODALITIES.map((m) => {
      const rgb = linearRgb(MODALITY_COLOURS[m.id]);
      const simulated = matrix.map((row) => Math.min(1, Math.max(0, row.reduce((sum, k, i) => sum + k * rgb[i]!, 0))));
      return [m.short, lab(simulated)] as const;
    });
    for (const [i, [a, labA]] of seen.entries()) {
      for (const [b, labB] of seen.slice(i + 1)) {
        expect(Math.hypot(...labA.map((v, k) => v - labB[k]!)), `${a} / ${b}`).toBeGreaterThanOrEqual(15);
      }
    }
  });
});
