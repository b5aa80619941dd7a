/** Download sizes: a number and a decimal unit ("22.86 GB"), or N/A when unknown. */
import { SIZE_UNITS, SIZE_UNIT_BYTES, type SizeUnit } from '../catalog/vocabularies.js';
import type { Size } from '../catalog/schema.js';
import { NA, isNotAvailable } from './na.js';

export type SizeParse =
  | { ok: true; value: Size | null; canonical: string; spaced: boolean }
  | { ok: false; reason: 'not-a-size' | 'unknown-unit'; text: string };

export function formatSize(size: Size | null): string {
  if (size === null) return NA;
  return `${formatNumber(size.value)} ${size.unit}`;
}

/** Shortest decimal form of a size value: 204, 22.86, 1.5. */
function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

export function parseSize(raw: string): SizeParse {
  const text = raw.trim();
  if (isNotAvailable(text)) return { ok: true, value: null, canonical: NA, spaced: false };
  const match = /^(\d+(?:\.\d+)?)(\s*)([A-Za-z]+)$/.exec(text);
  if (match === null) return { ok: false, reason: 'not-a-size', text };
  const [, number, space, unitText] = match as unknown as [string, string, string, string];
  const unit = SIZE_UNITS.find((u) => u === unitText.toUpperCase());
  if (unit === undefined) return { ok: false, reason: 'unknown-unit', text };
  const value = Number(number);
  if (!(value > 0)) return { ok: false, reason: 'not-a-size', text };
  const size = { value, unit };
  return { ok: true, value: size, canonical: formatSize(size), spaced: space !== '' };
}

export function sizeInBytes(size: Size): number {
  return Math.round(size.value * SIZE_UNIT_BYTES[size.unit as SizeUnit]);
}
