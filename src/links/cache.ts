/**
 * The link cache: a JSON file of verdicts by URL. ok and broken are kept for a week, warn never
 * (a site that could not be judged today is asked again next time). Written atomically; an
 * unreadable file is reported and replaced, never a reason to fail.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Outcome } from './verdict.js';

export const CACHE_VERSION = 1;
export const DEFAULT_CACHE_FILE = '.link-cache.json';
export const DEFAULT_CACHE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

interface Entry {
  /** unresolved: the host name did not resolve on that run; a second such run makes it broken. */
  readonly verdict: 'ok' | 'broken' | 'unresolved';
  readonly status: number | null;
  readonly finalUrl: string;
  readonly reason: string;
  readonly suggestedUrl?: string;
  /** When the verdict was found, ISO 8601. */
  readonly checkedAt: string;
}

export interface CacheOptions {
  readonly ttlMs?: number;
  readonly now?: () => number;
}

export class LinkCache {
  private constructor(
    readonly file: string,
    private readonly entries: Map<string, Entry>,
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  /** Reads the cache file; `warning` says why its content was set aside, if it was. */
  static async open(file: string, options: CacheOptions = {}): Promise<{ cache: LinkCache; warning?: string }> {
    const make = (entries: Map<string, Entry>) => new LinkCache(file, entries, options.ttlMs ?? DEFAULT_CACHE_TTL_MS, options.now ?? Date.now);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { cache: make(new Map()) };
      return { cache: make(new Map()), warning: `cannot read the link cache ${file} (${(error as Error).message}); checking every link` };
    }
    const entries = parseCache(text);
    if (typeof entries === 'string') {
      return { cache: make(new Map()), warning: `ignoring the link cache ${file}: ${entries}; it will be rewritten` };
    }
    return { cache: make(entries) };
  }

  /** A fresh verdict for `url`, if there is one. */
  get(url: string): Outcome | undefined {
    const entry = this.entries.get(url);
    if (entry === undefined || !this.fresh(entry) || entry.verdict === 'unresolved') return undefined;
    return {
      verdict: entry.verdict,
      status: entry.status,
      finalUrl: entry.finalUrl,
      attempts: 0,
      reason: entry.reason,
      ...(entry.suggestedUrl === undefined ? {} : { suggestedUrl: entry.suggestedUrl }),
    };
  }

  /** Whether the host name of `url` did not resolve on a recent run either. */
  unresolvedBefore(url: string): boolean {
    const entry = this.entries.get(url);
    return entry !== undefined && entry.verdict === 'unresolved' && this.fresh(entry);
  }

  /** Notes that the host name of `url` did not resolve on this run. */
  markUnresolved(url: string): void {
    this.entries.set(url, { verdict: 'unresolved', status: null, finalUrl: url, reason: 'the host name did not resolve', checkedAt: new Date(this.now()).toISOString() });
  }

  forget(url: string): void {
    this.entries.delete(url);
  }

  /** Keeps ok and broken; a warn removes any older entry, so the URL is asked again. */
  set(url: string, outcome: Outcome): void {
    if (outcome.verdict === 'warn') {
      this.entries.delete(url);
      return;
    }
    this.entries.set(url, {
      verdict: outcome.verdict,
      status: outcome.status,
      finalUrl: outcome.finalUrl,
      reason: outcome.reason,
      ...(outcome.suggestedUrl === undefined ? {} : { suggestedUrl: outcome.suggestedUrl }),
      checkedAt: new Date(this.now()).toISOString(),
    });
  }

  /** Writes the fresh entries, sorted by URL, through a temporary file and a rename. */
  async save(): Promise<void> {
    const entries: Record<string, Entry> = {};
    for (const url of [...this.entries.keys()].sort()) {
      const entry = this.entries.get(url)!;
      if (this.fresh(entry)) entries[url] = entry;
    }
    const text = `${JSON.stringify({ version: CACHE_VERSION, entries }, null, 2)}\n`;
    await mkdir(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temp, text, 'utf8');
      await rename(temp, this.file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  private fresh(entry: Entry): boolean {
    const at = Date.parse(entry.checkedAt);
    const age = this.now() - at;
    return !Number.isNaN(at) && age >= 0 && age < this.ttlMs;
  }
}

/** The entries of a cache file, or why it cannot be used. Malformed single entries are dropped. */
function parseCache(text: string): Map<string, Entry> | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'it is not valid JSON';
  }
  if (!isObject(data) || !isObject(data.entries)) return 'it is not a link cache (no "entries" object)';
  if (data.version !== CACHE_VERSION) return `it has version ${JSON.stringify(data.version)}, expected ${CACHE_VERSION}`;
  const entries = new Map<string, Entry>();
  for (const [url, value] of Object.entries(data.entries)) {
    if (isEntry(value)) entries.set(url, value);
  }
  return entries;
}

function isEntry(value: unknown): value is Entry {
  return (
    isObject(value) &&
    (value.verdict === 'ok' || value.verdict === 'broken' || value.verdict === 'unresolved') &&
    (value.status === null || typeof value.status === 'number') &&
    typeof value.finalUrl === 'string' &&
    typeof value.reason === 'string' &&
    typeof value.checkedAt === 'string' &&
    (value.suggestedUrl === undefined || typeof value.suggestedUrl === 'string')
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
