/**
 * Local web servers for the link case: one per host on the loopback addresses 127.0.0.1 to
 * 127.0.0.N (hosts are told apart by name, as the checker's politeness keys them), each answering
 * every request after a fixed latency. A GET gets a large body, trickled, so that a client which
 * reads bodies is seen to; a few URLs of each host refuse HEAD, so that a GET is needed at all. The
 * servers count the bytes they send, the requests each host has in
 * flight at once, and the gaps between the starts of requests to one host. Everything stays on
 * this machine, and the servers close by themselves after `lifetimeMs` whatever the harness does.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface LinkServerOptions {
  readonly hosts: number;
  readonly urlsPerHost: number;
  readonly latencyMs: number;
  /** Body size a GET announces and trickles. */
  readonly bodyBytes: number;
  /** The last this-many URLs of each host answer HEAD with 405, as some publishers do: a GET is needed. */
  readonly headRefusedPerHost: number;
  readonly lifetimeMs: number;
}

export interface HostCounts {
  requests: number;
  heads: number;
  gets: number;
  /** Bytes written to the sockets: headers and bodies. */
  bytesSent: number;
  /** Most body bytes written in answer to one request. */
  largestBody: number;
  /** Most requests this host had in flight at once. */
  mostInFlight: number;
  /** Shortest time between the starts of two requests, ms (Infinity with fewer than two). */
  closestStartsMs: number;
}

export interface LinkServers {
  /** Every URL, hosts interleaved (the first of each host, then the second of each, ...). */
  readonly urls: readonly string[];
  /** Counts since the last reset, all hosts together. */
  counts(): HostCounts;
  reset(): void;
  close(): Promise<void>;
}

const CHUNK = 8 * 1024;
const CHUNK_EVERY_MS = 2;

export async function startLinkServers(options: LinkServerOptions): Promise<LinkServers> {
  const servers: http.Server[] = [];
  const sockets = new Set<Socket>();
  let byHost: HostCounts[] = [];
  const fresh = (): HostCounts => ({ requests: 0, heads: 0, gets: 0, bytesSent: 0, largestBody: 0, mostInFlight: 0, closestStartsMs: Infinity });
  const reset = () => {
    byHost = Array.from({ length: options.hosts }, fresh);
  };
  reset();
  const urls: string[][] = [];
  /** Bytes of each socket already counted: counted as each response closes and as the socket closes. */
  const counted = new WeakMap<Socket, number>();
  const count = (h: number, socket: Socket) => {
    const before = counted.get(socket) ?? 0;
    byHost[h]!.bytesSent += socket.bytesWritten - before;
    counted.set(socket, socket.bytesWritten);
  };

  for (let h = 0; h < options.hosts; h++) {
    let inFlight = 0;
    let lastStart = -Infinity;
    const server = http.createServer((req, res) => {
      const counts = byHost[h]!;
      const now = performance.now();
      counts.requests++;
      if (req.method === 'HEAD') counts.heads++;
      else counts.gets++;
      counts.closestStartsMs = Math.min(counts.closestStartsMs, now - lastStart);
      lastStart = now;
      counts.mostInFlight = Math.max(counts.mostInFlight, ++inFlight);
      let done = false;
      const finish = () => {
        if (!done) inFlight--;
        done = true;
      };
      res.on('close', () => {
        finish();
        count(h, req.socket);
      });
      const index = Number(/\/(\d+)$/.exec(req.url ?? '')?.[1] ?? 0);
      const refuseHead = index > options.urlsPerHost - options.headRefusedPerHost;
      setTimeout(() => {
        if (res.destroyed) return;
        if (req.method === 'HEAD' && refuseHead) {
          res.writeHead(405, { allow: 'GET' }).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(options.bodyBytes) });
        if (req.method === 'HEAD') {
          res.end();
          return;
        }
        let left = options.bodyBytes;
        const chunk = Buffer.alloc(CHUNK, 0x61);
        const more = () => {
          if (res.destroyed || left <= 0) return;
          const size = Math.min(CHUNK, left);
          left -= size;
          counts.largestBody = Math.max(counts.largestBody, options.bodyBytes - left);
          const flowing = size === CHUNK ? res.write(chunk) : res.write(chunk.subarray(0, size));
          if (left <= 0) res.end();
          else if (flowing) setTimeout(more, CHUNK_EVERY_MS);
          else res.once('drain', () => setTimeout(more, CHUNK_EVERY_MS));
        };
        more();
      }, options.latencyMs);
    });
    server.keepAliveTimeout = 5_000;
    server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.on('close', () => {
        count(h, socket);
        sockets.delete(socket);
      });
    });
    const address = `127.0.0.${h + 1}`;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, address, () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    urls.push(Array.from({ length: options.urlsPerHost }, (_, i) => `http://${address}:${port}/datasets/${h + 1}/${i + 1}`));
    servers.push(server);
  }

  const close = async () => {
    clearTimeout(stopper);
    for (const server of servers) server.closeAllConnections();
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    for (const socket of sockets) socket.destroy();
  };
  const stopper = setTimeout(() => void close(), options.lifetimeMs);
  stopper.unref();

  return {
    urls: Array.from({ length: options.urlsPerHost }, (_, i) => urls.map((host) => host[i]!)).flat(),
    counts: () =>
      byHost.reduce(
        (all, c) => ({
          requests: all.requests + c.requests,
          heads: all.heads + c.heads,
          gets: all.gets + c.gets,
          bytesSent: all.bytesSent + c.bytesSent,
          largestBody: Math.max(all.largestBody, c.largestBody),
          mostInFlight: Math.max(all.mostInFlight, c.mostInFlight),
          closestStartsMs: Math.min(all.closestStartsMs, c.closestStartsMs),
        }),
        fresh(),
      ),
    reset,
    close,
  };
}
