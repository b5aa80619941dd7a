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
