import { MIN_YEAR } from '../catalog/vocabularies.js';
import { NA, isNotAvailable } from './na.js';

export type YearParse =
  | { ok: true; value: number | null }
  | { ok: false; reason: 'not-a-year' | 'out-of-range'; text: string; min: number; max: number };

/** Latest plausible year: next year, for datasets announced ahead of their release. */
export function maxPlausibleYear(now: Date = new Date()): number {
  return now.getUTCFullYear() + 1;
}

export function parseYear(raw: string, now?: Date): YearParse {
  const text = raw.trim();
  const max = maxPlausibleYear(now);
  if (isNotAvailable(text)) return { ok: true, value: null };
  if (!/^\d{4}$/.test(text)) return { ok: false, reason: 'not-a-year', text, min: MIN_YEAR, max };
  const value = Number(text);
  if (value < MIN_YEAR || value > max) return { ok: false, reason: 'out-of-range', text, min: MIN_YEAR, max };
  return { ok: true, value };
}

export function formatYear(year: number | null): string {
  return year === null ? NA : String(year);
}
