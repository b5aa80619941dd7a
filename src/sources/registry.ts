/**
 * What a DOI registry says of a work, asked through doi.org by content negotiation: Crossref and
 * DataCite both answer `Accept: application/vnd.citationstyles.csl+json` with CSL-JSON. Compared
 * with the record: the title (case, punctuation, markup and spacing aside), the year, and the first
 * author's family name (accents and case aside).
 */
import type { Author, Citation } from '../catalog/schema.js';
import { decodeEntities } from './text.js';

export const CSL_JSON = 'application/vnd.citationstyles.csl+json';

/** The part of a registry's CSL-JSON the checks and --write read. */
export interface RegistryWork {
  readonly title?: string;
  readonly year?: number;
  readonly authors?: Author[];
  readonly container?: string;
  readonly volume?: string;
  readonly issue?: string;
  readonly pages?: string;
}

interface CslName {
  family?: unknown;
  given?: unknown;
  literal?: unknown;
  name?: unknown;
}

/** Reads a registry's CSL-JSON; undefined when the body is not a CSL item. */
export function parseCsl(body: string): RegistryWork | undefined {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const item = data as Record<string, unknown>;
  const text = (value: unknown): string | undefined => {
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' && first.trim() !== '' ? first.trim() : typeof first === 'number' ? String(first) : undefined;
  };
  const title = text(item.title);
  const issued = (item.issued ?? item['published-print'] ?? item['published-online']) as { 'date-parts'?: unknown } | undefined;
  const parts = Array.isArray(issued?.['date-parts']) ? (issued['date-parts'] as unknown[][])[0] : undefined;
  const year = typeof parts?.[0] === 'number' ? parts[0] : typeof parts?.[0] === 'string' && /^\d{4}$/.test(parts[0]) ? Number(parts[0]) : undefined;
  const authors = Array.isArray(item.author)
    ? (item.author as CslName[]).flatMap((a): Author[] => {
        if (typeof a.family === 'string' && a.family.trim() !== '') return [{ family: a.family.trim(), ...(typeof a.given === 'string' && a.given.trim() !== '' && { given: a.given.trim() }) }];
        const literal = typeof a.literal === 'string' ? a.literal : typeof a.name === 'string' ? a.name : undefined;
        return literal === undefined || literal.trim() === '' ? [] : [{ literal: literal.trim() }];
      })
    : undefined;
  const work: RegistryWork = {
    ...(title !== undefined && { title }),
    ...(year !== undefined && { year }),
    ...(authors !== undefined && authors.length > 0 && { authors }),
  };
  const container = text(item['container-title']) ?? text(item.publisher);
  const volume = text(item.volume);
  const issue = text(item.issue);
  const pages = text(item.page) ?? text(item['article-number']);
  return {
    ...work,
    ...(container !== undefined && { container }),
    ...(volume !== undefined && { volume }),
    ...(issue !== undefined && { issue }),
    ...(pages !== undefined && { pages }),
  };
}

/** Titles compare without case, punctuation, markup (`<i>`, `<sub>`), accents or spacing. */
export function comparableTitle(title: string): string {
  return decodeEntities(title.replace(/<\/?[a-z][^>]*>/gi, ''))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function comparableName(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}]+/gu, '');
}

function nameOf(author: Author): string {
  return 'literal' in author ? author.literal : author.family;
}

export interface Disagreement {
  readonly field: 'title' | 'year' | 'authors';
  readonly record: string;
  readonly registry: string;
}

/** Where the record and the registry disagree; what either leaves out is not a disagreement. */
export function disagreements(citation: Citation, work: RegistryWork): Disagreement[] {
  const found: Disagreement[] = [];
  if (work.title !== undefined && comparableTitle(work.title) !== comparableTitle(citation.title)) {
    found.push({ field: 'title', record: citation.title, registry: decodeEntities(work.title.replace(/<\/?[a-z][^>]*>/gi, '')) });
  }
  if (work.year !== undefined && citation.year !== undefined && work.year !== citation.year) {
    found.push({ field: 'year', record: String(citation.year), registry: String(work.year) });
  }
  const mine = citation.authors?.[0];
  const theirs = work.authors?.[0];
  if (mine !== undefined && theirs !== undefined && comparableName(nameOf(mine)) !== comparableName(nameOf(theirs))) {
    found.push({ field: 'authors', record: nameOf(mine), registry: nameOf(theirs) });
  }
  return found;
}
