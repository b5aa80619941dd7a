/**
 * Subjects and samples: whole numbers written with comma thousands separators ("22,032"),
 * or N/A when unknown.
 */
import { NA, isNotAvailable } from './na.js';

/** How thousands are grouped in a written count. "none" for numbers below 1,000. */
export type CountStyle = 'comma' | 'space' | 'ungrouped' | 'none';

export type CountParse =
  | { ok: true; value: number | null; style: CountStyle; canonical: string }
  | { ok: false; reason: 'malformed-groups'; guesses: number[]; text: string }
  | { ok: false; reason: 'not-a-count'; text: string };

const SPACES = /[\u0020\u00a0\u202f]/g;

export function formatCount(value: number | null): string {
  if (value === null) return NA;
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function parseCount(raw: string): CountParse {
  const text = raw.trim();
  if (isNotAvailable(text)) return { ok: true, value: null, style: 'none', canonical: NA };
  const spaced = text.replace(SPACES, ' ');
  let style: CountStyle | undefined;
  if (/^\d+$/.test(spaced)) style = spaced.length > 3 ? 'ungrouped' : 'none';
  else if (/^\d{1,3}(,\d{3})+$/.test(spaced)) style = 'comma';
  else if (/^\d{1,3}( \d{3})+$/.test(spaced)) style = 'space';
  if (style !== undefined) {
    const value = Number(spaced.replace(/[ ,]/g, ''));
    return { ok: true, value, style, canonical: formatCount(value) };
  }
  if (/^\d[\d ,]*\d$/.test(spaced)) {
    return { ok: false, reason: 'malformed-groups', guesses: guessGroups(spaced), text };
  }
  return { ok: false, reason: 'not-a-count', text };
}

/**
 * Readings of a count whose thousands groups are malformed ("20 0000"), likeliest first.
 * A group after the first must have three digits: a longer one most often carries a digit typed
 * twice, so dropping its repeated digit comes first; reading the digits run together comes last.
 */
function guessGroups(text: string): number[] {
  const groups = text.split(/[ ,]/).filter((g) => g !== '');
  const guesses: number[] = [];
  const [head, ...tail] = groups;
  if (head !== undefined && head.length <= 3 && tail.length > 0) {
    const trimmed = tail.map((g) => (g.length === 4 && /(\d)\1$/.test(g) ? g.slice(0, 3) : g));
    if (trimmed.every((g) => g.length === 3)) guesses.push(Number(head + trimmed.join('')));
  }
  const joined = Number(groups.join(''));
  if (!guesses.includes(joined)) guesses.push(joined);
  return guesses;
}

/** "1 dataset", "2,000 datasets": a count with its noun in the right number. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}
