/**
 * Reads a document over HTTP for check-sources, with the link checker's manners: every request
 * through its host scheduler (requests per host, gap between starts, backoff after a 429), retries
 * with backoff on 408, 429, 5xx, timeouts and resets, redirects followed by hand, and at most
 * `maxBytes` of a body read.
 */
import type { HttpClient, Read } from '../links/http.js';
import type { CheckOptions } from '../links/options.js';
import { hostOf } from '../links/check.js';
import type { HostScheduler } from '../links/politeness.js';
import { backoffMs, isRetryableStatus, parseRetryAfter, sleep } from '../links/retry.js';

export type Fetched =
  | { readonly kind: 'document'; readonly status: number; readonly finalUrl: string; readonly contentType: string | undefined; readonly body: string }
  | { readonly kind: 'status'; readonly status: number; readonly finalUrl: string }
  | { readonly kind: 'failure'; readonly detail: string; readonly offline: boolean };

export interface Fetcher {
  fetch(url: string, accept: string): Promise<Fetched>;
}

/** The most of a page's body read: enough for any article, never a whole dataset. */
export const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

export function createFetcher(client: HttpClient, scheduler: HostScheduler, options: CheckOptions, signal: AbortSignal, maxBytes = MAX_DOCUMENT_BYTES): Fetcher {
  async function once(url: string, accept: string): Promise<Read> {
    let retries = 0;
    for (;;) {
      let read: Read;
      try {
        read = await scheduler.run(
          hostOf(url),
          async () => {
            const answer = await client.read(url, accept, maxBytes, signal);
            if (answer.kind === 'response' && answer.status === 429) scheduler.backOff(hostOf(url), parseRetryAfter(answer.retryAfter) ?? wait(retries));
            return answer;
          },
          signal,
        );
      } catch {
        return { kind: 'failure', failure: 'aborted', detail: 'the run budget ran out' };
      }
      const retryable = read.kind === 'response' ? isRetryableStatus(read.status) : read.failure === 'timeout' || read.failure === 'reset' || read.failure === 'dns-temporary';
      if (!retryable || retries >= options.retries) return read;
      const asked = read.kind === 'response' ? parseRetryAfter(read.retryAfter) : undefined;
      if (asked !== undefined && asked > options.retryAfterCapMs) return read;
      try {
        await sleep(asked ?? wait(retries), signal);
      } catch {
        return { kind: 'failure', failure: 'aborted', detail: 'the run budget ran out' };
      }
      retries += 1;
    }
  }

  function wait(done: number): number {
    return backoffMs(done + 1, options.retryBaseMs, options.retryMaxMs, options.random);
  }

  return {
    async fetch(url, accept) {
      let current = url;
      for (let hops = 0; hops <= options.maxRedirects; hops += 1) {
        const read = await once(current, accept);
        if (read.kind === 'failure') {
          const offline = read.failure === 'dns' || read.failure === 'dns-temporary' || read.failure === 'unreachable';
          return { kind: 'failure', detail: read.detail, offline };
        }
        if (read.status >= 300 && read.status < 400 && read.location !== undefined && URL.canParse(read.location, current)) {
          current = new URL(read.location, current).href;
          continue;
        }
        if (read.status >= 200 && read.status < 300) return { kind: 'document', status: read.status, finalUrl: current, contentType: read.contentType, body: read.body };
        return { kind: 'status', status: read.status, finalUrl: current };
      }
      return { kind: 'failure', detail: `more than ${options.maxRedirects} redirects`, offline: false };
    },
  };
}
