/**
 * Runs commands as whole cold processes and measures each run: wall time from spawn to exit, as the
 * harness sees it, and peak resident memory (maximum RSS) of the process.
 *
 * Peak memory comes from GNU time (`/usr/bin/time -f %M -o FILE`, Debian's `time` package) when it
 * is installed and answers like GNU time; otherwise from a preload module (`node --import
 * maxrss.js`) that writes `process.resourceUsage().maxRSS` to a file named in the environment as
 * the process exits (BENCH_MEMORY=preload forces it). Both report KiB. The harness installs
 * nothing: it looks for GNU time once.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Command {
  /** What the results table calls it. */
  readonly label: string;
  /** Arguments after `node`: a script and its arguments. */
  readonly args: readonly string[];
  readonly cwd: string;
  /** Exit codes that count as the command having done its job (a linter exits 1 on a list with faults). */
  readonly okCodes: readonly number[];
  /** Untimed work before each run (remove the files a build is about to write). */
  readonly before?: () => void | Promise<void>;
  /** Untimed work after each run (read what a server counted). */
  readonly after?: () => void | Promise<void>;
  readonly timeoutMs?: number;
}

export interface Sample {
  readonly ms: number;
  /** Peak resident memory, KiB; undefined when it could not be read. */
  readonly maxRssKiB: number | undefined;
  readonly code: number | null;
  /** The end of the output, to show when a run failed. */
  readonly tail: string;
}

export type MemoryProbe = 'gnu-time' | 'preload';

const GNU_TIME = '/usr/bin/time';
const DEFAULT_TIMEOUT_MS = 180_000;
const TAIL_CHARS = 2_000;

let scratch: string | undefined;
function scratchDir(): string {
  scratch ??= mkdtempSync(path.join(os.tmpdir(), 'catalogue-bench-rss-'));
  return scratch;
}

/** Removes the folder the memory figures pass through. */
export function cleanUpMeasure(): void {
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
}

let probe: MemoryProbe | undefined;

/** GNU time if it is there and writes a number with -o; the preload otherwise. */
export function memoryProbe(): MemoryProbe {
  if (probe !== undefined) return probe;
  // BENCH_MEMORY=preload tries the fallback on a machine that has GNU time.
  if (process.env.BENCH_MEMORY === 'preload') return (probe = 'preload');
  const file = path.join(scratchDir(), 'probe');
  const result = spawnSync(GNU_TIME, ['-f', '%M', '-o', file, process.execPath, '-e', '0'], { stdio: 'ignore' });
  let works = false;
  if (result.status === 0) {
    try {
      works = /^\d+\s*$/.test(readFileSync(file, 'utf8'));
    } catch {
      works = false;
    }
  }
  probe = works ? 'gnu-time' : 'preload';
  return probe;
}

export function describeProbe(which: MemoryProbe): string {
  return which === 'gnu-time'
    ? 'peak RSS from GNU time (`/usr/bin/time -f %M`)'
    : 'peak RSS from `process.resourceUsage().maxRSS` at exit (preload module: GNU time not found, or BENCH_MEMORY=preload)';
}

const PRELOAD = fileURLToPath(new URL('./maxrss.js', import.meta.url));
let runs = 0;

/** One cold run of `node <args>`. */
export async function runOnce(command: Command): Promise<Sample> {
  await command.before?.();
  const which = memoryProbe();
  const rssFile = path.join(scratchDir(), `rss-${process.pid}-${runs++}`);
  const [file, args] =
    which === 'gnu-time'
      ? [GNU_TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...command.args]]
      : [process.execPath, ['--import', PRELOAD, ...command.args]];
  const env = { ...process.env, BENCH_MAXRSS_FILE: rssFile, NO_COLOR: '1', FORCE_COLOR: '0' };
  const started = performance.now();
  const child = spawn(file, args, { cwd: command.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-TAIL_CHARS);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const timeoutMs = command.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let timedOut = false;
  // The child leads its own process group: ending the group ends it and whatever it started, nothing else.
  const end = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  };
  const timer = setTimeout(() => {
    timedOut = true;
    end();
  }, timeoutMs);
  const interrupted = () => {
    end();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode) => resolve(exitCode));
  });
  const ms = performance.now() - started;
  clearTimeout(timer);
  process.removeListener('SIGINT', interrupted);
  await command.after?.();
  let maxRssKiB: number | undefined;
  try {
    const text = readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '';
    maxRssKiB = /^\d+$/.test(text) ? Number(text) : undefined;
    rmSync(rssFile, { force: true });
  } catch {
    maxRssKiB = undefined;
  }
  return { ms, maxRssKiB, code: timedOut ? null : code, tail: timedOut ? `timed out after ${timeoutMs} ms\n${tail}` : tail };
}

export function succeeded(command: Command, sample: Sample): boolean {
  return sample.code !== null && command.okCodes.includes(sample.code);
}

export class RunFailed extends Error {
  constructor(
    readonly command: Command,
    readonly sample: Sample,
  ) {
    super(`${command.label} exited with ${sample.code ?? 'no code'} (expected ${command.okCodes.join(' or ')}):\n${sample.tail.trim()}`);
  }
}

/**
 * Runs the commands of one comparison round-robin: round after round, each command once, in the
 * given order, so that whatever else the machine is doing weighs on all of them alike. `warmup`
 * rounds come first and are not counted (they fill the file cache). Returns the samples per
 * command, the i-th sample of each from the same round. Throws RunFailed on an unexpected exit.
 */
export async function runRounds(commands: readonly Command[], rounds: number, warmup = 1): Promise<Sample[][]> {
  const samples: Sample[][] = commands.map(() => []);
  for (let round = 0; round < warmup + rounds; round++) {
    for (const [i, command] of commands.entries()) {
      const sample = await runOnce(command);
      if (!succeeded(command, sample)) throw new RunFailed(command, sample);
      if (round >= warmup) samples[i]!.push(sample);
    }
  }
  return samples;
}
