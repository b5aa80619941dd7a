/**
 * Checks a list of links within the run's budget: repository paths against the file system,
 * mailto: by syntax, http(s) through the cache and the checker. Returns results in report order.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { describeUrlProblem, urlProblem } from '../fields/url.js';
import type { LinkCache } from './cache.js';
import { createChecker, type Checker } from './check.js';
import { isLocalPath } from './collect.js';
import { checkMailto } from './mailto.js';
import type { CheckOptions } from './options.js';
import { sortResults, type Link, type LinkResult, type Outcome } from './verdict.js';

export interface RunOptions {
  readonly options: CheckOptions;
  /** Where repository paths are resolved. */
  readonly root: string;
  readonly cache?: LinkCache;
  /** Called as each link is settled, for progress. */
  readonly onResult?: (result: LinkResult) => void;
  /** For tests: a checker other than the HTTP one. */
  readonly checker?: Checker;
}

/**
 * The cache learns only from this run's answers, once they are all in: when no host could be
 * reached at all, not even the DOI resolver, the machine is offline, and nothing is judged or cached. A name that does not
 * resolve while others do is reported broken only when it did not resolve on the run before either.
 */
export async function checkLinks(links: readonly Link[], run: RunOptions): Promise<LinkResult[]> {
  const budget = AbortSignal.timeout(run.options.budgetMs);
  const checker = run.checker ?? createChecker(run.options, budget);
  try {
    const settled = await Promise.all(
      links.map(async (link) => {
        const started = performance.now();
        const { outcome, cached } = await settle(link.url, run, checker);
        return { link, outcome, cached, ms: Math.round(performance.now() - started) };
      }),
    );
    const asked = settled.filter((s) => !s.cached && /^https?:/i.test(s.link.url) && s.outcome.attempts > 0);
    const unreached = asked.length > 0 && asked.every((s) => s.outcome.failure === 'dns' || s.outcome.failure === 'unreachable');
    // Every host asked failed to resolve: the network, or those names? The DOI resolver tells.
    const offline = unreached && (await checker.check(run.options.doiResolver)).status === null;
    const results = settled.map(({ link, outcome, cached, ms }) => {
      const judged = cached || !asked.some((s) => s.link === link) ? outcome : offline ? notJudged(outcome) : learn(link.url, outcome, run.cache);
      const result: LinkResult = { url: link.url, ...judged, ms, sources: link.sources, ...(cached ? { cached } : {}), ...(offline && asked.some((s) => s.link === link) ? { offline: true } : {}) };
      run.onResult?.(result);
      return result;
    });
    return sortResults(results);
  } finally {
    await checker.close();
  }
}

function notJudged(outcome: Outcome): Outcome {
  return { ...outcome, verdict: 'warn', reason: `not checked: no host could be reached, so this machine seems offline (${outcome.reason})` };
}

/** What this run's answer teaches the cache, and the verdict it stands for. */
function learn(url: string, outcome: Outcome, cache: LinkCache | undefined): Outcome {
  if (outcome.failure === 'dns') {
    if (cache?.unresolvedBefore(url) === true) {
      const confirmed: Outcome = { ...outcome, verdict: 'broken', reason: `${outcome.reason}, on this run and the one before` };
      cache.set(url, confirmed);
      return confirmed;
    }
    cache?.markUnresolved(url);
    return { ...outcome, verdict: 'warn', reason: `${outcome.reason}; if it still does not on the next run, the link is reported broken` };
  }
  // Broken is kept only for what a server said (404, 410, a loop); a refused connection may be a moment's outage.
  if (outcome.verdict === 'ok' || (outcome.verdict === 'broken' && outcome.status !== null)) cache?.set(url, outcome);
  else cache?.forget(url);
  return outcome;
}

async function settle(url: string, run: RunOptions, checker: Checker): Promise<{ outcome: Outcome; cached: boolean }> {
  if (isLocalPath(url)) return { outcome: await checkLocal(url, run.root), cached: false };
  if (/^mailto:/i.test(url)) return { outcome: checkMailto(url), cached: false };
  if (!/^https?:/i.test(url)) {
    const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
    return { outcome: { verdict: 'warn', status: null, finalUrl: url, attempts: 0, reason: `${scheme} links are not checked` }, cached: false };
  }
  const problem = urlProblem(url);
  if (problem !== undefined) {
    return { outcome: { verdict: 'broken', status: null, finalUrl: url, attempts: 0, reason: `malformed URL: ${describeUrlProblem(problem, url)}` }, cached: false };
  }
  const hit = run.cache?.get(url);
  if (hit !== undefined) return { outcome: hit, cached: true };
  return { outcome: await checker.check(url), cached: false };
}

/** A link to a file of the repository: it exists or it does not. */
async function checkLocal(file: string, root: string): Promise<Outcome> {
  if (file === '..' || file.startsWith('../')) {
    // On GitHub `../../issues/new` from the README is a page of the site, not a file.
    return { verdict: 'warn', status: null, finalUrl: file, attempts: 0, reason: 'points outside the repository (a page of the hosting site?); not checked' };
  }
  const exists = await stat(path.resolve(root, file)).then(
    () => true,
    () => false,
  );
  return {
    verdict: exists ? 'ok' : 'broken',
    status: null,
    finalUrl: file,
    attempts: 0,
    reason: exists ? 'file exists in the repository' : 'no such file in the repository',
  };
}
