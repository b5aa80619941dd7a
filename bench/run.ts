/**
 * `npm run bench`: the catalogue's commands side by side with the tools people would otherwise
 * run, each as a whole cold process, several times, round-robin, on the same input in the same
 * run. Prints a Markdown table and writes it to bench/results/latest.md.
 *
 *   npm run bench [-- --quick] [-- --runs N] [-- --only lint,hook,build,scale,links] [-- --out FILE]
 *
 * Run from the project root (npm does). The peers live in bench/package.json and are installed
 * into bench/node_modules on first run; the root install never pulls them in.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCatalogue } from './generate.js';
import { cleanUpMeasure, describeProbe, memoryProbe, RunFailed, runRounds, type Command, type Sample } from './measure.js';
import { emptyRow, formatRatio, markdownTable, measuredRow, missedTargets, pairedRatio, target, type Row } from './report.js';
import { startLinkServers, type HostCounts } from './servers.js';
import { median, range } from './stats.js';

const ROOT = process.cwd();
const BENCH = path.join(ROOT, 'bench');
const PEERS = path.join(BENCH, 'node_modules');
/** The program the npm scripts run. */
const CLI = path.join(ROOT, 'bin/catalogue.mjs');
const COMPILED = path.dirname(fileURLToPath(import.meta.url));

interface Context {
  /** Counted rounds per comparison. */
  readonly rounds: number;
  readonly quick: boolean;
  /** Temp folder for this run; removed at the end. */
  readonly tmp: string;
  /** Lines printed under the table. */
  readonly notes: string[];
}

interface Case {
  readonly id: string;
  readonly run: (ctx: Context) => Promise<Row[]>;
}

// ---------------------------------------------------------------------------------------------
// Commands

/** One of this project's commands, run as `npm run <command>` runs it. */
function ours(label: string, args: readonly string[], cwd: string, extra: Partial<Command> = {}): Command {
  return { label, args: [CLI, ...args], cwd, okCodes: [0], ...extra };
}

interface Peer {
  readonly name: string;
  readonly version: string;
  readonly bin: string;
}

function peer(name: string): Peer {
  const dir = path.join(PEERS, name);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string; bin: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : (manifest.bin[name] ?? Object.values(manifest.bin)[0]!);
  return { name, version: manifest.version, bin: path.join(dir, bin) };
}

const peerCommand = (p: Peer, args: readonly string[], cwd: string, extra: Partial<Command> = {}): Command => ({
  label: `${p.name} ${p.version}`,
  args: [p.bin, ...args],
  cwd,
  okCodes: [0],
  ...extra,
});

/** Runs a comparison; a command that fails turns every row of the comparison into a failed row. */
async function measure(caseName: string, commands: readonly Command[], rounds: number, warmup = 1): Promise<Sample[][] | Row[]> {
  try {
    return await runRounds(commands, rounds, warmup);
  } catch (error) {
    if (!(error instanceof RunFailed)) throw error;
    process.stderr.write(`${error.message}\n`);
    const firstLine = error.sample.tail.trim().split('\n').pop() ?? '';
    return commands.map((c) =>
      emptyRow(caseName, c.label, c === error.command ? `failed: exit ${error.sample.code ?? 'none'}: ${firstLine.slice(0, 120)}` : 'not run: another command of the case failed'),
    );
  }
}

const isRows = (value: Sample[][] | Row[]): value is Row[] => value.length > 0 && !Array.isArray(value[0]);

/** Removes what build-readme writes, so every timed build writes every file. */
function removeOutputs(dir: string): void {
  for (const entry of ['README.md', 'images', 'data', 'schema', 'site', 'docs']) rmSync(path.join(dir, entry), { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// Case 1: lint the catalogue's README, beside its records and as a plain copy

/** A copy of the committed catalogue: the records, the template and every file build-readme writes. */
function catalogueCopy(dir: string, entries: readonly string[]): void {
  mkdirSync(dir, { recursive: true });
  for (const entry of entries) cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
}

const lintReadme: Case = {
  id: 'lint',
  async run(ctx) {
    const name = `1. lint README.md, committed catalogue (${readdirSync(path.join(ROOT, 'datasets')).filter((f) => f.endsWith('.yaml')).length} datasets)`;
    const beside = path.join(ctx.tmp, 'lint-beside');
    const plain = path.join(ctx.tmp, 'lint-plain');
    catalogueCopy(beside, ['datasets', 'README.template.md', 'README.md']);
    catalogueCopy(plain, ['README.md']);
    const mdl = peer('markdownlint-cli2');
    const commands = [
      ours('lint-readme beside datasets/ (sync check included)', ['lint-readme', 'README.md'], beside, { okCodes: [0, 1] }),
      ours('lint-readme on a plain copy', ['lint-readme', 'README.md'], plain, { okCodes: [0, 1] }),
      // Alone in a folder with no configuration: markdownlint runs with its defaults on the same bytes.
      peerCommand(mdl, ['README.md'], plain, { okCodes: [0, 1] }),
    ];
    const measured = await measure(name, commands, ctx.rounds);
    if (isRows(measured)) return measured;
    const [besides, plains, theirs] = measured as [Sample[], Sample[], Sample[]];
    const vsBeside = pairedRatio(besides, theirs);
    const vsPlain = pairedRatio(plains, theirs);
    return [
      measuredRow(name, commands[0]!.label, besides, { ratios: [formatRatio(vsBeside, mdl.name)], targets: [target.ratioAtMost(vsBeside, 0.8, mdl.name), target.peakBelow(besides, 150)] }),
      measuredRow(name, commands[1]!.label, plains, { ratios: [formatRatio(vsPlain, mdl.name)], targets: [target.ratioAtMost(vsPlain, 0.6, mdl.name)] }),
      measuredRow(name, `${mdl.name} ${mdl.version} (default config)`, theirs),
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Case 2: the pre-commit hook on a one-record edit

const hook: Case = {
  id: 'hook',
  async run(ctx) {
    const name = '2. pre-commit hook, one record edited (README and generated files rebuilt and staged)';
    const repo = path.join(ctx.tmp, 'hook');
    catalogueCopy(repo, ['datasets', 'README.template.md', 'README.md', 'data', 'schema', 'site', 'docs', 'images']);
    const git = (...args: string[]) => {
      const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed in the hook case: ${result.stderr}`);
    };
    git('init', '-q');
    git('-c', 'user.name=bench', '-c', 'user.email=bench@example.org', 'add', '-A');
    git('-c', 'user.name=bench', '-c', 'user.email=bench@example.org', 'commit', '-q', '--no-verify', '-m', 'catalogue');
    const record = path.join(repo, 'datasets', readdirSync(path.join(repo, 'datasets')).filter((f) => f.endsWith('.yaml')).sort()[0]!);
    const original = readFileSync(record, 'utf8');
    let round = 0;
    // Each round is a new edit, as a contributor makes it: the record changed, the README rebuilt, both staged.
    const edit = () => {
      round += 1;
      writeFileSync(record, original.replace(/^summary: (.*)$/m, (line) => (round % 2 === 1 ? line.replace(/\.("?)$/, ' (edited).$1') : line)));
      const built = spawnSync(process.execPath, [CLI, 'build-readme'], { cwd: repo, encoding: 'utf8' });
      if (built.status !== 0) throw new Error(`build-readme failed in the hook case: ${built.stderr}`);
      git('add', '-A');
    };
    const commands = [ours('pre-commit (the time it adds to git commit)', ['pre-commit'], repo, { before: edit })];
    const measured = await measure(name, commands, ctx.rounds);
    if (isRows(measured)) return measured;
    const [runs] = measured as [Sample[]];
    return [measuredRow(name, commands[0]!.label, runs, { targets: [target.medianAtMost(runs, 500)] })];
  },
};

// ---------------------------------------------------------------------------------------------
// Case 3: build-readme and --check on the committed catalogue, with charts

const buildCommitted: Case = {
  id: 'build',
  async run(ctx) {
    const name = '3. build-readme, committed catalogue (with charts)';
    const dir = path.join(ctx.tmp, 'committed');
    catalogueCopy(dir, ['datasets', 'README.template.md']);
    const build = ours('build-readme', ['build-readme'], dir, { before: () => removeOutputs(dir) });
    const check = ours('build-readme --check', ['build-readme', '--check'], dir);
    const charts: Command = { label: 'charts', args: [path.join(COMPILED, 'charts.js'), '--json'], cwd: ROOT, okCodes: [0] };
    const measured = await measure(name, [build, check, charts], ctx.rounds);
    if (isRows(measured)) return measured;
    const [builds, checks, chartRuns] = measured as [Sample[], Sample[], Sample[]];
    const phases = chartRuns.map((s) => JSON.parse(s.tail.trim().split('\n').pop()!) as { importMs: number; firstRenderMs: number; warmRenderMs: number });
    const phase = (key: keyof (typeof phases)[number]) => median(phases.map((p) => p[key])).toFixed(0);
    ctx.notes.push(
      `Case 3, charts in one process (medians, ${phases.length} runs): importing vega, vega-lite and resvg ${phase('importMs')} ms, ` +
        `first render of the charts ${phase('firstRenderMs')} ms, a second render ${phase('warmRenderMs')} ms; the whole process ${median(chartRuns.map((s) => s.ms)).toFixed(0)} ms.`,
    );
    return [
      measuredRow(name, 'build-readme (writes every file)', builds, { targets: [target.medianAtMost(builds, 1000), target.peakBelow(builds, 150)] }),
      measuredRow(name, 'build-readme --check', checks, { targets: [target.medianAtMost(checks, 1000)] }),
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Case 4: synthetic catalogues of 200, 2,000 and 10,000 datasets

const SIZES = [200, 2_000] as const;
const LARGEST = 10_000;

const scale: Case = {
  id: 'scale',
  async run(ctx) {
    const name = (n: number) => `4. synthetic catalogue, ${n.toLocaleString('en-GB')} datasets`;
    const mdl = peer('markdownlint-cli2');
    const operations = (n: number, timeoutMs: number) => {
      const dir = path.join(ctx.tmp, `synthetic-${n}`);
      writeCatalogue(dir, n, ROOT);
      return [
        ours('build-readme', ['build-readme'], dir, { before: () => removeOutputs(dir), timeoutMs }),
        ours('build-readme --check', ['build-readme', '--check'], dir, { timeoutMs }),
        ours('lint-readme beside its records', ['lint-readme', 'README.md'], dir, { okCodes: [0, 1], timeoutMs }),
        peerCommand(mdl, ['README.md'], dir, { okCodes: [0, 1], timeoutMs }),
      ];
    };
    const perSize = SIZES.map((n) => operations(n, 120_000));
    const rows: Row[] = [];
    // 200 and 2,000 in the same rounds, so their ratio is measured under the same noise.
    const measured = await measure(name(SIZES[0]), perSize.flat(), ctx.rounds);
    if (isRows(measured)) return measured;
    const width = perSize[0]!.length;
    const small = measured.slice(0, width);
    const large = measured.slice(width);
    const GROWTH = 12;
    for (const [s, n] of SIZES.entries()) {
      const samples = s === 0 ? small : large;
      const theirs = samples[width - 1]!;
      for (const [i, command] of perSize[s]!.entries()) {
        const runs = samples[i]!;
        const ours = i < width - 1;
        const growth = s === 1 && ours ? pairedRatio(runs, small[i]!) : undefined;
        const vsMdl = command.label.startsWith('lint-readme') ? pairedRatio(runs, theirs) : undefined;
        const targets = [];
        if (s === 1 && command.label === 'build-readme') targets.push(target.medianAtMost(runs, 3000));
        if (s === 1 && vsMdl !== undefined) targets.push(target.ratioAtMost(vsMdl, 1.0, mdl.name));
        if (growth !== undefined && command.label === 'build-readme') targets.push(target.ratioAtMost(growth, GROWTH, `${SIZES[0]} datasets`));
        const ratios = [...(vsMdl === undefined ? [] : [formatRatio(vsMdl, mdl.name)]), ...(growth === undefined ? [] : [formatRatio(growth, `${SIZES[0]}`)])];
        rows.push(measuredRow(name(n), ours ? command.label : `${mdl.name} ${mdl.version} on the same README`, runs, { ratios, targets }));
      }
    }
    // The largest only has to finish: fewer rounds, no warm-up.
    const largest = operations(LARGEST, 600_000).slice(0, 3);
    const big = await measure(name(LARGEST), largest, ctx.quick ? 1 : 2, 0);
    if (isRows(big)) return [...rows, ...big];
    for (const [i, command] of largest.entries()) {
      rows.push(measuredRow(name(LARGEST), command.label, big[i]!, { targets: [{ text: 'finishes', pass: true }] }));
    }
    return rows;
  },
};

// ---------------------------------------------------------------------------------------------
// Case 5: the link checker against its politeness ideal and linkinator

interface Politeness {
  readonly perHost: number;
  readonly hostGapMs: number;
  readonly concurrency: number;
}

/** The checker's own limits, read from its compiled defaults. */
async function politeness(): Promise<Politeness | undefined> {
  // Compiled beside this file by bench/tsconfig.json, from src/links/options.ts.
  const file = path.join(COMPILED, '../src/links/options.js');
  if (!existsSync(file)) return undefined;
  const { DEFAULT_OPTIONS } = (await import(pathToFileURL(file).href)) as { DEFAULT_OPTIONS?: Partial<Politeness> };
  const { perHost, hostGapMs, concurrency } = DEFAULT_OPTIONS ?? {};
  if (typeof perHost !== 'number' || typeof hostGapMs !== 'number' || typeof concurrency !== 'number') return undefined;
  return { perHost, hostGapMs, concurrency };
}

const HOSTS = 10;
const URLS_PER_HOST = 20;
const LATENCY_MS = 200;
const HEAD_REFUSED = 2;
const BODY_BYTES = 1024 * 1024;
const MAX_BYTES_PER_URL = 64 * 1024;

/**
 * bench/links.ts, once: the checker's scheduler in one process with host names resolved to
 * 127.0.0.1, without the gap between starts (the ideal is then 20 / 2 × 200 ms = 2 s) and with it.
 */
function schedulingInProcess(): string[] {
  const result = spawnSync(process.execPath, [path.join(COMPILED, 'links.js')], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) return [`Case 5, scheduler in one process (bench/links.ts): failed with exit ${result.status ?? 'none'}.`];
  const lines = result.stdout.trim().split('\n');
  return [`Case 5, the scheduler in one process (bench/links.ts, one run): ${lines.map((l) => l.replace(/\s+/g, ' ').trim()).join('; ')}.`];
}

const links: Case = {
  id: 'links',
  async run(ctx) {
    const name = `5. link check, ${HOSTS * URLS_PER_HOST} URLs on ${HOSTS} local hosts answering after ${LATENCY_MS} ms`;
    const limits = await politeness();
    if (limits === undefined) throw new Error('The link checker\'s DEFAULT_OPTIONS were not found beside the compiled bench.');
    const rounds = ctx.quick ? 1 : Math.min(ctx.rounds, 3);
    const servers = await startLinkServers({
      hosts: HOSTS,
      urlsPerHost: URLS_PER_HOST,
      latencyMs: LATENCY_MS,
      bodyBytes: BODY_BYTES,
      headRefusedPerHost: HEAD_REFUSED,
      // Long enough for every planned run; the servers go away by themselves after it.
      lifetimeMs: (rounds + 1) * 4 * 60_000,
    });
    try {
      const dir = path.join(ctx.tmp, 'links');
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'links.md'), `# Links\n\n${servers.urls.map((url, i) => `- [Dataset ${i + 1}](${url})`).join('\n')}\n`);
      /** What the servers saw in each run of each command. */
      const seen = new Map<string, HostCounts[]>();
      const counted = (label: string): Partial<Command> => ({
        before: () => servers.reset(),
        after: async () => {
          // Let the servers see the client's sockets close before reading their counts.
          await new Promise((resolve) => setTimeout(resolve, 100));
          seen.set(label, [...(seen.get(label) ?? []), servers.counts()]);
        },
        timeoutMs: 180_000,
      });
      const lk = peer('linkinator');
      const commands = [
        ours('check-links', ['check-links', 'links.md', '--no-cache', '--format', 'json'], dir, counted('check-links')),
        peerCommand(lk, ['links.md', '--markdown', '--format', 'json'], dir, counted(lk.name)),
      ];
      const measured = await measure(name, commands, rounds, 0);
      if (isRows(measured)) return measured;
      const [mine, theirs] = measured as [Sample[], Sample[]];
      const perUrl = (label: string) => median((seen.get(label) ?? []).map((c) => c.bytesSent / servers.urls.length));
      /** The most one URL cost: the largest body sent to one request, in any run. */
      const largest = (label: string) => Math.max(...(seen.get(label) ?? []).map((c) => c.largestBody));
      const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
      const rows: Row[] = [];
      // Every request counts against the limits, the GET after a refused HEAD too.
      const requests = URLS_PER_HOST + HEAD_REFUSED;
      const ideal = Math.max(
        Math.ceil(requests / limits.perHost) * LATENCY_MS,
        (requests - 1) * limits.hostGapMs + LATENCY_MS,
        Math.ceil((HOSTS * requests) / limits.concurrency) * LATENCY_MS,
      );
      const times = mine.map((s) => s.ms);
      const perRound = range(times.map((t) => t / ideal));
      const vsIdeal = { value: median(times) / ideal, spread: perRound };
      const read = largest('check-links');
      rows.push(
        { ...emptyRow(name, `ideal under its politeness (${limits.perHost} per host, ${limits.hostGapMs} ms between starts)`, ''), ms: [ideal], outcome: '—' },
        measuredRow(name, 'check-links', mine, {
          ratios: [formatRatio(vsIdeal, 'ideal'), formatRatio(pairedRatio(mine, theirs), lk.name)],
          targets: [target.ratioAtMost(vsIdeal, 1.25, 'ideal'), { text: `≤ ${kib(MAX_BYTES_PER_URL)} of body per URL (largest sent ${kib(read)})`, pass: read <= MAX_BYTES_PER_URL }],
        }),
      );
      ctx.notes.push(
        `Case 5, ${HEAD_REFUSED} of the ${URLS_PER_HOST} URLs of each host refuse HEAD (405), so ${requests} requests per host; ` +
          `ideal = max(⌈${requests} per host / ${limits.perHost} at a time⌉ × ${LATENCY_MS} ms, ` +
          `(${requests} − 1) × ${limits.hostGapMs} ms between starts + ${LATENCY_MS} ms, ⌈${HOSTS * requests} / ${limits.concurrency} in all⌉ × ${LATENCY_MS} ms) = ${ideal.toLocaleString('en-GB')} ms.`,
      );
      rows.push(measuredRow(name, `${lk.name} ${lk.version} (defaults: 100 at a time, no per-host limit)`, theirs, { targets: [] }));
      for (const [label, runs] of seen) {
        const last = runs[runs.length - 1]!;
        ctx.notes.push(
          `Case 5, ${label}: the servers sent ${kib(perUrl(label))} per URL, headers included (median of runs), and at most ${kib(largest(label))} of body to one request (a GET is offered ${kib(BODY_BYTES)}, trickled); ` +
            `in its last run ${last.heads} HEAD and ${last.gets} GET requests, at most ${last.mostInFlight} in flight to one host, ` +
            `the closest two starts to one host ${Number.isFinite(last.closestStartsMs) ? `${last.closestStartsMs.toFixed(0)} ms` : 'n/a'} apart.`,
        );
      }
      ctx.notes.push(...schedulingInProcess());
      return rows;
    } finally {
      await servers.close();
    }
  },
};

// ---------------------------------------------------------------------------------------------

const CASES: readonly Case[] = [lintReadme, hook, buildCommitted, scale, links];

function ensurePeers(): void {
  if (existsSync(PEERS)) return;
  process.stderr.write('Installing the benchmark peers into bench/node_modules (first run)...\n');
  const result = spawnSync('npm', ['ci', '--prefix', BENCH, '--no-audit', '--no-fund'], { stdio: 'inherit', cwd: ROOT });
  if (result.status !== 0) throw new Error('npm ci --prefix bench failed; see above.');
}

function header(ctx: Context, warmup: number): string {
  const cores = os.availableParallelism();
  const peers = ['markdownlint-cli2', 'linkinator'].map((name) => `${name} ${peer(name).version}`).join(', ');
  return [
    '# Benchmark results',
    '',
    `- Machine: ${cores} ${cores === 1 ? 'core' : 'cores'} (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${os.platform()} ${os.release()}`,
    `- Node ${process.version}; date ${new Date().toISOString().slice(0, 10)}`,
    `- Peers: ${peers}`,
    `- Each command is a whole cold process (\`node <script> ...\`), run ${ctx.rounds} times after ${warmup} uncounted warm-up round, round-robin with the commands it is compared with (the 10,000-dataset and link cases run fewer rounds, no warm-up); wall time from spawn to exit; ${describeProbe(memoryProbe())}.`,
    "- This project's commands run as the npm scripts run them: `node bin/catalogue.mjs <command>`, from the one bundle in dist/, with Node's compile cache where Node offers it (22.1 and later).",
    '- Ratios are ratios of medians; the spread in brackets is the smallest and largest ratio of single rounds.',
    '',
  ].join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean' },
      runs: { type: 'string' },
      only: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(
      'Usage: npm run bench [-- --quick] [-- --runs N] [-- --only lint,hook,build,scale,links] [-- --out FILE]\n' +
        '  --quick   3 rounds, the largest cases once (results to bench/results/quick.md unless --out)\n' +
        '  --runs N  counted rounds per comparison (default 7)\n' +
        `  --only    some of the cases: ${CASES.map((c) => c.id).join(', ')}\n` +
        'Exit 1 when a target is missed or a command fails.\n',
    );
    return 0;
  }
  if (!existsSync(CLI)) throw new Error(`No ${path.relative(ROOT, CLI)}: run from the project root after \`npm run build\` (npm run bench does both).`);
  ensurePeers();
  const only = values.only?.split(',').map((s) => s.trim());
  const unknown = only?.filter((id) => !CASES.some((c) => c.id === id)) ?? [];
  if (unknown.length > 0) throw new Error(`Unknown case ${unknown.join(', ')}; the cases are ${CASES.map((c) => c.id).join(', ')}.`);
  const quick = values.quick === true;
  const rounds = values.runs !== undefined ? Number(values.runs) : quick ? 3 : 7;
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--runs takes a whole number of at least 1.');
  const out = path.resolve(values.out ?? path.join(BENCH, 'results', quick || only !== undefined ? 'quick.md' : 'latest.md'));

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'catalogue-bench-'));
  const ctx: Context = { rounds, quick, tmp, notes: [] };
  const rows: Row[] = [];
  try {
    for (const c of CASES.filter((c) => only === undefined || only.includes(c.id))) {
      process.stderr.write(`bench: ${c.id}...\n`);
      const started = performance.now();
      rows.push(...(await c.run(ctx)));
      process.stderr.write(`bench: ${c.id} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    cleanUpMeasure();
  }
  const missed = missedTargets(rows);
  const report = [
    header(ctx, 1),
    markdownTable(rows),
    ...ctx.notes.map((n) => `- ${n}`),
    ...(ctx.notes.length > 0 ? [''] : []),
    missed === 0 ? 'Every target judged in this run is met.' : `${missed} ${missed === 1 ? 'target is' : 'targets are'} missed in this run.`,
    '',
  ].join('\n');
  process.stdout.write(report);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(`${out}.tmp`, report);
  renameSync(`${out}.tmp`, out);
  process.stderr.write(`bench: results written to ${path.relative(ROOT, out)}\n`);
  return missed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
