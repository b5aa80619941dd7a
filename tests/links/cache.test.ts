import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LinkCache } from '../../src/links/cache.js';
import type { Outcome } from '../../src/links/verdict.js';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2025-03-01T12:00:00Z');

const ok: Outcome = { verdict: 'ok', status: 200, finalUrl: 'https://a.example/', attempts: 1, reason: '200 OK' };
const broken: Outcome = { verdict: 'broken', status: 404, finalUrl: 'https://b.example/', attempts: 2, reason: '404 Not Found' };
const warn: Outcome = { verdict: 'warn', status: 403, finalUrl: 'https://c.example/', attempts: 2, reason: '403 Forbidden' };

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'link-cache-'));
  file = path.join(dir, 'cache.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const open = async (now: number) => (await LinkCache.open(file, { now: () => now })).cache;

describe('LinkCache', () => {
  it('keeps ok and broken across runs, never warn', async () => {
    const cache = await open(T0);
    cache.set('https://a.example/', { ...ok, suggestedUrl: 'https://a2.example/' });
    cache.set('https://b.example/', broken);
    cache.set('https://c.example/', warn);
    await cache.save();

    const again = await open(T0 + DAY);
    expect(again.get('https://a.example/')).toEqual({ ...ok, attempts: 0, suggestedUrl: 'https://a2.example/' });
    expect(again.get('https://b.example/')).toEqual({ ...broken, attempts: 0 });
    expect(again.get('https://c.example/')).toBeUndefined();
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(Object.keys(saved.entries)).toEqual(['https://a.example/', 'https://b.example/']);
    expect(saved.entries['https://a.example/'].checkedAt).toBe('2025-03-01T12:00:00.000Z');
  });

  it('forgets an entry after 7 days, and drops it from the file', async () => {
    const cache = await open(T0);
    cache.set('https://a.example/', ok);
    await cache.save();
    expect((await open(T0 + 7 * DAY - 1)).get('https://a.example/')).toBeDefined();
    const later = await open(T0 + 7 * DAY);
    expect(later.get('https://a.example/')).toBeUndefined();
    await later.save();
    expect(JSON.parse(await readFile(file, 'utf8')).entries).toEqual({});
  });

  it('a warn removes an older verdict, so the link is asked again', async () => {
    const cache = await open(T0);
    cache.set('https://a.example/', ok);
    cache.set('https://a.example/', warn);
    expect(cache.get('https://a.example/')).toBeUndefined();
  });

  it.each([
    ['{"version": 1, "entries": {', 'it is not valid JSON'],
    ['[]', 'it is not a link cache (no "entries" object)'],
    ['{"version": 9, "entries": {}}', 'it has version 9, expected 1'],
  ])('sets aside a corrupted file (%s) with a message, and rewrites it', async (text, why) => {
    await writeFile(file, text);
    const { cache, warning } = await LinkCache.open(file, { now: () => T0 });
    expect(warning).toBe(`ignoring the link cache ${file}: ${why}; it will be rewritten`);
    cache.set('https://a.example/', ok);
    await cache.save();
    expect(Object.keys(JSON.parse(await readFile(file, 'utf8')).entries)).toEqual(['https://a.example/']);
  });

  it('drops single malformed entries silently', async () => {
    const entries = {
      'https://a.example/': { verdict: 'ok', status: 200, finalUrl: 'https://a.example/', reason: '200 OK', checkedAt: new Date(T0).toISOString() },
      'https://w.example/': { verdict: 'warn', status: 403, finalUrl: 'x', reason: 'r', checkedAt: new Date(T0).toISOString() },
      'https://x.example/': { verdict: 'ok' },
    };
    await writeFile(file, JSON.stringify({ version: 1, entries }));
    const { cache, warning } = await LinkCache.open(file, { now: () => T0 });
    expect(warning).toBeUndefined();
    expect(cache.get('https://a.example/')).toBeDefined();
    expect(cache.get('https://w.example/')).toBeUndefined();
    expect(cache.get('https://x.example/')).toBeUndefined();
  });

  it('starts empty without a message when there is no file, and leaves no temporary file', async () => {
    const { cache, warning } = await LinkCache.open(path.join(dir, 'sub', 'cache.json'));
    expect(warning).toBeUndefined();
    cache.set('https://a.example/', ok);
    await cache.save();
    expect(await readdir(path.join(dir, 'sub'))).toEqual(['cache.json']);
  });
});
