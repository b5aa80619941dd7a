/**
 * One HTTP request, redirects not followed, body never read: the status and the few headers the
 * checker needs, or why no response came. Deadlines: connect, headers, and a total per request.
 */
import { lookup as dnsLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { Agent, request } from 'undici';
import type { CheckOptions } from './options.js';

export type Method = 'HEAD' | 'GET';

/**
 * Why no response came. dns: the name does not exist; dns-temporary: the resolver could not
 * answer; aborted: the run's budget ran out.
 */
export type Failure = 'dns' | 'dns-temporary' | 'refused' | 'timeout' | 'reset' | 'tls' | 'unreachable' | 'aborted' | 'other';

export type Probe =
  | {
      readonly kind: 'response';
      readonly status: number;
      readonly location?: string;
      readonly retryAfter?: string;
      readonly setsCookie: boolean;
    }
  | { readonly kind: 'failure'; readonly failure: Failure; readonly detail: string };

/** A response whose body was read, up to a limit: what check-sources needs of a page or a registry. */
export type Read =
  | (Extract<Probe, { kind: 'response' }> & {
      readonly contentType: string | undefined;
      readonly body: string;
      /** The body was longer than the limit and was cut there. */
      readonly truncated: boolean;
    })
  | Extract<Probe, { kind: 'failure' }>;

export interface HttpClient {
  probe(url: string, method: Method, runSignal: AbortSignal): Promise<Probe>;
  /** A GET whose body is read, at most `maxBytes` of it, asking for `accept`. */
  read(url: string, accept: string, maxBytes: number, runSignal: AbortSignal): Promise<Read>;
  close(): Promise<void>;
}

export type HttpOptions = Pick<
  CheckOptions,
  'userAgent' | 'connectTimeoutMs' | 'headersTimeoutMs' | 'requestTimeoutMs' | 'maxBodyBytes' | 'lookup'
>;

export function createHttpClient(options: HttpOptions): HttpClient {
  const agent = new Agent({
    connect: { timeout: options.connectTimeoutMs, lookup: guardedLookup(options.lookup ?? dnsLookup) },
    headersTimeout: options.headersTimeoutMs,
    // The body is never read, so there is nothing to wait for after the headers.
    bodyTimeout: options.headersTimeoutMs,
    keepAliveTimeout: 4_000,
  });
  const headers = {
    'user-agent': options.userAgent,
    accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    'accept-encoding': 'identity',
  };

  async function probe(url: string, method: Method, runSignal: AbortSignal): Promise<Probe> {
    if (runSignal.aborted) return { kind: 'failure', failure: 'aborted', detail: 'the run budget ran out' };
    // undici's own headers timer has about a second's resolution; these signals are exact.
    const headersDeadline = AbortSignal.timeout(options.headersTimeoutMs);
    const deadline = AbortSignal.timeout(options.requestTimeoutMs);
    try {
      const response = await request(url, {
        method,
        headers,
        dispatcher: agent,
        signal: AbortSignal.any([runSignal, headersDeadline, deadline]),
        // undici stops reading the socket once this much body is buffered; nothing is read from it.
        highWaterMark: Math.max(1, options.maxBodyBytes),
      });
      // The body is dropped unread: the connection is closed rather than drained (undici closes it
      // after a HEAD anyway, in case a server sends a body there). Destroying an unfinished body makes
      // undici emit an abort error: expected, and ignored.
      response.body.on('error', () => {});
      response.body.destroy();
      return answered(response);
    } catch (error) {
      if (runSignal.aborted) return { kind: 'failure', failure: 'aborted', detail: 'the run budget ran out' };
      if (headersDeadline.aborted) {
        return { kind: 'failure', failure: 'timeout', detail: `no response headers within ${seconds(options.headersTimeoutMs)}` };
      }
      if (deadline.aborted) {
        return { kind: 'failure', failure: 'timeout', detail: `no complete answer within ${seconds(options.requestTimeoutMs)}` };
      }
      return classifyError(error, options);
    }
  }

  async function read(url: string, accept: string, maxBytes: number, runSignal: AbortSignal): Promise<Read> {
    if (runSignal.aborted) return { kind: 'failure', failure: 'aborted', detail: 'the run budget ran out' };
    // The body is read too, so the whole request, not only its headers, has the request's deadline.
    const deadline = AbortSignal.timeout(options.requestTimeoutMs);
    try {
      const response = await request(url, { method: 'GET', headers: { ...headers, accept }, dispatcher: agent, signal: AbortSignal.any([runSignal, deadline]) });
      response.body.on('error', () => {});
      const chunks: Buffer[] = [];
      let size = 0;
      let truncated = false;
      for await (const chunk of response.body as AsyncIterable<Buffer>) {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= maxBytes) {
          truncated = true;
          break;
        }
      }
      response.body.destroy();
      const contentType = header(response.headers['content-type']);
      return {
        ...answered(response),
        contentType,
        body: decode(Buffer.concat(chunks).subarray(0, maxBytes), contentType),
        truncated,
      };
    } catch (error) {
      if (runSignal.aborted) return { kind: 'failure', failure: 'aborted', detail: 'the run budget ran out' };
      if (deadline.aborted) return { kind: 'failure', failure: 'timeout', detail: `no complete answer within ${seconds(options.requestTimeoutMs)}` };
      return classifyError(error, options) as Extract<Probe, { kind: 'failure' }>;
    }
  }

  return { probe, read, close: () => agent.close() };
}

/** The body as text, in the charset its Content-Type names (UTF-8 when it names none or one Node does not know). */
function decode(bytes: Buffer, contentType: string | undefined): string {
  const charset = /charset="?([\w-]+)/i.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** What a probe and a read both report of a response: its status and the headers the checkers use. */
function answered(response: { statusCode: number; headers: Record<string, string | string[] | undefined> }): Extract<Probe, { kind: 'response' }> {
  const location = header(response.headers.location);
  const retryAfter = header(response.headers['retry-after']);
  return {
    kind: 'response',
    status: response.statusCode,
    ...(location === undefined ? {} : { location }),
    ...(retryAfter === undefined ? {} : { retryAfter }),
    setsCookie: response.headers['set-cookie'] !== undefined,
  };
}

const TLS_CODES = /^(CERT_|ERR_TLS_|ERR_SSL_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|HOSTNAME_MISMATCH)/;

/** Turns what undici or the socket threw into a failure kind with a sentence a maintainer can read. */
export function classifyError(error: unknown, options: Pick<HttpOptions, 'connectTimeoutMs' | 'headersTimeoutMs'>): Probe {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  const fail = (failure: Failure, detail: string): Probe => ({ kind: 'failure', failure, detail });
  switch (code) {
    case 'ENOTFOUND':
      return fail('dns', 'the host name does not resolve');
    case 'EAI_AGAIN':
      return fail('dns-temporary', 'the host name could not be resolved just now (resolver unavailable)');
    case 'ECONNREFUSED':
      return fail('refused', 'connection refused');
    case 'UND_ERR_CONNECT_TIMEOUT':
      return fail('timeout', `no connection within ${seconds(options.connectTimeoutMs)}`);
    case 'UND_ERR_HEADERS_TIMEOUT':
      return fail('timeout', `no response headers within ${seconds(options.headersTimeoutMs)}`);
    case 'UND_ERR_BODY_TIMEOUT':
    case 'ETIMEDOUT':
      return fail('timeout', 'the connection timed out');
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return fail('reset', 'the connection was closed before a response came');
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ENETDOWN':
      return fail('unreachable', 'the host cannot be reached from here');
  }
  if (code !== undefined && TLS_CODES.test(code)) return fail('tls', `TLS error: ${message}`);
  return fail('other', code === undefined ? message : `${code}: ${message}`);
}

function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/**
 * Names under .invalid never resolve (RFC 6761), so they fail here without asking a resolver;
 * every other name goes to the given lookup.
 */
function guardedLookup(lookup: LookupFunction): LookupFunction {
  return (hostname, options, callback) => {
    if (/(^|\.)invalid\.?$/i.test(hostname)) {
      const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
      process.nextTick(() => (callback as (e: NodeJS.ErrnoException) => void)(error));
      return;
    }
    lookup(hostname, options, callback);
  };
}

export function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(ms < 1000 ? 2 : 1)} s`;
}
