import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOptions, type CheckOptions } from '../../src/links/options.js';
import { HostScheduler } from '../../src/links/politeness.js';
import { checkLinks } from '../../src/links/run.js';
import type { LinkResult } from '../../src/links/verdict.js';
import { FAST } from './fast.js';
import { startServer, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

function run(urls: string[], overrides: Partial<CheckOptions> = {}): Promise<LinkResult[]> {
  const links = urls.map((url) => ({ url, sources: [{ file: 'test.md', line: 1 }] }));
  return checkLinks(links, { options: checkOptions({ ...FAST, ...overrides }), root: '.' });
}

const byUrl = (results: LinkResult[], url: string) => results.find((r) => r.url === url)!;

describe('politeness', () => {
  it('never has more than 2 requests in flight to one host, while hosts run side by side', async () => {
    const urls = ['busy-a.test', 'busy-b.test'].flatMap((host) => Array.from({ length: 8 }, (_, i) => server.url(`/late/100?i=${i}`, host)));
    const started = performance.now();
    const results = await run(urls, { hostGapMs: 0, concurrency: 16 });
    const elapsed = performance.now() - started;
    expect(results.every((r) => r.verdict === 'ok')).toBe(true);
    expect(server.host('busy-a.test').maxInFlight).toBe(2);
    expect(server.host('busy-b.test').maxInFlight).toBe(2);
    // 8 requests per host, 2 at a time, 100 ms each: 400 ms ideally, both hosts at once.
    expect(elapsed).toBeGreaterThanOrEqual(390);
    expect(elapsed).toBeLessThan(1_500);
  });

  it('keeps a minimum gap between the starts of requests to one host', async () => {
    const urls = Array.from({ length: 5 }, (_, i) => server.url(`/ok?i=${i}`, 'gap.test'));
    await run(urls, { hostGapMs: 60 });
    const starts = server.host('gap.test').starts;
    expect(starts).toHaveLength(5);
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    // Seen at the server, so connection set-up can shift an arrival by a few ms.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(45);
  });

  it('backs the whole host off after a 429', async () => {
    const urls = [server.url('/flaky/backoff', 'backoff.test'), ...Array.from({ length: 3 }, (_, i) => server.url(`/ok?i=${i}`, 'backoff.test'))];
    // One at a time, so the 429 is answered before any other request to the host starts.
    const results = await run(urls, { perHost: 1, hostGapMs: 0, retryBaseMs: 300, retryMaxMs: 1_000 });
    expect(byUrl(results, urls[0]!)).toMatchObject({ verdict: 'ok', attempts: 2 });
    const throttled = server.path('/flaky/backoff').starts[0]!;
    const after = server.host('backoff.test').starts.slice(1);
    expect(after).toHaveLength(4);
    // Backoff with random 0.5: 300/2 + 0.5 * 300/2 = 225 ms, for every URL of the host.
    for (const start of after) expect(start - throttled).toBeGreaterThanOrEqual(215);
  });

  it('gives up on a host that asks for an hour: its other links are not requested', async () => {
    const urls = [server.url('/retry-after/3600', 'hour.test'), server.url('/ok?i=1', 'hour.test'), server.url('/ok?i=2', 'hour.test')];
    const started = performance.now();
    const results = await run(urls, { perHost: 1 });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(results.map((r) => [r.verdict, r.attempts])).toEqual([
      ['warn', 0],
      ['warn', 0],
      ['warn', 1],
    ]);
    expect(byUrl(results, urls[1]!).reason).toMatch(/^hour\.test asked to wait 3600 s after a 429/);
    expect(server.host('hour.test').starts).toHaveLength(1);
  });
});

describe('HostScheduler', () => {
  it('holds the global limit across hosts, and starts waiting tasks in order', async () => {
    const scheduler = new HostScheduler({ concurrency: 3, perHost: 2, gapMs: 0 });
    let active = 0;
    let most = 0;
    const order: number[] = [];
    const task = (i: number) => async () => {
      order.push(i);
      most = Math.max(most, ++active);
      await new Promise((r) => setTimeout(r, 20));
      active--;
    };
    await Promise.all(Array.from({ length: 12 }, (_, i) => scheduler.run(`h${i % 6}`, task(i))));
    expect(most).toBe(3);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('starts the tasks of one host at least the gap apart, and other hosts meanwhile', async () => {
    const scheduler = new HostScheduler({ concurrency: 8, perHost: 2, gapMs: 40 });
    const starts = new Map<string, number[]>();
    const task = (host: string) => async () => {
      starts.set(host, [...(starts.get(host) ?? []), performance.now()]);
    };
    const t0 = performance.now();
    await Promise.all(['a', 'b', 'a', 'b', 'a', 'b'].map((host) => scheduler.run(host, task(host))));
    for (const host of ['a', 'b']) {
      const times = starts.get(host)!;
      expect(times).toHaveLength(3);
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(39);
    }
    // Both hosts at once: about 80 ms in all, not 200.
    expect(performance.now() - t0).toBeLessThan(180);
  });

  it('lets a waiting task go when its signal aborts, without running it', async () => {
    const scheduler = new HostScheduler({ concurrency: 1, perHost: 1, gapMs: 0 });
    let ran = false;
    const first = scheduler.run('h', () => new Promise((r) => setTimeout(r, 50)));
    const controller = new AbortController();
    const second = scheduler.run(
      'h',
      async () => {
        ran = true;
      },
      controller.signal,
    );
    controller.abort(new Error('stop'));
    await expect(second).rejects.toThrow('stop');
    await first;
    expect(ran).toBe(false);
    expect(scheduler.inFlight()).toBe(0);
  });
});
