/**
 * The questions `new-dataset` asks, one per record field, each answer read with the same field
 * parsers the importer and the linter use, so "22 032", "JPG" or "Downnload here" mean the same.
 */
import type { Citation, Size } from '../catalog/schema.js';
import { citationFromLink } from '../importer/row.js';
import { ACCESS_KINDS, MODALITIES, type AccessKindId, type FormatId, type ModalityId } from '../catalog/vocabularies.js';
import { parseCount } from '../fields/count.js';
import { parseFormats } from '../fields/formats.js';
import { parseSize } from '../fields/size.js';
import { closest } from '../fields/suggest.js';
import { describeUrlProblem, urlProblem } from '../fields/url.js';
import { parseYear } from '../fields/year.js';

export type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Answer<T> => ({ ok: true, value });
const no = (error: string): Answer<never> => ({ ok: false, error });

export function readText(text: string): Answer<string> {
  const value = text.trim().replace(/\s+/g, ' ');
  return value === '' ? no('an answer is required') : ok(value);
}

export function readModality(text: string): Answer<ModalityId> {
  const wanted = text.trim().toLowerCase();
  const found = MODALITIES.find((m) => [m.id, m.short, m.display].some((n) => n.toLowerCase() === wanted));
  if (found !== undefined) return ok(found.id);
  const near = closest(wanted, MODALITIES.map((m) => m.id));
  return no(`expected one of ${MODALITIES.map((m) => m.id).join(', ')}${near ? `; did you mean ${near}?` : ''}`);
}

export function readCount(text: string): Answer<number | null> {
  const parsed = parseCount(text);
  if (parsed.ok) return ok(parsed.value);
  return no(parsed.reason === 'malformed-groups' ? `\`${parsed.text}\` has malformed thousands groups` : 'expected a whole number, or N/A when unknown');
}

export function readFormats(text: string): Answer<FormatId[]> {
  const parsed = parseFormats(text);
  const bad = parsed.tokens.find((t) => !t.ok);
  if (bad !== undefined && !bad.ok) {
    return no(bad.reason === 'not-a-format' ? `\`${bad.token}\` is ${bad.explanation}` : `\`${bad.token}\` is not a known file format${bad.suggestion ? `; did you mean ${bad.suggestion}?` : ''}`);
  }
  return ok(parsed.formats);
}

export function readSize(text: string): Answer<Size | null> {
  const parsed = parseSize(text);
  return parsed.ok ? ok(parsed.value) : no('expected a number and a unit (KB, MB, GB, TB), such as 22.86 GB, or N/A');
}

export function readYear(text: string, now?: Date): Answer<number | null> {
  const parsed = parseYear(text, now);
  return parsed.ok ? ok(parsed.value) : no(`expected a year from ${parsed.min} to ${parsed.max}, or N/A`);
}

export function readUrl(text: string): Answer<string> {
  const url = text.trim();
  const problem = urlProblem(url);
  return problem === undefined ? ok(url) : no(describeUrlProblem(problem, url));
}

export function readAccessKind(text: string): Answer<AccessKindId> {
  const wanted = text.trim().toLowerCase();
  const found = ACCESS_KINDS.find((k) => k.id === wanted || k.linkText.toLowerCase() === wanted);
  if (found !== undefined) return ok(found.id);
  const near = closest(wanted, ACCESS_KINDS.map((k) => k.id));
  return no(`expected one of ${ACCESS_KINDS.map((k) => k.id).join(', ')}${near ? `; did you mean ${near}?` : ''}`);
}

export function readCitations(titles: readonly string[], urls: readonly string[]): Answer<Citation[]> {
  if (titles.length !== urls.length) return no('give one --citation-url for each --citation-title');
  const citations: Citation[] = [];
  for (const [i, title] of titles.entries()) {
    const url = readUrl(urls[i]!);
    if (!url.ok) return no(`citation ${i + 1}: ${url.error}`);
    citations.push(citationFromLink(title.trim(), url.value));
  }
  return ok(citations);
}
