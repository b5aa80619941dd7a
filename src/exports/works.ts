/**
 * The works the catalogue cites, each once however many datasets cite it, with a key that stays the
 * same run after run: first author's family name, year and the first word of the title that is not
 * an article or preposition (`lee2017curated`), with a letter after it when two works would share it.
 * Two citations are one work when they share a DOI, else a link, else a title.
 */
import type { Catalog } from '../catalog/catalog.js';
import type { Citation, Dataset } from '../catalog/schema.js';
import { authorName, workIdentity } from '../fields/citation.js';
import { compareText } from '../report/message.js';

export interface Work {
  readonly key: string;
  /** The citation as the first dataset to cite it (in README order) records it. */
  readonly citation: Citation;
  /** Ids of the datasets that cite it, in README order. */
  readonly datasets: readonly string[];
}

export interface Works {
  /** Every work, ordered by key. */
  readonly works: readonly Work[];
  /** The key of a dataset's citation. */
  keyOf(dataset: Dataset, index: number): string;
  /** The work a dataset's citation is. */
  workOf(dataset: Dataset, index: number): Work;
}

const SKIPPED = new Set(['a', 'an', 'the', 'on', 'of', 'for', 'in', 'to', 'and', 'with', 'from', 'by', 'at', 'as']);

/** ASCII letters and digits of a name or word, lower case: Święcicki → swiecicki. */
function asciiWord(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function baseKey(citation: Citation): string {
  const first = citation.authors?.[0];
  const who = asciiWord(first === undefined ? '' : authorName(first).split(/\s+/)[0] ?? '') || 'anon';
  const word = citation.title.split(/[\s\-–—:/]+/).map(asciiWord).find((w) => w !== '' && !SKIPPED.has(w)) ?? 'untitled';
  return `${who}${citation.year ?? 'nd'}${word}`;
}

/** Each export asks for the works of the same catalogue: compute them once per catalogue. */
const computed = new WeakMap<Catalog, Works>();

export function catalogueWorks(catalog: Catalog): Works {
  let works = computed.get(catalog);
  if (works === undefined) {
    works = collectWorks(catalog);
    computed.set(catalog, works);
  }
  return works;
}

function collectWorks(catalog: Catalog): Works {
  const byIdentity = new Map<string, { citation: Citation; datasets: string[] }>();
  for (const dataset of catalog.datasets) {
    for (const citation of dataset.citations) {
      const identity = workIdentity(citation);
      const found = byIdentity.get(identity);
      if (found === undefined) byIdentity.set(identity, { citation, datasets: [dataset.id] });
      else if (!found.datasets.includes(dataset.id)) found.datasets.push(dataset.id);
    }
  }
  // Works sharing a base key get letters in the order of their identity, which no other record changes.
  const byBase = new Map<string, string[]>();
  for (const [identity, { citation }] of byIdentity) {
    const base = baseKey(citation);
    byBase.set(base, [...(byBase.get(base) ?? []), identity]);
  }
  const keyOfIdentity = new Map<string, string>();
  for (const [base, identities] of byBase) {
    const sorted = [...identities].sort(compareText);
    sorted.forEach((identity, i) => keyOfIdentity.set(identity, sorted.length === 1 ? base : `${base}${String.fromCharCode(97 + i)}`));
  }
  const works = [...byIdentity].map(([identity, { citation, datasets }]) => ({ key: keyOfIdentity.get(identity)!, citation, datasets }));
  works.sort((a, b) => compareText(a.key, b.key));
  const byKey = new Map(works.map((work) => [work.key, work]));
  const keyOf = (dataset: Dataset, index: number) => keyOfIdentity.get(workIdentity(dataset.citations[index]!))!;
  return { works, keyOf, workOf: (dataset, index) => byKey.get(keyOf(dataset, index))! };
}
