/**
 * The one local server the link tests talk to, on 127.0.0.1, serving every case the checker must
 * judge. It counts requests and bytes sent per path, and requests in flight per Host, so tests can
 * assert what the checker did to it. Paths carry a free suffix (`/flaky/a`, `/flaky/b`) so each test
 * has its own state. Nothing here leaves the machine.
 */
import http from 'node:http';
import type { LookupFunction } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface PathStats {
  requests: number;
  methods: string[];
  /** Bytes written to the socket for this path's requests, headers included. */
  bytesSent: number;
  /** Request start times (Date.now()). */
  starts: number[];
}

export interface HostStats {
  inFlight: number;
  maxInFlight: number;
  starts: number[];
}

export interface TestServer {
  readonly port: number;
  readonly origin: string;
  /** http://<host>:<port><path>, for names the test lookup sends to 127.0.0.1. */
  url(path: string, host?: string): string;
  path(path: string): PathStats;
  host(host: string): HostStats;
  close(): Promise<void>;
}

const GIB = 1024 ** 3;

export async function startServer(): Promise<TestServer> {
  const paths = new Map<string, PathStats>();
  const hosts = new Map<string, HostStats>();
  const stat = (path: string) => {
    let s = paths.get(path);
    if (s === undefined) paths.set(path, (s = { requests: 0, methods: [], bytesSent: 0, starts: [] }));
    return s;
  };
  const hostStat = (host: string) => {
    let s = hosts.get(host);
    if (s === undefined) hosts.set(host, (s = { inFlight: 0, maxInFlight: 0, starts: [] }));
    return s;
  };
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    const s = stat(path);
    const h = hostStat((req.headers.host ?? '').replace(/:\d+$/, ''));
    s.requests++;
    s.methods.push(req.method ?? '?');
    s.starts.push(Date.now());
    h.starts.push(Date.now());
    h.inFlight++;
    h.maxInFlight = Math.max(h.maxInFlight, h.inFlight);
    const socket = req.socket;
    const before = socket.bytesWritten;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      h.inFlight--;
      s.bytesSent += socket.bytesWritten - before;
    };
    res.on('finish', finish);
    res.on('close', finish);
    route(path, req, res, s.requests, later);
  });
  server.keepAliveTimeout = 500;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    url: (path, host = '127.0.0.1') => `http://${host}:${port}${path}`,
    path: stat,
    host: hostStat,
    close: async () => {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

type Later = (ms: number, fn: () => void) => void;

function route(path: string, req: http.IncomingMessage, res: http.ServerResponse, nth: number, later: Later): void {
  const head = req.method === 'HEAD';
  const send = (status: number, headers: http.OutgoingHttpHeaders = {}) => {
    res.writeHead(status, { 'content-type': 'text/plain', ...headers });
    res.end(head ? undefined : `${status}\n`);
  };
  const [, kind = '', arg = ''] = path.split('/');
  switch (kind) {
    case 'ok':
      return send(200);
    case 'status':
      // /status/404, /status/403, ...: that status, always.
      return send(Number(arg));
    case 'head-refused':
      // /head-refused/405: HEAD answers the status, GET 200 (pmc does this with 405).
      return head ? send(Number(arg)) : send(200);
    case 'publisher':
      // A publisher behind doi.org that answers 403 to scripts.
      return send(403);
    case 'moved':
      return send(308, { location: '/ok' });
    case 'chain':
      // /chain/x -301-> /chain2/x -301-> /chain3/x -302-> /ok
      return send(301, { location: `/chain2/${arg}` });
    case 'chain2':
      return send(301, { location: `/chain3/${arg}` });
    case 'chain3':
      return send(302, { location: '/ok' });
    case 'loop-a':
      return send(302, { location: `/loop-b/${arg}` });
    case 'loop-b':
      return send(302, { location: `/loop-a/${arg}` });
    case 'cookie-loop':
      return send(302, { location: path, 'set-cookie': 'session=1' });
    case 'endless':
      return send(302, { location: `/endless/${Number(arg) + 1}` });
    case 'flaky':
      // 429 (no Retry-After) to the first request, then 200.
      return nth === 1 ? send(429) : send(200);
    case 'retry-after':
      // 429 with `Retry-After: <arg>` to the first request, then 200.
      return nth === 1 ? send(429, { 'retry-after': arg }) : send(200);
    case 'unavailable':
      return send(503);
    case 'late':
      // Answers after <arg> ms.
      return later(Number(arg), () => send(200));
    case 'slow-headers':
      // Headers only after a minute; the checker must not wait for them.
      return later(60_000, () => send(200));
    case 'big':
      // HEAD refused; GET streams 1 GiB lazily, chunk by chunk as the socket drains.
      if (head) return send(405);
      return streamBig(res);
    case 'trickle':
      // HEAD refused; GET sends headers at once, then one byte every 100 ms, for ever.
      if (head) return send(405);
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.flushHeaders();
      return trickle(res, later);
    case 'doi':
      // A DOI resolver: /doi/10.1234/good-* redirects to /publisher/10.1234/good-*, which refuses scripts.
      if (path.startsWith('/doi/10.1234/good')) return send(302, { location: `/publisher/${path.slice('/doi/'.length)}` });
      return send(404);
    default:
      return send(404);
  }
}

function streamBig(res: http.ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(GIB) });
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  let sent = 0;
  const pump = () => {
    while (sent < GIB && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

function trickle(res: http.ServerResponse, later: Later): void {
  const tick = () => {
    if (res.destroyed) return;
    res.write('x');
    later(100, tick);
  };
  tick();
}

/**
 * Name resolution for tests: every name under .test is 127.0.0.1; anything else fails at once with
 * ENOTFOUND, so no query ever reaches a real resolver.
 */
export const testLookup: LookupFunction = (hostname, options, callback) => {
  const cb = callback as (...args: unknown[]) => void;
  if (!/\.test$/i.test(hostname) && hostname !== 'localhost') {
    const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
    process.nextTick(() => cb(error));
    return;
  }
  process.nextTick(() => (options.all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4)));
};

/** A port nothing listens on: bound, noted, closed. */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
