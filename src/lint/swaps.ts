/**
 * Two cells of a row that each fit the other's column and not their own, such as Size `2021` and
 * Year `22.86GB`: swapped-columns reports them once, and the rules of each column leave them alone.
 */
import { parseLinkText } from '../fields/access.js';
import { parseCount } from '../fields/count.js';
import { parseFormats } from '../fields/formats.js';
import { parseSize } from '../fields/size.js';
import { parseYear } from '../fields/year.js';
import type { ColumnKey } from '../readme/columns.js';
import type { Cell, Row } from '../readme/extract.js';

export interface Swap {
  readonly first: { readonly key: ColumnKey; readonly cell: Cell };
  readonly second: { readonly key: ColumnKey; readonly cell: Cell };
}

/** Whether a cell holds a real value of a column; N/A fits every column, so it never counts. */
const FITS: Partial<Record<ColumnKey, (cell: Cell, now: Date | undefined) => boolean>> = {
  subjects: (cell) => isCount(cell.text),
  samples: (cell) => isCount(cell.text),
  format: (cell) => {
    const parsed = parseFormats(cell.text);
    return parsed.tokens.length > 0 && parsed.tokens.every((t) => t.ok);
  },
  size: (cell) => {
    const parsed = parseSize(cell.text);
    return parsed.ok && parsed.value !== null;
  },
  year: (cell, now) => {
    const parsed = parseYear(cell.text, now);
    return parsed.ok && parsed.value !== null;
  },
  access: (cell) => {
    const link = cell.links[0];
    if (cell.links.length !== 1 || link === undefined) return false;
    const parsed = parseLinkText(link.text);
    return parsed.ok && parsed.how !== 'typo';
  },
};

function isCount(text: string): boolean {
  const parsed = parseCount(text);
  return parsed.ok && parsed.value !== null;
}

const KEYS = Object.keys(FITS) as ColumnKey[];
const cache = new WeakMap<Row, readonly Swap[]>();

export function swapsIn(row: Row, now: Date | undefined): readonly Swap[] {
  const cached = cache.get(row);
  if (cached !== undefined) return cached;
  const swaps: Swap[] = [];
  const used = new Set<Cell>();
  const fits = (key: ColumnKey, cell: Cell) => FITS[key]!(cell, now);
  KEYS.forEach((a, i) => {
    for (const b of KEYS.slice(i + 1)) {
      const cellA = row.cell(a);
      const cellB = row.cell(b);
      if (cellA === undefined || cellB === undefined || used.has(cellA) || used.has(cellB)) continue;
      if (!fits(a, cellA) && fits(b, cellA) && !fits(b, cellB) && fits(a, cellB)) {
        swaps.push({ first: { key: a, cell: cellA }, second: { key: b, cell: cellB } });
        used.add(cellA).add(cellB);
      }
    }
  });
  cache.set(row, swaps);
  return swaps;
}

export function isSwapped(row: Row, cell: Cell, now: Date | undefined): boolean {
  return swapsIn(row, now).some((s) => s.first.cell === cell || s.second.cell === cell);
}
