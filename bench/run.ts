/**
 * `npm run bench`: the catalogue's commands side by side with the tools people would otherwise
 * run, each as a whole cold process, several times, round-robin, on the same input in the same
 * run. Prints a Markdown table and writes it to bench/results/latest.md.
 *
 *   npm run bench [-- --quick] [-- --runs N] [-- --only lint,build,scale,links] [-- --out FILE]
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

const NOT_YET = 'skipped: command not available yet';

// ---------------------------------------------------------------------------------------------
// Commands

/** Whether `catalogue <name>` exists in this build (the linter and link checker land separately). */
function available(name: string): boolean {
  return spawnSync(process.execPath, [CLI, name, '--help'], { stdio: 'ignore' }).status === 0;
}

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
  for (const entry of ['README.md', 'images', 'data', 'schema']) rmSync(path.join(dir, entry), { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// Case 1: lint the seed README

const FIRST_RUN = 'lint-readme, first run after a build (no code cache)';

/** Removes a command's code cache (src/cli/code-cache.ts), as after an upgrade of Node; its next run writes it again. */
function removeCodeCache(command: string): void {
  const dir = path.join(path.dirname(CLI), '.code-cache');
  if (!existsSync(dir)) return;
  for (const file of readdirSync(dir)) if (file.startsWith(`${command}.js.`)) rmSync(path.join(dir, file));
}

const lintSeed: Case = {
  id: 'lint',
  async run(ctx) {
    const name = '1. lint the seed README (35 datasets)';
    const dir = path.join(ctx.tmp, 'lint-seed');
    mkdirSync(dir);
    // Alone in a folder with no configuration: each linter runs with its defaults.
    cpSync(path.join(ROOT, 'tests/fixtures/seed-README.md'), path.join(dir, 'README.md'));
    const mdl = peer('markdownlint-cli2');
    const awesome = peer('awesome-lint');
    const hasLint = available('lint-readme');
    const commands = [
      ...(hasLint ? [ours('lint-readme', ['lint-readme', 'README.md'], dir, { okCodes: [0, 1] })] : []),
      peerCommand(mdl, ['README.md'], dir, { okCodes: [0, 1] }),
      peerCommand(awesome, ['README.md'], dir, { okCodes: [0, 1] }),
      // The first run after a build or an upgrade of Node compiles, and writes the code cache the others load.
      ...(hasLint ? [ours(FIRST_RUN, ['lint-readme', 'README.md'], dir, { okCodes: [0, 1], before: () => removeCodeCache('lint-readme') })] : []),
    ];
    const measured = await measure(name, commands, ctx.rounds);
    if (isRows(measured)) return measured;
    const [mine, theirs, awesomes, firstRuns] = hasLint ? measured : [undefined, ...measured, undefined];
    const rows: Row[] = [];
    if (mine === undefined) {
      rows.push(emptyRow(name, 'lint-readme', NOT_YET, [`≤ 0.5× ${mdl.name}`, 'peak < 150 MiB']));
    } else {
      const vsMdl = pairedRatio(mine, theirs!);
      rows.push(
        measuredRow(name, 'lint-readme', mine, {
          ratios: [formatRatio(vsMdl, mdl.name), formatRatio(pairedRatio(mine, awesomes!), awesome.name)],
          targets: [target.ratioAtMost(vsMdl, 0.5, mdl.name), target.peakBelow(mine, 150)],
        }),
      );
    }
    if (firstRuns !== undefined) {
      rows.push(measuredRow(name, FIRST_RUN, firstRuns, { ratios: [formatRatio(pairedRatio(firstRuns, theirs!), mdl.name)] }));
    }
    rows.push(measuredRow(name, `${mdl.name} ${mdl.version} (default config)`, theirs!), measuredRow(name, `${awesome.name} ${awesome.version}`, awesomes!));
    return rows;
  },
};

// ---------------------------------------------------------------------------------------------
// Case 2: build-readme and --check on the committed catalogue, with charts

const buildCommitted: Case = {
  id: 'build',
  async run(ctx) {
    const name = '2. build-readme, committed catalogue (35 datasets, with charts)';
    const dir = path.join(ctx.tmp, 'committed');
    for (const entry of ['datasets', 'README.template.md']) cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
    const build = ours('build-readme', ['build-readme'], dir, { before: () => removeOutputs(dir) });
    const check = ours('build-readme --check', ['build-readme', '--check'], dir);
    const charts: Command = { label: 'charts', args: [path.join(COMPILED, 'charts.js'), '--json'], cwd: ROOT, okCodes: [0] };
    const measured = await measure(name, [build, check, charts], ctx.rounds);
    if (isRows(measured)) return measured;
    const [builds, checks, chartRuns] = measured as [Sample[], Sample[], Sample[]];
    const phases = chartRuns.map((s) => JSON.parse(s.tail.trim().split('\n').pop()!) as { importMs: number; firstRenderMs: number; warmRenderMs: number });
    const phase = (key: keyof (typeof phases)[number]) => median(phases.map((p) => p[key])).toFixed(0);
    ctx.notes.push(
      `Case 2, charts in one process (medians, ${phases.length} runs): importing vega, vega-lite and resvg ${phase('importMs')} ms, ` +
        `first render of the 4 charts ${phase('firstRenderMs')} ms, a second render ${phase('warmRenderMs')} ms; the whole process ${median(chartRuns.map((s) => s.ms)).toFixed(0)} ms.`,
    );
    return [
      measuredRow(name, 'build-readme (writes every file)', builds, { targets: [target.medianAtMost(builds, 1000), target.peakBelow(builds, 150)] }),
      measuredRow(name, 'build-readme --check', checks, { targets: [target.medianAtMost(checks, 800)] }),
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// Case 3: synthetic catalogues of 200, 2,000 and 10,000 datasets

const SIZES = [200, 2_000] as const;
const LARGEST = 10_000;

const scale: Case = {
  id: 'scale',
  async run(ctx) {
    const name = (n: number) => `3. synthetic catalogue, ${n.toLocaleString('en-GB')} datasets`;
    const hasLint = available('lint-readme');
    const operations = (n: number, timeoutMs: number) => {
      const dir = path.join(ctx.tmp, `synthetic-${n}`);
      writeCatalogue(dir, n, ROOT);
      return [
        ours('build-readme', ['build-readme'], dir, { before: () => removeOutputs(dir), timeoutMs }),
        ours('build-readme --check', ['build-readme', '--check'], dir, { timeoutMs }),
        ...(hasLint ? [ours('lint-readme', ['lint-readme', 'README.md'], dir, { okCodes: [0, 1], timeoutMs })] : []),
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
      for (const [i, command] of perSize[s]!.entries()) {
        const runs = samples[i]!;
        const growth = s === 1 ? pairedRatio(runs, small[i]!) : undefined;
        const targets = [];
        if (s === 1 && (command.label === 'build-readme' || command.label === 'lint-readme')) targets.push(target.medianAtMost(runs, 3000));
        if (growth !== undefined) targets.push(target.ratioAtMost(growth, GROWTH, `${SIZES[0]} datasets`));
        rows.push(measuredRow(name(n), command.label, runs, { ratios: growth === undefined ? [] : [formatRatio(growth, `${SIZES[0]}`)], targets }));
      }
      if (!hasLint) rows.push(emptyRow(name(n), 'lint-readme', NOT_YET, s === 1 ? ['≤ 3,000 ms', `≤ ${GROWTH}× ${SIZES[0]} datasets`] : []));
    }
    // The largest only has to finish: fewer rounds, no warm-up.
    const largest = operations(LARGEST, 600_000);
    const big = await measure(name(LARGEST), largest, ctx.quick ? 1 : 2, 0);
    if (isRows(big)) return [...rows, ...big];
    for (const [i, command] of largest.entries()) {
      rows.push(measuredRow(name(LARGEST), command.label, big[i]!, { targets: [{ text: 'finishes', pass: true }] }));
    }
    if (!hasLint) rows.push(emptyRow(name(LARGEST), 'lint-readme', NOT_YET, ['finishes']));
    return rows;
  },
};

// ---------------------------------------------------------------------------------------------
// Case 4: the link checker against its politeness ideal and linkinator

interface Politeness {
  readonly perHost: number;
  readonly hostGapMs: number;
  readonly concurrency: number;
}

/** The checker's own limits, read from its compiled defaults. */
async function politeness(): Promise<Politeness | undefined> {
  const file = path.join(ROOT, 'dist/links/options.js');
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
  if (result.status !== 0) return [`Case 4, scheduler in one process (bench/links.ts): failed with exit ${result.status ?? 'none'}.`];
  const lines = result.stdout.trim().split('\n');
  return [`Case 4, the scheduler in one process (bench/links.ts, one run): ${lines.map((l) => l.replace(/\s+/g, ' ').trim()).join('; ')}.`];
}

const links: Case = {
  id: 'links',
  async run(ctx) {
    const name = `4. link check, ${HOSTS * URLS_PER_HOST} URLs on ${HOSTS} local hosts answering after ${LATENCY_MS} ms`;
    const limits = available('check-links') ? await politeness() : undefined;
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
        ...(limits === undefined ? [] : [ours('check-links', ['check-links', 'links.md', '--no-cache', '--format', 'json'], dir, counted('check-links'))]),
        peerCommand(lk, ['links.md', '--markdown', '--format', 'json'], dir, counted(lk.name)),
      ];
      const measured = await measure(name, commands, rounds, 0);
      if (isRows(measured)) return measured;
      const [mine, theirs] = limits === undefined ? [undefined, measured[0]!] : measured;
      const perUrl = (label: string) => median((seen.get(label) ?? []).map((c) => c.bytesSent / servers.urls.length));
      /** The most one URL cost: the largest body sent to one request, in any run. */
      const largest = (label: string) => Math.max(...(seen.get(label) ?? []).map((c) => c.largestBody));
      const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
      const rows: Row[] = [];
      if (mine === undefined || limits === undefined) {
        rows.push(emptyRow(name, 'check-links', NOT_YET, ['≤ 1.25× its politeness ideal', `≤ ${kib(MAX_BYTES_PER_URL)} of body per URL`]));
      } else {
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
          `Case 4, ${HEAD_REFUSED} of the ${URLS_PER_HOST} URLs of each host refuse HEAD (405), so ${requests} requests per host; ` +
            `ideal = max(⌈${requests} per host / ${limits.perHost} at a time⌉ × ${LATENCY_MS} ms, ` +
            `(${requests} − 1) × ${limits.hostGapMs} ms between starts + ${LATENCY_MS} ms, ⌈${HOSTS * requests} / ${limits.concurrency} in all⌉ × ${LATENCY_MS} ms) = ${ideal.toLocaleString('en-GB')} ms.`,
        );
      }
      rows.push(measuredRow(name, `${lk.name} ${lk.version} (defaults: 100 at a time, no per-host limit)`, theirs, { targets: [] }));
      for (const [label, runs] of seen) {
        const last = runs[runs.length - 1]!;
        ctx.notes.push(
          `Case 4, ${label}: the servers sent ${kib(perUrl(label))} per URL, headers included (median of runs), and at most ${kib(largest(label))} of body to one request (a GET is offered ${kib(BODY_BYTES)}, trickled); ` +
            `in its last run ${last.heads} HEAD and ${last.gets} GET requests, at most ${last.mostInFlight} in flight to one host, ` +
            `the closest two starts to one host ${Number.isFinite(last.closestStartsMs) ? `${last.closestStartsMs.toFixed(0)} ms` : 'n/a'} apart.`,
        );
      }
      if (limits !== undefined) ctx.notes.push(...schedulingInProcess());
      return rows;
    } finally {
      await servers.close();
    }
  },
};

// ---------------------------------------------------------------------------------------------

const CASES: readonly Case[] = [lintSeed, buildCommitted, scale, links];

function ensurePeers(): void {
  if (existsSync(PEERS)) return;
  process.stderr.write('Installing the benchmark peers into bench/node_modules (first run)...\n');
  const result = spawnSync('npm', ['ci', '--prefix', BENCH, '--no-audit', '--no-fund'], { stdio: 'inherit', cwd: ROOT });
  if (result.status !== 0) throw new Error('npm ci --prefix bench failed; see above.');
}

function header(ctx: Context, warmup: number): string {
  const cores = os.availableParallelism();
  const peers = ['markdownlint-cli2', 'awesome-lint', 'linkinator'].map((name) => `${name} ${peer(name).version}`).join(', ');
  return [
    '# Benchmark results',
    '',
    `- Machine: ${cores} ${cores === 1 ? 'core' : 'cores'} (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${os.platform()} ${os.release()}`,
    `- Node ${process.version}; date ${new Date().toISOString().slice(0, 10)}`,
    `- Peers: ${peers}`,
    `- Each command is a whole cold process (\`node <script> ...\`), run ${ctx.rounds} times after ${warmup} uncounted warm-up round, round-robin with the commands it is compared with (the 10,000-dataset and link cases run fewer rounds, no warm-up); wall time from spawn to exit; ${describeProbe(memoryProbe())}.`,
    "- This project's commands run from the bundle, with the V8 code cache `npm run build` fills (src/cli/code-cache.ts), as every run after the first does; case 1 also times a first run, without it.",
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
      'Usage: npm run bench [-- --quick] [-- --runs N] [-- --only lint,build,scale,links] [-- --out FILE]\n' +
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
