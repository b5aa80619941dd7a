/**
 * Colours of the charts. One colour per modality, the same in every chart, taken from the
 * Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008), designed to stay distinct
 * under protanopia, deuteranopia and tritanopia. Its yellow is left out: too light on white.
 */
import { MODALITIES, type ModalityId } from '../catalog/vocabularies.js';

export const MODALITY_COLOURS: Readonly<Record<ModalityId, string>> = {
  ultrasound: '#56B4E9', // sky blue
  dbt: '#E69F00', // orange
  mammography: '#009E73', // bluish green
  mri: '#0072B2', // blue
  histopathology: '#CC79A7', // reddish purple
};

export const BACKGROUND = '#FFFFFF';
/** Titles, labels and values drawn on the background. */
export const TEXT = '#1F1F1F';
/** Axis titles, subtitles and notes: quieter, still above 4.5:1 on the background. */
export const MUTED_TEXT = '#595959';
export const GRID = '#E3E3E3';
export const DOMAIN = '#8A8A8A';

const DARK_ON_FILL = '#000000';
const LIGHT_ON_FILL = '#FFFFFF';

/** Colour scale of a chart: every modality of the vocabulary, in its order, whatever the data holds. */
export function modalityScale(): { domain: string[]; range: string[] } {
  return {
    domain: MODALITIES.map((m) => m.short),
    range: MODALITIES.map((m) => MODALITY_COLOURS[m.id]),
  };
}

/** Black or white, whichever contrasts more with `fill`: the colour of a label drawn on it. */
export function textOn(fill: string): string {
  return contrastRatio(DARK_ON_FILL, fill) >= contrastRatio(LIGHT_ON_FILL, fill) ? DARK_ON_FILL : LIGHT_ON_FILL;
}

/** WCAG 2.x relative luminance of a `#RRGGBB` colour. */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (match === null) throw new Error(`not a #RRGGBB colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
