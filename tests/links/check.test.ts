// Each case has its own path on the server and its own checker, so the cases run side by side.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../src/links/check.js';
import { checkOptions, type CheckOptions } from '../../src/links/options.js';
import type { Outcome } from '../../src/links/verdict.js';
import { FAST } from './fast.js';
import { closedPort, startServer, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

async function check(path: string, overrides: Partial<CheckOptions> = {}, host?: string): Promise<Outcome & { elapsed: number }> {
  const checker = createChecker(checkOptions({ ...FAST, ...overrides }), AbortSignal.timeout(overrides.budgetMs ?? 15_000));
  const started = performance.now();
  try {
    const outcome = await checker.check(path.includes('://') ? path : server.url(path, host));
    return { ...outcome, elapsed: performance.now() - started };
  } finally {
    await checker.close();
  }
}

describe.concurrent('verdicts', () => {
  it('ok for 200, with one HEAD', async () => {
    const r = await check('/ok');
    expect(r).toMatchObject({ verdict: 'ok', status: 200, attempts: 1, reason: '200 OK' });
  });

  it('ok after a redirect chain; the final URL recorded, the permanent part suggested', async () => {
    const r = await check('/chain/a');
    expect(r).toMatchObject({ verdict: 'ok', status: 200, attempts: 4, finalUrl: server.url('/ok'), suggestedUrl: server.url('/chain3/a') });
    expect(r.reason).toBe('200 OK after 3 redirects');
  });

  it('suggests the target of a 308', async () => {
    expect(await check('/moved/x')).toMatchObject({ verdict: 'ok', suggestedUrl: server.url('/ok') });
  });

  it.each([
    [404, 'broken'],
    [410, 'broken'],
    [401, 'warn'],
    [403, 'warn'],
    [418, 'warn'],
  ] as const)('%i is %s, after HEAD and then GET', async (status, verdict) => {
    const r = await check(`/status/${status}`);
    expect(r).toMatchObject({ verdict, status, attempts: 2 });
    expect(server.path(`/status/${status}`).methods.slice(-2)).toEqual(['HEAD', 'GET']);
  });

  it('ok when HEAD is refused with 405 and GET answers 200', async () => {
    const r = await check('/head-refused/405');
    expect(r).toMatchObject({ verdict: 'ok', status: 200, attempts: 2, reason: '200 OK to GET (HEAD answered 405)' });
  });

  it('warn for 405 after GET too', async () => {
    const r = await check('/status/405');
    expect(r).toMatchObject({ verdict: 'warn', status: 405, attempts: 2 });
  });

  it('broken for a name that does not resolve, without asking a resolver', async () => {
    const r = await check('http://nonexistent.invalid/page');
    expect(r).toMatchObject({ verdict: 'broken', status: null, attempts: 1, reason: 'the host name does not resolve' });
  });

  it('broken for a refused connection', async () => {
    const port = await closedPort();
    const r = await check(`http://127.0.0.1:${port}/`);
    expect(r).toMatchObject({ verdict: 'broken', status: null, attempts: 1, reason: 'connection refused' });
  });

  it('broken for a redirect loop', async () => {
    const r = await check('/loop-a/1');
    expect(r).toMatchObject({ verdict: 'broken', status: 302, attempts: 2 });
    expect(r.reason).toMatch(/^redirect loop/);
  });

  it('warn for a loop that sets cookies: a cookie wall, not a dead link', async () => {
    const r = await check('/cookie-loop/1');
    expect(r.verdict).toBe('warn');
    expect(r.reason).toMatch(/sets cookies/);
  });

  it('broken after more than 10 redirects, having followed exactly 10', async () => {
    const r = await check('/endless/0');
    expect(r).toMatchObject({ verdict: 'broken', attempts: 11, reason: 'more than 10 redirects' });
    expect(server.path('/endless/10').requests).toBe(1);
    expect(server.path('/endless/11').requests).toBe(0);
  });
});

describe.concurrent('retries', () => {
  it('ok for 429 then 200, after a backoff', async () => {
    const r = await check('/flaky/a', { retryBaseMs: 100 });
    expect(r).toMatchObject({ verdict: 'ok', status: 200, attempts: 2 });
    const [first, second] = server.path('/flaky/a').starts;
    // Equal jitter with random 0.5: 100/2 + 0.5 * 100/2 = 75 ms.
    expect(second! - first!).toBeGreaterThanOrEqual(70);
  });

  it('honours a Retry-After within the cap', async () => {
    const r = await check('/retry-after/1');
    expect(r).toMatchObject({ verdict: 'ok', attempts: 2 });
    expect(r.elapsed).toBeGreaterThanOrEqual(950);
    expect(r.elapsed).toBeLessThan(2_500);
  });

  it('gives up at once with warn on an hour-long Retry-After, and asks that host nothing more', async () => {
    const r = await check('/retry-after/3600', {}, 'ratelimited.test');
    expect(r).toMatchObject({ verdict: 'warn', status: 429, attempts: 1 });
    expect(r.reason).toMatch(/Retry-After 3600 s, longer than the 2 s the checker waits/);
    expect(r.elapsed).toBeLessThan(1_000);
  });

  it('warn for 503 after every retry, with growing waits', async () => {
    const r = await check('/unavailable/a', { retryBaseMs: 100, retryMaxMs: 1_000 });
    expect(r).toMatchObject({ verdict: 'warn', status: 503, attempts: 3 });
    expect(r.reason).toBe('503 Service Unavailable: server error (3 attempts)');
    const starts = server.path('/unavailable/a').starts;
    // Equal jitter with random 0.5: 75 ms, then 150 ms. Timers never fire early, so these are floors.
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(73);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(148);
  });
});

describe.concurrent('deadlines and bytes', () => {
  it('never downloads a 1 GiB body when HEAD is refused: stops at the headers', async () => {
    const r = await check('/big/a');
    expect(r).toMatchObject({ verdict: 'ok', status: 200, attempts: 2 });
    await until(() => server.path('/big/a').bytesSent > 0);
    // The byte cap plus socket buffers: a few MiB at most, against 1 GiB.
    expect(server.path('/big/a').bytesSent).toBeLessThan(16 * 1024 ** 2);
    expect(r.elapsed).toBeLessThan(2_000);
  });

  it('does not wait for a body that trickles a byte a second', async () => {
    // A checker that read the body would run into the 5 s deadline; this one stops at the headers.
    const r = await check('/trickle/a', { headersTimeoutMs: 5_000, requestTimeoutMs: 5_000 });
    expect(r).toMatchObject({ verdict: 'ok', status: 200, attempts: 2 });
    expect(r.elapsed).toBeLessThan(1_500);
    // Counted when the server sees the connection close: the checker hung up.
    await until(() => server.path('/trickle/a').bytesSent > 0);
    expect(server.path('/trickle/a').bytesSent).toBeGreaterThan(0);
    expect(server.path('/trickle/a').bytesSent).toBeLessThan(1_000);
  });

  it('warn when headers are slow: ends at the headers timeout', async () => {
    const r = await check('/slow-headers/a', { retries: 0, headersTimeoutMs: 300 });
    expect(r).toMatchObject({ verdict: 'warn', status: null, attempts: 1, reason: 'no response headers within 0.30 s' });
    expect(r.elapsed).toBeGreaterThanOrEqual(280);
    expect(r.elapsed).toBeLessThan(1_200);
  });

  it('retries a timeout with GET, then gives up', async () => {
    const r = await check('/slow-headers/b', { retries: 1, headersTimeoutMs: 200 });
    expect(r).toMatchObject({ verdict: 'warn', attempts: 2 });
    expect(server.path('/slow-headers/b').methods).toEqual(['HEAD', 'GET']);
    expect(r.elapsed).toBeLessThan(1_500);
  });

  it('ends a request at its total deadline, which also bounds the wait for headers', async () => {
    const r = await check('/slow-headers/c', { retries: 0, headersTimeoutMs: 5_000, requestTimeoutMs: 250 });
    expect(r).toMatchObject({ verdict: 'warn', reason: 'no response headers within 0.25 s' });
    expect(r.elapsed).toBeGreaterThanOrEqual(230);
    expect(r.elapsed).toBeLessThan(1_000);
  });

  it('ends every request when the run budget runs out', async () => {
    const r = await check('/slow-headers/d', { retries: 5, headersTimeoutMs: 5_000, requestTimeoutMs: 5_000, budgetMs: 300 });
    expect(r).toMatchObject({ verdict: 'warn', reason: "not settled within the run's time budget (0.30 s)" });
    expect(r.elapsed).toBeLessThan(1_000);
  });
});

describe.concurrent('DOIs', () => {
  const doi = (path: string) => `https://doi.org/${path}`;

  it('ok when the resolver redirects, though the publisher refuses scripts', async () => {
    const r = await check(doi('10.1234/good-1'), { doiResolver: `${server.origin}/doi/` });
    expect(r).toMatchObject({ verdict: 'ok', status: 302, attempts: 1, finalUrl: server.url('/publisher/10.1234/good-1') });
    expect(server.path('/publisher/10.1234/good-1').requests).toBe(0);
  });

  it('broken when the resolver does not know the DOI', async () => {
    const r = await check(doi('10.1234/missing'), { doiResolver: `${server.origin}/doi/` });
    expect(r).toMatchObject({ verdict: 'broken', status: 404, reason: 'DOI not found: the resolver answered 404 Not Found' });
  });

  it('suggests https://doi.org for an http://dx.doi.org link', async () => {
    const r = await check('http://dx.doi.org/10.1234/good-2', { doiResolver: `${server.origin}/doi/` });
    expect(r).toMatchObject({ verdict: 'ok', suggestedUrl: 'https://doi.org/10.1234/good-2' });
  });
});

async function until(condition: () => boolean, ms = 1_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
}
