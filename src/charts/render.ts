/**
 * vega-lite spec → Vega spec → SVG (vega, headless) → PNG (resvg), the same bytes on every run
 * and machine: text is measured with the advance widths of the shipped TTF (never a canvas or a
 * system font), resvg draws with that TTF only, and SVG definition ids restart for each chart.
 * This module loads vega, vega-lite and resvg: import it only when charts are rendered.
 */
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { FONT_FAMILY, fontFiles, fontMetrics, textWidth } from './font.js';

/** Pixel density of the PNG: GitHub shows it at half its size, sharp on high-density screens. */
export const PNG_SCALE = 2;

export interface RenderedChart {
  /** The compiled Vega spec, data inlined: opens as is in the Vega editor. */
  readonly vega: vega.Spec;
  readonly svg: string;
  readonly png: Uint8Array;
}

interface TextItem {
  fontSize?: number | string;
  fontWeight?: string | number;
  text?: unknown;
}

interface TextMetrics {
  canvas(use: boolean): void;
  width: (item: TextItem, text?: unknown) => number;
}

let measuring = false;

/** Pins vega's text measurement to the shipped font, whatever canvas package may be installed. */
function measureWithShippedFont(): void {
  if (measuring) return;
  const metrics = fontMetrics();
  const textMetrics = (vega as unknown as { textMetrics: TextMetrics }).textMetrics;
  textMetrics.canvas(false);
  textMetrics.width = (item, text) => {
    const value = text === undefined ? item.text : text;
    const line = value == null ? '' : String(value).trim();
    const size = item.fontSize == null ? 11 : Number(item.fontSize) || 0;
    return textWidth(metrics, line, size, item.fontWeight);
  };
  measuring = true;
}

export function compileSpec(spec: TopLevelSpec): vega.Spec {
  return compile(spec).spec as vega.Spec;
}

/**
 * Renders one chart. `title` and the spec's description become the SVG's <title> and <desc>,
 * so the SVG file, opened on its own, is described like the README image.
 */
export async function renderChart(spec: TopLevelSpec, title: string): Promise<RenderedChart> {
  measureWithShippedFont();
  const compiled = compileSpec(spec);
  vega.resetSVGDefIds();
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    const svg = describeSvg(await view.toSVG(), title, spec.description ?? '');
    return { vega: compiled, svg, png: rasterise(svg) };
  } finally {
    view.finalize();
  }
}

/** Inserts <title> and <desc> as the first children of the root <svg> element. */
export function describeSvg(svg: string, title: string, description: string): string {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (open === null) throw new Error('vega produced no <svg> root element');
  const head = open[0];
  const desc = description === '' ? '' : `<desc>${escapeXml(description)}</desc>`;
  return `${head}<title>${escapeXml(title)}</title>${desc}${svg.slice(head.length)}`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function rasterise(svg: string): Uint8Array {
  const files = fontFiles();
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: [files.regular, files.bold],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    logLevel: 'off',
  });
  return new Uint8Array(resvg.render().asPng());
}
