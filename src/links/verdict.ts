/** What the link checker says about one link, and the order reports list them in. */
import { compareText } from '../report/message.js';

/** ok: the link works. broken: it certainly does not. warn: the checker could not tell. */
export type Verdict = 'ok' | 'warn' | 'broken';

/** Report order: what needs fixing first. */
export const VERDICT_ORDER: readonly Verdict[] = ['broken', 'warn', 'ok'];

/** Where a link was found: a Markdown line, or a field of a dataset record. */
export interface LinkSource {
  readonly file: string;
  readonly line: number;
  /** For records: `access.url`, `citations[1].url`. */
  readonly field?: string;
}

/** A link to check and every place it occurs. */
export interface Link {
  readonly url: string;
  readonly sources: LinkSource[];
}

/** The checker's finding for one URL, before it is tied to its sources. */
export interface Outcome {
  readonly verdict: Verdict;
  /** The last HTTP status seen; null when no response came (unknown host, refused, timeout...). */
  readonly status: number | null;
  /** The last URL requested: the end of the redirect chain. */
  readonly finalUrl: string;
  /** HTTP requests made for this URL, redirects and retries included. */
  readonly attempts: number;
  readonly reason: string;
  /** Where the record should point instead, when the URL redirects permanently (301/308). */
  readonly suggestedUrl?: string;
  /** Why no response came, when none did: a name that does not resolve is judged across runs. */
  readonly failure?: 'dns' | 'unreachable' | 'other';
}

export interface LinkResult extends Outcome {
  readonly url: string;
  /** Time spent on this URL, waiting for politeness included. */
  readonly ms: number;
  readonly sources: readonly LinkSource[];
  /** True when the outcome came from the cache, not from a request made now. */
  readonly cached?: boolean;
  /** No host could be reached in this run: the machine is offline, and nothing was judged. */
  readonly offline?: boolean;
}

export function compareResults(a: LinkResult, b: LinkResult): number {
  return VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict) || compareText(a.url, b.url);
}

export function sortResults(results: readonly LinkResult[]): LinkResult[] {
  return [...results].sort(compareResults);
}
