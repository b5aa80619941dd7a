import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOptions } from '../../src/links/options.js';
import { checkLinks } from '../../src/links/run.js';
import type { Checker } from '../../src/links/check.js';
import { FAST } from './fast.js';
import { startServer, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const links = (...urls: string[]) => urls.map((url) => ({ url, sources: [{ file: 'x.md', line: 1 }] }));

describe('checkLinks', () => {
  it('finishes at the run budget, with every link settled: started, queued or waiting to retry', async () => {
    const urls = Array.from({ length: 6 }, (_, i) => server.url(`/slow-headers/budget-${i}`, 'budget.test'));
    const started = performance.now();
    const results = await checkLinks(links(...urls), {
      options: checkOptions({ ...FAST, budgetMs: 400, headersTimeoutMs: 10_000, requestTimeoutMs: 10_000 }),
      root: '.',
    });
    const elapsed = performance.now() - started;
    expect(results).toHaveLength(6);
    expect(results.every((r) => r.verdict === 'warn' && r.reason === "not settled within the run's time budget (0.40 s)")).toBe(true);
    // Two were in flight (2 per host); the others never left the queue.
    expect(results.map((r) => r.attempts).sort()).toEqual([0, 0, 0, 0, 1, 1]);
    expect(elapsed).toBeGreaterThanOrEqual(380);
    expect(elapsed).toBeLessThan(1_200);
  });

  it('judges repository paths, mailto, other schemes and malformed URLs without a request', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'links-run-'));
    await writeFile(path.join(root, 'here.md'), '');
    const none: Checker = {
      check: () => Promise.reject(new Error('no request expected')),
      close: async () => {},
    };
    try {
      const results = await checkLinks(links('here.md', 'gone.md', '../../issues/new', 'mailto:a@example.org', 'ftp://example.org/x', 'https://exa mple.org/'), {
        options: checkOptions(FAST),
        root,
        checker: none,
      });
      expect(results.map((r) => [r.url, r.verdict, r.reason])).toEqual([
        ['gone.md', 'broken', 'no such file in the repository'],
        ['https://exa mple.org/', 'broken', 'malformed URL: the URL `https://exa mple.org/` contains white space'],
        ['../../issues/new', 'warn', 'points outside the repository (a page of the hosting site?); not checked'],
        ['ftp://example.org/x', 'warn', 'ftp: links are not checked'],
        ['here.md', 'ok', 'file exists in the repository'],
        ['mailto:a@example.org', 'ok', 'well-formed address (syntax only; not looked up)'],
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
