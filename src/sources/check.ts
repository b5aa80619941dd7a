/**
 * check-sources: does each source still say what the record claims? Every DOI is asked of its
 * registry (through the resolver, by content negotiation) and compared with the citation; every
 * quoted page is read once and searched for each of its quotes. Only what a server said is a
 * finding: a 404 from the resolver, a title, year or first author that differ, a quote missing
 * from a page that answered. A bot wall, a timeout or no network is "could not tell".
 */
import { createHash } from 'node:crypto';
import type { SourcedDataset } from '../catalog/load.js';
import type { Citation } from '../catalog/schema.js';
import type { LinkCache } from '../links/cache.js';
import { describeStatus } from '../links/check.js';
import { doiResolverUrl } from '../links/doi.js';
import { doiUrl } from '../fields/url.js';
import type { Message, Severity } from '../report/message.js';
import type { Fetched, Fetcher } from './fetch.js';
import { CSL_JSON, disagreements, parseCsl, type RegistryWork } from './registry.js';
import { containsQuote, documentText } from './text.js';

export interface SourceFinding extends Message {
  /** The DOI link or the page the finding is about. */
  readonly url: string;
}

/** A source that could not be judged, and why: never a finding against the record. */
export interface Unsettled {
  readonly file: string;
  readonly line: number;
  readonly field: string;
  readonly url: string;
  readonly reason: string;
}

export interface SourcesResult {
  readonly findings: SourceFinding[];
  readonly unsettled: Unsettled[];
  /** Sources that agree with the record: DOIs whose registry agrees, quotes found on their page. */
  readonly confirmed: number;
  readonly fromCache: number;
  /** No request reached any host: the machine is offline. */
  readonly offline: boolean;
  /** What the registries said of each DOI that answered, for --write. */
  readonly registry: ReadonlyMap<string, RegistryWork>;
}

export interface SourcesRun {
  readonly fetcher: Fetcher;
  readonly doiResolver: string;
  readonly cache?: LinkCache;
  /** Ask the registry even where the cache says the record agreed, to fill empty fields. */
  readonly refresh?: boolean;
}

const PAGE_ACCEPT = 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5';

export async function checkSources(records: readonly SourcedDataset[], run: SourcesRun): Promise<SourcesResult> {
  const findings: SourceFinding[] = [];
  const unsettled: Unsettled[] = [];
  const registry = new Map<string, RegistryWork>();
  let confirmed = 0;
  let fromCache = 0;
  let reached = 0;
  let failed = 0;
  const cached = (key: string): boolean => run.cache?.get(key)?.verdict === 'ok';
  const remember = (key: string, url: string) => run.cache?.set(key, { verdict: 'ok', status: 200, finalUrl: url, attempts: 1, reason: 'the source agrees with the record' });
  const settle = (fetched: Fetched) => (fetched.kind === 'failure' && fetched.offline ? (failed += 1) : (reached += 1));

  const dois = records.flatMap(({ file, dataset, locate }) =>
    dataset.citations.flatMap((citation, index) => (citation.doi === undefined ? [] : [{ file, citation, index, doi: citation.doi, locate }])),
  );
  const pages = new Map<string, { file: string; index: number; quote: string; locate: SourcedDataset['locate'] }[]>();
  for (const { file, dataset, locate } of records) {
    dataset.evidence.forEach((entry, index) => {
      const list = pages.get(entry.url) ?? [];
      list.push({ file, index, quote: entry.quote, locate });
      pages.set(entry.url, list);
    });
  }

  const checkDoi = async ({ file, citation, index, doi, locate }: (typeof dois)[number]) => {
    const link = doiUrl(doi);
    const key = `source-doi ${doi.toLowerCase()} ${fingerprint(citation)}`;
    if (!run.refresh && cached(key)) {
      confirmed += 1;
      fromCache += 1;
      return;
    }
    const fetched = await run.fetcher.fetch(doiResolverUrl(link, run.doiResolver)!, CSL_JSON);
    settle(fetched);
    const at = (path: (string | number)[]) => locate(['citations', index, ...path]);
    const say = (path: (string | number)[], ruleId: string, message: string, severity: Severity = 'error') => findings.push(finding(file, at(path), ruleId, message, severity, link));
    if (fetched.kind === 'status' && fetched.status === 404 && fetched.finalUrl.startsWith(run.doiResolver)) {
      say(['doi'], 'doi-unknown', `citations[${index}].doi: ${doi} is not registered (the resolver answered 404 Not Found): check the DOI against the paper or the dataset's page.`);
      return;
    }
    if (fetched.kind !== 'document') {
      const reason = fetched.kind === 'failure' ? fetched.detail : fetched.status === 406 ? 'the registry offers no CSL-JSON for this DOI (406 Not Acceptable)' : `the registry answered ${describeStatus(fetched.status)}`;
      unsettled.push({ file, line: at(['doi']).line, field: `citations[${index}].doi`, url: link, reason });
      return;
    }
    const work = parseCsl(fetched.body);
    if (work === undefined) {
      unsettled.push({ file, line: at(['doi']).line, field: `citations[${index}].doi`, url: link, reason: 'the registry answered, but not with CSL-JSON' });
      return;
    }
    registry.set(`${file}\u0000${index}`, work);
    const differences = disagreements(citation, work);
    for (const d of differences) {
      const path = d.field === 'authors' ? ['authors', 0] : [d.field];
      const what = d.field === 'authors' ? 'first author' : d.field;
      say(path, `citation-${d.field === 'authors' ? 'author' : d.field}`, `citations[${index}].${d.field === 'authors' ? 'authors[0]' : d.field}: the record's ${what} \`${d.record}\` where the registry of ${doi} gives \`${d.registry}\`: correct the record, or the DOI if it names another work.`);
    }
    if (differences.length === 0) {
      confirmed += 1;
      remember(key, link);
    }
  };

  const checkPage = async (url: string, quotes: NonNullable<ReturnType<typeof pages.get>>) => {
    const keys = quotes.map((q) => `source-quote ${url} ${hash(q.quote)}`);
    const open = quotes.filter((_, i) => !cached(keys[i]!));
    fromCache += quotes.length - open.length;
    confirmed += quotes.length - open.length;
    if (open.length === 0) return;
    const fetched = await run.fetcher.fetch(url, PAGE_ACCEPT);
    settle(fetched);
    const field = (q: (typeof quotes)[number]) => `evidence[${q.index}].quote`;
    if (fetched.kind === 'document' && /application\/pdf/i.test(fetched.contentType ?? '')) {
      for (const q of open) unsettled.push({ file: q.file, line: q.locate(['evidence', q.index, 'quote']).line, field: field(q), url, reason: 'the page is a PDF, whose text is not read' });
      return;
    }
    if (fetched.kind === 'status' && (fetched.status === 404 || fetched.status === 410)) {
      for (const q of open) findings.push(finding(q.file, q.locate(['evidence', q.index, 'url']), 'source-gone', `evidence[${q.index}].url: the page answered ${describeStatus(fetched.status)}: find where it moved, or another source for what it supports.`, 'warning', url));
      return;
    }
    if (fetched.kind !== 'document') {
      const reason = fetched.kind === 'failure' ? fetched.detail : `the page answered ${describeStatus(fetched.status)}${fetched.status === 403 || fetched.status === 401 || fetched.status === 429 ? ': the site refuses automated requests' : ''}`;
      for (const q of open) unsettled.push({ file: q.file, line: q.locate(['evidence', q.index, 'quote']).line, field: field(q), url, reason });
      return;
    }
    const text = documentText(fetched.body, fetched.contentType);
    for (const q of open) {
      if (containsQuote(text, q.quote)) {
        confirmed += 1;
        remember(`source-quote ${url} ${hash(q.quote)}`, url);
      } else {
        const shown = q.quote.length > 80 ? `${q.quote.slice(0, 77)}...` : q.quote;
        findings.push(finding(q.file, q.locate(['evidence', q.index, 'quote']), 'quote-missing', `evidence[${q.index}].quote: quote no longer on the page (${url} answered, but its text does not hold “${shown}”): check the page, then update the quote and the figures it supports.`, 'warning', url));
      }
    }
  };

  await Promise.all([...dois.map(checkDoi), ...[...pages].map(([url, quotes]) => checkPage(url, quotes))]);
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  unsettled.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { findings, unsettled, confirmed, fromCache, offline: failed > 0 && reached === 0, registry };
}

function finding(file: string, at: { line: number; column: number }, ruleId: string, message: string, severity: Severity, url: string): SourceFinding {
  return { file, line: at.line, column: at.column, endLine: at.line, endColumn: at.column, severity, ruleId, message, url };
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** What the registry is compared with: a cached agreement holds only while the record says the same. */
function fingerprint(citation: Citation): string {
  const first = citation.authors?.[0];
  return hash(JSON.stringify([citation.title, citation.year, first === undefined ? '' : 'literal' in first ? first.literal : first.family]));
}
