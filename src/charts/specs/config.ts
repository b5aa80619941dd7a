/**
 * Shared look of the charts: the font, sizes and colours. Sized for the width GitHub gives a
 * README (about 830 CSS pixels on a desktop), so the 2x PNG shows text at about its set size.
 */
import type { Config } from 'vega-lite';
import { FONT_STACK } from '../font.js';
import { BACKGROUND, DOMAIN, GRID, MUTED_TEXT, TEXT } from '../palette.js';

export const WIDTH = 800;
export const PADDING = 16;
/** Values drawn at the end of bars and on the background. */
export const VALUE_FONT_SIZE = 14;
export const LABEL_FONT_SIZE = 13;

export const CONFIG: Config = {
  font: FONT_STACK,
  background: BACKGROUND,
  view: { stroke: null },
  title: {
    anchor: 'start',
    fontSize: 18,
    fontWeight: 'bold',
    color: TEXT,
    subtitleFontSize: 13,
    subtitleColor: MUTED_TEXT,
    subtitlePadding: 6,
    offset: 16,
  },
  axis: {
    labelFontSize: LABEL_FONT_SIZE,
    labelColor: TEXT,
    titleFontSize: LABEL_FONT_SIZE,
    titleFontWeight: 'normal',
    titleColor: MUTED_TEXT,
    domainColor: DOMAIN,
    tickColor: DOMAIN,
    gridColor: GRID,
  },
  legend: {
    labelFontSize: LABEL_FONT_SIZE,
    labelColor: TEXT,
    titleFontSize: LABEL_FONT_SIZE,
    titleColor: MUTED_TEXT,
    symbolType: 'square',
    symbolSize: 160,
    symbolStrokeWidth: 0,
  },
  text: { fontSize: VALUE_FONT_SIZE, color: TEXT },
};

/** Top-level properties every chart shares: schema, size policy, padding and config. */
export function frame(height: number) {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: WIDTH,
    height,
    autosize: { type: 'fit', contains: 'padding' },
    padding: PADDING,
    config: CONFIG,
  } as const;
}
