/** `catalogue check-links [files...]`: are the catalogue's links alive? Broken means broken. */
import path from 'node:path';
import { DEFAULT_CACHE_FILE, LinkCache } from '../links/cache.js';
import { collectFromDatasets, collectFromMarkdown } from '../links/collect.js';
import { formatMarkdown } from '../links/report-markdown.js';
import { appendFile } from 'node:fs/promises';
import { checkOptions, DEFAULT_OPTIONS, type CheckOptions } from '../links/options.js';
import { createProgress } from '../links/progress.js';
import { formatJson } from '../links/report-json.js';
import { formatText } from '../links/report-text.js';
import { checkLinks } from '../links/run.js';
import type { Link } from '../links/verdict.js';
import { helpHint, parseCommandArgs } from './args.js';
import { EXIT, UserError, type Command, type Io } from './io.js';

const HELP = `Usage: npm run check-links -- [files...] [options]

Checks every URL of the dataset records under datasets/ (each reported with its record file and
field), or, given Markdown files, every link in them (with file and line). Reads response
headers only, never bodies.

Verdicts: ok (2xx, maybe after redirects), broken (404, 410, connection refused, redirect loop,
more than ${DEFAULT_OPTIONS.maxRedirects} redirects, a host name that did not resolve on this run and the one
before), could not tell (401, 403, 405, 418, 429 or 5xx after retries, timeouts, a host name that
does not resolve for the first time). doi.org links are judged at doi.org. When no host can be
reached at all, the machine is taken to be offline: nothing is judged, and nothing is cached.

Exit codes: 0 no broken link (or offline), 1 a broken link, 2 usage error.

Options:
  --format text|json     Report format (default: text)
  --cache FILE           Cache file (default: ${DEFAULT_CACHE_FILE} in the root folder)
  --no-cache             Neither read nor write the cache
  --timeout S            Seconds one request may take, headers included (default: ${DEFAULT_OPTIONS.requestTimeoutMs / 1000})
  --budget S             Seconds the whole run may take (default: ${DEFAULT_OPTIONS.budgetMs / 1000})
  --concurrency N        Requests in flight at once, all hosts (default: ${DEFAULT_OPTIONS.concurrency}; ${DEFAULT_OPTIONS.perHost} per host)
  --user-agent TEXT      User-Agent header (default names this project)
  --doi-resolver URL     Where DOIs are resolved (default: ${DEFAULT_OPTIONS.doiResolver})
  --root DIR             The catalogue's root folder (default: the current folder)
  --since REV            Only links that are not in the same files at git revision REV
                         (a pull request checks only the links it adds or changes)
  --summary FILE         Also append a Markdown report to FILE (such as $GITHUB_STEP_SUMMARY)
  -h, --help             Show this help
`;

export const run: Command = (args, io) => checkLinksCommand(args, io);

/** The command, with check options a test can override (small timings, an injected lookup). */
export async function checkLinksCommand(args: string[], io: Io, overrides: Partial<CheckOptions> = {}): Promise<number> {
  const { values, positionals } = parseCommandArgs('check-links', args, {
    format: { type: 'string' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean' },
    timeout: { type: 'string' },
    budget: { type: 'string' },
    concurrency: { type: 'string' },
    'user-agent': { type: 'string' },
    'doi-resolver': { type: 'string' },
    root: { type: 'string' },
    since: { type: 'string' },
    summary: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw usage(`--format must be text or json, not \`${format}\``);
  if (values.cache !== undefined && values['no-cache']) throw usage('--cache and --no-cache cannot be used together');
  const timeout = seconds('--timeout', values.timeout);
  const budget = seconds('--budget', values.budget);
  const concurrency = count('--concurrency', values.concurrency);
  if (values['user-agent'] !== undefined && values['user-agent'].trim() === '') throw usage('--user-agent must not be empty');
  if (values['doi-resolver'] !== undefined && !/^https?:\/\/[^\s/]+/.test(values['doi-resolver'])) {
    throw usage('--doi-resolver must be an http(s) URL');
  }
  const options = checkOptions({
    ...overrides,
    // The body is never read, so a request's time is its wait for the headers.
    requestTimeoutMs: timeout ?? overrides.requestTimeoutMs,
    headersTimeoutMs: timeout ?? overrides.headersTimeoutMs,
    budgetMs: budget ?? overrides.budgetMs,
    concurrency: concurrency ?? overrides.concurrency,
    userAgent: values['user-agent'] ?? overrides.userAgent,
    doiResolver: values['doi-resolver'] ?? overrides.doiResolver,
  });

  const root = path.resolve(io.cwd, values.root ?? '.');
  let links = await collect(positionals, io, root);
  if (values.since !== undefined) {
    const all = links.length;
    const { linksAddedSince } = await import('../links/since.js');
    links = await linksAddedSince(links, values.since, root, positionals.map((f) => path.resolve(io.cwd, f)));
    io.stderr.write(`check-links: ${links.length} of ${all} links are new since ${values.since}.\n`);
  }
  const cache = values['no-cache'] ? undefined : await openCache(path.resolve(io.cwd, values.cache ?? path.join(root, DEFAULT_CACHE_FILE)), io);

  const started = performance.now();
  const progress = createProgress(io, links.length);
  const results = await checkLinks(links, { options, root, ...(cache ? { cache } : {}), onResult: (r) => progress.tick(r) });
  progress.done();
  const elapsed = performance.now() - started;

  if (results.some((r) => r.offline === true)) {
    io.stderr.write('check-links: no host could be reached: this machine seems to be offline. No link was judged, and the cache learned nothing from this run.\n');
  }
  if (cache !== undefined) {
    await cache.save().catch((error: Error) => io.stderr.write(`check-links: could not write the cache ${cache.file}: ${error.message}\n`));
  }
  io.stdout.write(format === 'json' ? formatJson(results) : formatText(results, elapsed));
  if (values.summary !== undefined) await appendFile(path.resolve(io.cwd, values.summary), formatMarkdown(results, elapsed));
  return results.some((r) => r.verdict === 'broken') ? EXIT.failed : EXIT.ok;
}

async function collect(files: readonly string[], io: Io, root: string): Promise<Link[]> {
  if (files.length > 0) return collectFromMarkdown(files, io.cwd, root);
  const { links, invalidFiles } = await collectFromDatasets(root);
  if (invalidFiles.length > 0) {
    io.stderr.write(
      `check-links: ${invalidFiles.length} ${invalidFiles.length === 1 ? 'record does' : 'records do'} not validate and ${invalidFiles.length === 1 ? 'is' : 'are'} not checked: ${invalidFiles.join(', ')}. Run \`npm run validate\`.\n`,
    );
  }
  return links;
}

async function openCache(file: string, io: Io): Promise<LinkCache> {
  const { cache, warning } = await LinkCache.open(file);
  if (warning !== undefined) io.stderr.write(`check-links: ${warning}\n`);
  return cache;
}

function seconds(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0) throw usage(`${flag} takes a number of seconds above 0, not \`${text}\``);
  return Math.round(value * 1000);
}

function count(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < 1) throw usage(`${flag} takes a whole number above 0, not \`${text}\``);
  return Number(text);
}

function usage(detail: string): UserError {
  return new UserError(`check-links: ${detail}. ${helpHint('check-links')}`);
}
