/**
 * Every knob of the link checker, with defaults that are polite to real servers. Tests pass
 * small timings (tens of milliseconds) so the whole behaviour can be exercised in seconds.
 */
import type { LookupFunction } from 'node:net';

export interface CheckOptions {
  /** Sent with every request: names the project so site owners know who is asking. */
  readonly userAgent: string;
  /** Requests in flight at once, all hosts together. */
  readonly concurrency: number;
  /** Requests in flight at once to one host. */
  readonly perHost: number;
  /** Minimum time between the starts of two requests to one host. */
  readonly hostGapMs: number;
  /** Time to open the connection (TCP and TLS). */
  readonly connectTimeoutMs: number;
  /** Time from the start of a request (connection included) to the end of its response headers. */
  readonly headersTimeoutMs: number;
  /**
   * Total time one request may take, whatever it is waiting for. As the body is never read this
   * ends where the headers do; it is the safety net, and what `--timeout` sets.
   */
  readonly requestTimeoutMs: number;
  /** Time for the whole run; links not settled by then are reported as warn. */
  readonly budgetMs: number;
  /** Further attempts after a 408, 429, 5xx, timeout or reset. */
  readonly retries: number;
  /** First backoff delay; it doubles with each retry, with jitter. */
  readonly retryBaseMs: number;
  /** Longest computed backoff delay. */
  readonly retryMaxMs: number;
  /** Longest `Retry-After` honoured; a server asking for more gets a warn at once. */
  readonly retryAfterCapMs: number;
  /** Redirects followed; one more is reported as broken. */
  readonly maxRedirects: number;
  /**
   * The most response-body bytes the client buffers before it stops reading the socket. The body is
   * never read: the response is dropped as soon as the headers are in.
   */
  readonly maxBodyBytes: number;
  /** Where DOIs are resolved; tests point it at a local server. */
  readonly doiResolver: string;
  /** Name resolution; tests inject one so nothing leaves the machine. */
  readonly lookup?: LookupFunction;
  /** Jitter source, in [0, 1). */
  readonly random: () => number;
}

export const DEFAULT_USER_AGENT =
  'breast-imaging-datasets-link-checker/0.1 (checks the links of a catalogue of public breast imaging datasets; reads headers only)';

export const DEFAULT_OPTIONS: CheckOptions = {
  userAgent: DEFAULT_USER_AGENT,
  concurrency: 16,
  perHost: 2,
  hostGapMs: 500,
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 15_000,
  requestTimeoutMs: 15_000,
  budgetMs: 10 * 60_000,
  retries: 2,
  retryBaseMs: 1_000,
  retryMaxMs: 30_000,
  retryAfterCapMs: 60_000,
  maxRedirects: 10,
  maxBodyBytes: 16 * 1024,
  doiResolver: 'https://doi.org/',
  random: Math.random,
};

export function checkOptions(overrides: Partial<CheckOptions> = {}): CheckOptions {
  const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  const options: CheckOptions = { ...DEFAULT_OPTIONS, ...given };
  // A request cannot wait for headers longer than it may take in all.
  return {
    ...options,
    connectTimeoutMs: Math.min(options.connectTimeoutMs, options.requestTimeoutMs),
    headersTimeoutMs: Math.min(options.headersTimeoutMs, options.requestTimeoutMs),
  };
}
