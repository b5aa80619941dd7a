/** `catalogue check-sources`: do the DOI registries and the quoted pages still say what the records claim? */
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_CACHE_FILE, LinkCache } from '../links/cache.js';
import { createHttpClient, seconds as showSeconds } from '../links/http.js';
import { checkOptions, DEFAULT_OPTIONS, type CheckOptions } from '../links/options.js';
import { HostScheduler } from '../links/politeness.js';
import { formatText } from '../report/text.js';
import { checkSources, type SourcesResult } from '../sources/check.js';
import { createFetcher } from '../sources/fetch.js';
import { helpHint, parseCommandArgs } from './args.js';
import { EXIT, UserError, type Command, type Io } from './io.js';

const HELP = `Usage: npm run check-sources -- [options]

Holds the records to their sources, online. For every DOI of a citation, asks the registry through
the DOI resolver (content negotiation for CSL-JSON, which Crossref and DataCite both answer) and
compares the title, the year and the first author with the record. For every evidence entry, reads
its page (at most 4 MiB) and looks for the quote, case- and whitespace-insensitively, across inline
markup.

Findings: a DOI the resolver does not know, a title, year or first author that differs (errors); a
quote missing from a page that answered, a page that answered 404 (warnings). A bot wall, a 403, a
timeout or no network is "could not tell", never a finding against the record.

Options:
  --format text|json     Report format (default: text); json is one array of
                         {file, line, column, severity, ruleId, message, url}
  --write                Fill what a citation leaves empty (authors, year, journal, volume, issue,
                         pages) from its registry; never changes what the record states
  --cache FILE           Cache file (default: ${DEFAULT_CACHE_FILE} in the root folder); a source that
                         agreed is not asked again for a week
  --no-cache             Neither read nor write the cache
  --timeout S            Seconds one request may take (default: ${DEFAULT_OPTIONS.requestTimeoutMs / 1000})
  --budget S             Seconds the whole run may take (default: ${DEFAULT_OPTIONS.budgetMs / 1000})
  --doi-resolver URL     Where DOIs are resolved (default: ${DEFAULT_OPTIONS.doiResolver})
  --user-agent TEXT      User-Agent header (default names this project)
  --root DIR             The catalogue's root folder (default: the current folder)
  --summary FILE         Also append a Markdown report to FILE (such as $GITHUB_STEP_SUMMARY)
  -h, --help             Show this help
Exit codes: 0 no error (warnings and could-not-tell allowed, or no network), 1 an error finding,
2 usage error or invalid records.
`;

export const run: Command = (args, io) => checkSourcesCommand(args, io);

/** The command, with check options a test can override (small timings, an injected lookup). */
export async function checkSourcesCommand(args: string[], io: Io, overrides: Partial<CheckOptions> = {}): Promise<number> {
  const { values, positionals } = parseCommandArgs('check-sources', args, {
    format: { type: 'string' },
    write: { type: 'boolean' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean' },
    timeout: { type: 'string' },
    budget: { type: 'string' },
    'doi-resolver': { type: 'string' },
    'user-agent': { type: 'string' },
    root: { type: 'string' },
    summary: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw usage(`unexpected argument \`${positionals[0]}\`; the command checks the records of datasets/`);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw usage(`--format must be text or json, not \`${format}\``);
  if (values.cache !== undefined && values['no-cache']) throw usage('--cache and --no-cache cannot be used together');
  if (values['doi-resolver'] !== undefined && !/^https?:\/\/[^\s/]+/.test(values['doi-resolver'])) throw usage('--doi-resolver must be an http(s) URL');
  if (values['user-agent'] !== undefined && values['user-agent'].trim() === '') throw usage('--user-agent must not be empty');
  const timeout = secondsFlag('--timeout', values.timeout);
  const budget = secondsFlag('--budget', values.budget);
  const options = checkOptions({
    ...overrides,
    requestTimeoutMs: timeout ?? overrides.requestTimeoutMs,
    headersTimeoutMs: timeout ?? overrides.headersTimeoutMs,
    budgetMs: budget ?? overrides.budgetMs,
    userAgent: values['user-agent'] ?? overrides.userAgent,
    doiResolver: values['doi-resolver'] ?? overrides.doiResolver,
  });

  const root = path.resolve(io.cwd, values.root ?? '.');
  const { loadCatalog } = await import('../catalog/load.js');
  const { records, messages } = await loadCatalog(root);
  const invalid = [...new Set(messages.filter((m) => m.severity === 'error').map((m) => m.file))];
  if (invalid.length > 0) {
    io.stderr.write(`check-sources: ${invalid.join(', ')} ${invalid.length === 1 ? 'does' : 'do'} not validate, so ${invalid.length === 1 ? 'it is' : 'they are'} not checked; run \`npm run validate\`.\n`);
  }
  const cache = values['no-cache'] ? undefined : await openCache(path.resolve(io.cwd, values.cache ?? path.join(root, DEFAULT_CACHE_FILE)), io);

  const started = performance.now();
  const signal = AbortSignal.timeout(options.budgetMs);
  const client = createHttpClient(options);
  const scheduler = new HostScheduler({ concurrency: options.concurrency, perHost: options.perHost, gapMs: options.hostGapMs });
  let result: SourcesResult;
  try {
    const fetcher = createFetcher(client, scheduler, options, signal);
    result = await checkSources(records, { fetcher, doiResolver: options.doiResolver, ...(cache && { cache }), refresh: values.write === true });
  } finally {
    await client.close();
  }
  const elapsed = performance.now() - started;

  if (result.offline) {
    io.stderr.write('check-sources: no source could be reached: this machine seems to be offline. Nothing was checked, and nothing was cached.\n');
    return EXIT.ok;
  }
  if (cache !== undefined) await cache.save().catch((error: Error) => io.stderr.write(`check-sources: could not write the cache ${cache.file}: ${error.message}\n`));

  if (values.write === true) {
    const { fillFromRegistry } = await import('../sources/write.js');
    const { writeArtifacts } = await import('../build/write.js');
    const { artifacts, filled } = await fillFromRegistry(root, records, result.registry);
    if (artifacts.length > 0) await writeArtifacts(root, artifacts);
    for (const f of filled) io.stderr.write(`check-sources: filled ${f.fields.join(', ')} of citations[${f.index}] in ${f.file} from its registry.\n`);
    if (filled.length === 0) io.stderr.write('check-sources: no citation had an empty field its registry could fill.\n');
  }

  io.stdout.write(format === 'json' ? jsonReport(result) : textReport(result, elapsed));
  if (values.summary !== undefined) await appendFile(path.resolve(io.cwd, values.summary), markdownReport(result, elapsed));
  return result.findings.some((f) => f.severity === 'error') ? EXIT.failed : EXIT.ok;
}

/** One array of findings, each with exactly the keys the help names, in that order. */
function jsonReport(result: SourcesResult): string {
  const rows = result.findings.map(({ file, line, column, severity, ruleId, message, url }) => ({ file, line, column, severity, ruleId, message, url }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

function summaryLine(result: SourcesResult, elapsedMs: number): string {
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.length - errors;
  const cached = result.fromCache > 0 ? `, ${result.fromCache} from the cache` : '';
  return `${result.confirmed} confirmed${cached}, ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${result.unsettled.length} could not tell, in ${showSeconds(Math.round(elapsedMs / 100) * 100)}`;
}

function textReport(result: SourcesResult, elapsedMs: number): string {
  const out: string[] = [];
  if (result.findings.length > 0) out.push(formatText(result.findings).replace(/\n\n[✖⚠].*\n$/, '\n').trimEnd(), '');
  if (result.unsettled.length > 0) {
    out.push(`Could not tell (${result.unsettled.length})`);
    for (const u of result.unsettled) out.push(`  ⚠ ${u.url}`, `      ${u.reason}`, `      ${u.file}:${u.line} ${u.field}`);
    out.push('');
  }
  out.push(summaryLine(result, elapsedMs));
  return `${out.join('\n')}\n`;
}

function markdownReport(result: SourcesResult, elapsedMs: number): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = ['### Source check', '', summaryLine(result, elapsedMs), ''];
  if (result.findings.length > 0) {
    lines.push('| where | severity | finding |', '| --- | --- | --- |');
    for (const f of result.findings) lines.push(`| ${cell(`${f.file}:${f.line}`)} | ${f.severity} | ${cell(f.message)} |`);
    lines.push('');
  }
  if (result.unsettled.length > 0) {
    lines.push('<details><summary>Could not tell</summary>', '', '| where | source | why |', '| --- | --- | --- |');
    for (const u of result.unsettled) lines.push(`| ${cell(`${u.file}:${u.line} ${u.field}`)} | ${cell(u.url)} | ${cell(u.reason)} |`);
    lines.push('', '</details>', '');
  }
  return `${lines.join('\n')}\n`;
}

async function openCache(file: string, io: Io): Promise<LinkCache> {
  const { cache, warning } = await LinkCache.open(file);
  if (warning !== undefined) io.stderr.write(`check-sources: ${warning}\n`);
  return cache;
}

function secondsFlag(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0) throw usage(`${flag} takes a number of seconds above 0, not \`${text}\``);
  return Math.round(value * 1000);
}

function usage(detail: string): UserError {
  return new UserError(`check-sources: ${detail}. ${helpHint('check-sources')}`);
}
