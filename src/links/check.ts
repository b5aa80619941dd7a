/**
 * One http(s) URL to a verdict. HEAD first, GET when HEAD is refused or fails; redirects followed
 * by hand (loops and hop count detected, permanence recorded); retries with backoff on 408, 429,
 * 5xx, timeouts and resets; every request goes through the host scheduler. doi.org links are
 * judged at the resolver.
 */
import { setMaxListeners } from 'node:events';
import { STATUS_CODES } from 'node:http';
import { plural } from '../fields/count.js';
import { httpsDoiUrl } from '../fields/url.js';
import { doiResolverUrl } from './doi.js';
import { createHttpClient, seconds, type HttpClient, type Method, type Probe } from './http.js';
import type { CheckOptions } from './options.js';
import { HostScheduler } from './politeness.js';
import { backoffMs, isRetryableStatus, parseRetryAfter, sleep } from './retry.js';
import type { Outcome, Verdict } from './verdict.js';

export interface Checker {
  /** Never rejects: every failure is an outcome. */
  check(url: string): Promise<Outcome>;
  close(): Promise<void>;
}

type Response = Extract<Probe, { kind: 'response' }>;

/** The last answer for one URL of a redirect chain, after retries. */
interface Hop {
  readonly probe: Probe;
  readonly attempts: number;
  /** HEAD was refused with this status and GET was tried. */
  readonly headRefused?: number;
  /** Why the checker stopped trying early (Retry-After over the cap, host given up on). */
  readonly gaveUp?: string;
}

const ABORTED: Probe = { kind: 'failure', failure: 'aborted', detail: 'the run budget ran out' };

export function createChecker(
  options: CheckOptions,
  signal: AbortSignal,
  client: HttpClient = createHttpClient(options),
  scheduler = new HostScheduler({ concurrency: options.concurrency, perHost: options.perHost, gapMs: options.hostGapMs }),
): Checker {
  // Every waiting and in-flight request listens to the run's signal: hundreds, by design.
  setMaxListeners(0, signal);
  /** Hosts that asked for a longer wait than the checker grants: not asked again this run. */
  const givenUp = new Map<string, string>();

  async function check(url: string): Promise<Outcome> {
    try {
      const resolverUrl = doiResolverUrl(url, options.doiResolver);
      return resolverUrl === undefined ? await follow(url) : await checkDoi(url, resolverUrl);
    } catch (error) {
      // Not expected; still a verdict, so one odd URL never stops the run.
      return outcome('warn', null, url, 0, `the checker failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function follow(url: string): Promise<Outcome> {
    const seen = new Set<string>([withoutHash(url)]);
    let current = url;
    let attempts = 0;
    let hops = 0;
    let permanent = true;
    let suggested: string | undefined;
    for (;;) {
      const hop = await fetchHop(current);
      attempts += hop.attempts;
      const { probe } = hop;
      const location = probe.kind === 'response' && isRedirect(probe.status) ? probe.location : undefined;
      if (hop.gaveUp !== undefined || probe.kind === 'failure' || location === undefined) {
        const found = judge(hop, current, attempts, hops, options.budgetMs);
        return suggested === undefined || found.verdict !== 'ok' ? found : { ...found, suggestedUrl: suggested };
      }
      const status = (probe as Response).status;
      let next: string;
      try {
        next = new URL(location, current).href;
      } catch {
        return outcome('warn', status, current, attempts, `${status} redirect to an unreadable Location \`${location}\``);
      }
      if (!/^https?:$/.test(new URL(next).protocol)) {
        return outcome('warn', status, next, attempts, `redirects to a ${new URL(next).protocol} URL, which is not checked`);
      }
      hops++;
      permanent &&= status === 301 || status === 308;
      if (permanent) suggested = next;
      if (seen.has(withoutHash(next))) {
        // A site that sets a cookie and redirects to itself works in a browser: a cookie wall, not a dead link.
        return (probe as Response).setsCookie
          ? outcome('warn', status, next, attempts, `redirect loop after ${plural(hops, 'hop')} that sets cookies: the site needs a browser`)
          : outcome('broken', status, next, attempts, `redirect loop: ${next} was already visited (after ${plural(hops, 'hop')})`);
      }
      if (hops > options.maxRedirects) {
        return outcome('broken', status, next, attempts, `more than ${options.maxRedirects} redirects`);
      }
      seen.add(withoutHash(next));
      current = next;
    }
  }

  async function checkDoi(url: string, resolverUrl: string): Promise<Outcome> {
    const hop = await fetchHop(resolverUrl);
    const upgrade = httpsDoiUrl(url);
    const suggestion = upgrade === undefined ? {} : { suggestedUrl: upgrade };
    const { probe } = hop;
    if (hop.gaveUp === undefined && probe.kind === 'response') {
      if (isRedirect(probe.status) && probe.location !== undefined) {
        // Even an unreadable Location is a redirect: the resolver knows the DOI.
        const target = URL.canParse(probe.location, resolverUrl) ? new URL(probe.location, resolverUrl) : undefined;
        const where = target === undefined ? `\`${probe.location}\`` : target.hostname;
        return { ...outcome('ok', probe.status, target?.href ?? probe.location, hop.attempts, `DOI registered: the resolver redirects to ${where}`), ...suggestion };
      }
      if (probe.status >= 200 && probe.status < 300) {
        return { ...outcome('ok', probe.status, resolverUrl, hop.attempts, `DOI resolver answered ${describeStatus(probe.status)}`), ...suggestion };
      }
      if (probe.status === 404) {
        return outcome('broken', 404, resolverUrl, hop.attempts, 'DOI not found: the resolver answered 404 Not Found');
      }
    }
    return judge(hop, resolverUrl, hop.attempts, 0, options.budgetMs);
  }

  /** Requests one URL until an answer worth judging: GET after a refused HEAD, retries after backoff. */
  async function fetchHop(url: string): Promise<Hop> {
    const host = hostOf(url);
    let method: Method = 'HEAD';
    let attempts = 0;
    let retries = 0;
    let headRefused: number | undefined;
    const hop = (probe: Probe, gaveUp?: string): Hop => ({
      probe,
      attempts,
      ...(headRefused === undefined ? {} : { headRefused }),
      ...(gaveUp === undefined ? {} : { gaveUp }),
    });
    for (;;) {
      let probe: Probe | undefined;
      /** Retry-After, in ms, and the wait the host was given after a 429. */
      let asked: number | undefined;
      let hostWait: number | undefined;
      try {
        probe = await scheduler.run(
          host,
          async () => {
            if (givenUp.has(host)) return undefined;
            attempts++;
            const answer = await client.probe(url, method, signal);
            // What a 429 says about the whole host is recorded before its slot is free again.
            if (answer.kind === 'response' && answer.status === 429) {
              asked = parseRetryAfter(answer.retryAfter);
              if (asked !== undefined && asked > options.retryAfterCapMs) {
                givenUp.set(host, `${host} asked to wait ${seconds(asked)} after a 429 (Too Many Requests); not asked again this run`);
              } else {
                hostWait = asked ?? backoff(retries);
                scheduler.backOff(host, hostWait);
              }
            }
            return answer;
          },
          signal,
        );
      } catch {
        return hop(ABORTED);
      }
      if (probe === undefined) return hop(ABORTED, givenUp.get(host));
      const step = nextStep(probe, method);
      if (step === 'done') return hop(probe);
      if (step === 'get') {
        if (probe.kind === 'response') headRefused = probe.status;
        method = 'GET';
        continue;
      }
      // A retry. Its wait: what the server asked for, or exponential backoff.
      if (probe.kind === 'response' && probe.status !== 429) asked = parseRetryAfter(probe.retryAfter);
      if (asked !== undefined && asked > options.retryAfterCapMs) {
        const status = (probe as Response).status;
        return hop(probe, `${describeStatus(status)} with Retry-After ${seconds(asked)}, longer than the ${seconds(options.retryAfterCapMs)} the checker waits`);
      }
      if (retries >= options.retries) return hop(probe);
      const delay = hostWait ?? asked ?? backoff(retries);
      retries++;
      try {
        await sleep(delay, signal);
      } catch {
        return hop(ABORTED);
      }
      method = 'GET';
    }
  }

  /** The wait before retry number `done + 1`. */
  function backoff(done: number): number {
    return backoffMs(done + 1, options.retryBaseMs, options.retryMaxMs, options.random);
  }

  return { check, close: () => client.close() };
}

/** After one attempt: judge it, try GET at once (HEAD refused), or retry after a wait. */
function nextStep(probe: Probe, method: Method): 'done' | 'get' | 'retry' {
  if (probe.kind === 'response') {
    if (probe.status < 400) return 'done';
    if (isRetryableStatus(probe.status)) return 'retry';
    return method === 'HEAD' ? 'get' : 'done';
  }
  switch (probe.failure) {
    case 'timeout':
    case 'reset':
    case 'dns-temporary':
      return 'retry';
    case 'other':
      return method === 'HEAD' ? 'get' : 'done';
    default:
      return 'done';
  }
}

function judge(hop: Hop, finalUrl: string, attempts: number, hops: number, budgetMs: number): Outcome {
  const { probe } = hop;
  const status = probe.kind === 'response' ? probe.status : null;
  if (hop.gaveUp !== undefined) return outcome('warn', probe === ABORTED ? null : status, finalUrl, attempts, hop.gaveUp);
  const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
  if (probe.kind === 'failure' && probe.failure === 'aborted') {
    return outcome('warn', null, finalUrl, attempts, `not settled within the run's time budget (${seconds(budgetMs)})`);
  }
  if (probe.kind === 'failure') {
    const verdict: Verdict = probe.failure === 'dns' || probe.failure === 'refused' ? 'broken' : 'warn';
    const failure = probe.failure === 'dns' || probe.failure === 'dns-temporary' ? 'dns' : probe.failure === 'unreachable' ? 'unreachable' : 'other';
    return { ...outcome(verdict, null, finalUrl, attempts, `${probe.detail}${verdict === 'warn' ? tries : ''}`), failure };
  }
  const s = probe.status;
  const via = [hops > 0 ? `after ${plural(hops, 'redirect')}` : '', hop.headRefused !== undefined && hop.headRefused !== s ? `to GET (HEAD answered ${hop.headRefused})` : '']
    .filter(Boolean)
    .join(', ');
  const said = `${describeStatus(s)}${via === '' ? '' : ` ${via}`}`;
  if (s >= 200 && s < 300) return outcome('ok', s, finalUrl, attempts, said);
  if (s === 404 || s === 410) return outcome('broken', s, finalUrl, attempts, said);
  if (isRedirect(s)) return outcome('warn', s, finalUrl, attempts, `${said} without a Location header`);
  const hint =
    s === 401
      ? ': the page needs a login'
      : s === 403 || s === 418
        ? ': the site refuses automated requests; open it in a browser'
        : s === 429
          ? `: rate limited${tries}`
          : s >= 500
            ? `: server error${tries}`
            : '';
  return outcome('warn', s, finalUrl, attempts, `${said}${hint}`);
}

function outcome(verdict: Verdict, status: number | null, finalUrl: string, attempts: number, reason: string): Outcome {
  return { verdict, status, finalUrl, attempts, reason };
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

export function describeStatus(status: number): string {
  const text = STATUS_CODES[status];
  return text === undefined ? String(status) : `${status} ${text}`;
}

/** Politeness is per host name: two ports or schemes of one host are one server. */
export function hostOf(url: string): string {
  return new URL(url).hostname.toLowerCase();
}

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}
