/** The Format column: canonical file-format names joined by ", ", or N/A when unknown. */
import { FORMATS, NOT_FORMATS, type FormatId } from '../catalog/vocabularies.js';
import { NA, isNotAvailable } from './na.js';
import { closest } from './suggest.js';

export type FormatTokenParse =
  | { ok: true; format: FormatId; token: string; how: 'exact' | 'case' | 'alias' }
  | { ok: false; token: string; reason: 'not-a-format'; explanation: string }
  | { ok: false; token: string; reason: 'unknown'; suggestion?: FormatId };

export interface FormatsParse {
  formats: FormatId[];
  tokens: FormatTokenParse[];
  /** True when the cell says N/A (in any casing). */
  notAvailable: boolean;
  canonical: string;
}

export const FORMAT_SEPARATOR = ', ';
const SPLIT = /\s*(?:,|;|&|\+|\/|\band\b)\s*/i;

export function formatFormats(formats: readonly string[]): string {
  return formats.length === 0 ? NA : formats.join(FORMAT_SEPARATOR);
}

export function parseFormatToken(raw: string): FormatTokenParse {
  const token = raw.trim().replace(/^\./, '');
  const upper = token.toUpperCase();
  for (const format of FORMATS) {
    if (format.id === token) return { ok: true, format: format.id, token, how: 'exact' };
    if (format.id.toUpperCase() === upper) return { ok: true, format: format.id, token, how: 'case' };
  }
  for (const format of FORMATS) {
    if (format.aliases.some((alias) => alias.toUpperCase() === upper)) {
      return { ok: true, format: format.id, token, how: 'alias' };
    }
  }
  const explanation = NOT_FORMATS[upper];
  if (explanation !== undefined) return { ok: false, token, reason: 'not-a-format', explanation };
  const suggestion = closest(token, FORMATS.flatMap((f) => [f.id, ...f.aliases]));
  const resolved = suggestion === undefined ? undefined : parseFormatToken(suggestion);
  return resolved?.ok
    ? { ok: false, token, reason: 'unknown', suggestion: resolved.format }
    : { ok: false, token, reason: 'unknown' };
}

export function parseFormats(raw: string): FormatsParse {
  const text = raw.trim();
  if (isNotAvailable(text) || text === '') {
    return { formats: [], tokens: [], notAvailable: isNotAvailable(text), canonical: NA };
  }
  const tokens = text.split(SPLIT).filter((t) => t !== '').map(parseFormatToken);
  const formats: FormatId[] = [];
  for (const t of tokens) if (t.ok && !formats.includes(t.format)) formats.push(t.format);
  return { formats, tokens, notAvailable: false, canonical: formatFormats(formats) };
}
