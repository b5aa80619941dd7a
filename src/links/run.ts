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

export async function checkLinks(links: readonly Link[], run: RunOptions): Promise<LinkResult[]> {
  const budget = AbortSignal.timeout(run.options.budgetMs);
  const checker = run.checker ?? createChecker(run.options, budget);
  try {
    const results = await Promise.all(
      links.map(async (link) => {
        const started = performance.now();
        const { outcome, cached } = await settle(link.url, run, checker);
        const result: LinkResult = {
          url: link.url,
          ...outcome,
          ms: Math.round(performance.now() - started),
          sources: link.sources,
          ...(cached ? { cached } : {}),
        };
        run.onResult?.(result);
        return result;
      }),
    );
    return sortResults(results);
  } finally {
    await checker.close();
  }
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
  const outcome = await checker.check(url);
  run.cache?.set(url, outcome);
  return { outcome, cached: false };
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
