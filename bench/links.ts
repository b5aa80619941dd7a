/**
 * How close the link checker's scheduling comes to the ideal: 200 URLs on 10 local hosts, each
 * answering after 200 ms. With 2 requests at a time per host and no gap, the ideal is
 * 20 requests per host / 2 × 200 ms = 2 s; the polite defaults (500 ms between starts to a host)
 * are measured too. Everything runs on 127.0.0.1; host names resolve through an injected lookup.
 *
 * Run: npm run bench:links
 */
import http from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import { checkOptions, type CheckOptions } from '../src/links/options.js';
import { checkLinks } from '../src/links/run.js';

const HOSTS = 10;
const PER_HOST = 20;
const LATENCY_MS = 200;

const lookup: LookupFunction = (_hostname, options, callback) => {
  const cb = callback as (...args: unknown[]) => void;
  process.nextTick(() => (options.all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4)));
};

async function main(): Promise<void> {
  let inFlight = 0;
  let most = 0;
  const server = http.createServer((_req, res) => {
    most = Math.max(most, ++inFlight);
    setTimeout(() => {
      inFlight--;
      res.writeHead(200).end();
    }, LATENCY_MS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const links = Array.from({ length: HOSTS * PER_HOST }, (_, i) => ({
    url: `http://h${i % HOSTS}.bench:${port}/page/${i}`,
    sources: [{ file: 'bench', line: i + 1 }],
  }));
  const ideal = (PER_HOST / 2) * LATENCY_MS;
  /** The best any scheduler could do under the case's own limits: per host, global, and gap. */
  const bound = (o: CheckOptions) =>
    Math.max(
      Math.ceil(PER_HOST / o.perHost) * LATENCY_MS,
      Math.ceil((HOSTS * PER_HOST) / o.concurrency) * LATENCY_MS,
      (PER_HOST - 1) * o.hostGapMs + LATENCY_MS,
    );

  const cases: [string, Partial<CheckOptions>][] = [
    ['no gap, concurrency 20', { hostGapMs: 0, concurrency: 20 }],
    ['no gap, concurrency 16 (default)', { hostGapMs: 0 }],
    ['polite defaults (500 ms gap, concurrency 16)', {}],
  ];
  console.log(`${HOSTS * PER_HOST} URLs, ${HOSTS} hosts, ${LATENCY_MS} ms per answer; ideal at 2 per host: ${ideal} ms`);
  for (const [name, overrides] of cases) {
    most = 0;
    const started = performance.now();
    const options = checkOptions({ ...overrides, lookup });
    const results = await checkLinks(links, { options, root: '.' });
    const ms = Math.round(performance.now() - started);
    const ok = results.filter((r) => r.verdict === 'ok').length;
    console.log(
      `${name.padEnd(46)} ${String(ms).padStart(6)} ms  ${(ms / ideal).toFixed(2)} × ideal, ${(ms / bound(options)).toFixed(2)} × its own bound (${bound(options)} ms)  ok ${ok}/${results.length}  most in flight ${most}`,
    );
  }
  server.close();
}

void main();
