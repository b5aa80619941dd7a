/**
 * The one font of the charts: DejaVu Sans, shipped as TTF through npm (dejavu-fonts-ttf), so
 * every machine lays out and rasterises the same glyphs. resvg draws with these files and vega
 * measures text with their advance widths (see `textWidth`), so layout and pixels agree.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Family name written into every spec and SVG; fallbacks only matter to a browser showing the SVG. */
export const FONT_FAMILY = 'DejaVu Sans';
export const FONT_STACK = `${FONT_FAMILY}, Verdana, sans-serif`;

const require = createRequire(import.meta.url);

/** Absolute paths of the regular and bold faces. Read at render time only, never written to output. */
export function fontFiles(): { regular: string; bold: string } {
  return {
    regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  };
}

/** Horizontal metrics of one face: advance width in em per code point. */
export interface FaceMetrics {
  /** Advance of the code point in em, or the missing-glyph advance. */
  advance(codePoint: number): number;
}

/**
 * Reads the advance widths of a TrueType font from its `head`, `hhea`, `hmtx` and `cmap`
 * (format 4 or 12) tables. Kerning is left out: it moves DejaVu Sans text by a pixel or two at
 * chart sizes, well inside the padding vega leaves around labels.
 */
export function readFaceMetrics(font: Uint8Array): FaceMetrics {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, number>();
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(font[record]!, font[record + 1]!, font[record + 2]!, font[record + 3]!);
    tables.set(tag, view.getUint32(record + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font has no ${tag} table`);
    return offset;
  };

  const unitsPerEm = view.getUint16(table('head') + 18);
  const numberOfHMetrics = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advanceOfGlyph = (glyph: number): number =>
    view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1)) / unitsPerEm;

  const glyphOf = readCmap(view, table('cmap'));
  const cache = new Map<number, number>();
  return {
    advance(codePoint) {
      let width = cache.get(codePoint);
      if (width === undefined) {
        width = advanceOfGlyph(glyphOf(codePoint));
        cache.set(codePoint, width);
      }
      return width;
    },
  };
}

/** Code point → glyph index from the best Unicode subtable: format 12 if present, else format 4. */
function readCmap(view: DataView, cmap: number): (codePoint: number) => number {
  const count = view.getUint16(cmap + 2);
  let format4: number | undefined;
  let format12: number | undefined;
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + 8 * i);
    const encoding = view.getUint16(cmap + 6 + 8 * i);
    const offset = cmap + view.getUint32(cmap + 8 + 8 * i);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) format12 ??= offset;
    if (format === 4) format4 ??= offset;
  }
  if (format12 !== undefined) {
    const groups = view.getUint32(format12 + 12);
    return (codePoint) => {
      for (let g = 0; g < groups; g++) {
        const at = format12 + 16 + 12 * g;
        const start = view.getUint32(at);
        if (codePoint < start) return 0;
        if (codePoint <= view.getUint32(at + 4)) return view.getUint32(at + 8) + codePoint - start;
      }
      return 0;
    };
  }
  if (format4 === undefined) throw new Error('font has no Unicode cmap subtable');
  const at = format4;
  const segments = view.getUint16(at + 6) / 2;
  const endCodes = at + 14;
  const startCodes = endCodes + 2 * segments + 2;
  const deltas = startCodes + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let s = 0; s < segments; s++) {
      if (codePoint > view.getUint16(endCodes + 2 * s)) continue;
      const start = view.getUint16(startCodes + 2 * s);
      if (codePoint < start) return 0;
      const delta = view.getInt16(deltas + 2 * s);
      const rangeOffset = view.getUint16(rangeOffsets + 2 * s);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + 2 * s + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

export interface FontMetrics {
  regular: FaceMetrics;
  bold: FaceMetrics;
}

/** Width in pixels of `text` set in DejaVu Sans at `fontSize`, bold when `fontWeight` says so. */
export function textWidth(metrics: FontMetrics, text: string, fontSize: number, fontWeight?: string | number): number {
  const face = isBold(fontWeight) ? metrics.bold : metrics.regular;
  let em = 0;
  for (const char of text) em += face.advance(char.codePointAt(0) ?? 0);
  return em * fontSize;
}

function isBold(weight: string | number | undefined): boolean {
  if (weight === undefined) return false;
  if (typeof weight === 'number') return weight >= 600;
  return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
}

let loaded: FontMetrics | undefined;

/** The metrics of the shipped faces, read once per process. */
export function fontMetrics(): FontMetrics {
  if (loaded === undefined) {
    const files = fontFiles();
    loaded = { regular: readFaceMetrics(readFileSync(files.regular)), bold: readFaceMetrics(readFileSync(files.bold)) };
  }
  return loaded;
}
