/**
 * Who may send a request now: at most `concurrency` in flight in all, at most `perHost` to one
 * host, starts to one host at least `gapMs` apart, and no request to a host that answered 429
 * until its backoff is over. Waiting requests start in the order they asked, as far as the
 * limits allow; a request held back by its host never holds back another host's.
 */

export interface PolitenessOptions {
  readonly concurrency: number;
  readonly perHost: number;
  readonly gapMs: number;
}

interface HostState {
  active: number;
  /** Earliest start of the next request: last start + gap, or the end of a backoff. */
  notBefore: number;
}

interface Waiter {
  readonly host: string;
  readonly start: () => void;
}

export class HostScheduler {
  private active = 0;
  private readonly hosts = new Map<string, HostState>();
  private readonly queue: Waiter[] = [];
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;

  constructor(private readonly options: PolitenessOptions) {}

  /** Runs `task` once the limits allow it; rejects, without running it, if `signal` aborts first. */
  run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        host,
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          // The slot is free before the caller hears the result.
          task().then(
            (value) => {
              this.finish(host);
              resolve(value);
            },
            (error: unknown) => {
              this.finish(host);
              reject(error);
            },
          );
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
      this.pump();
    });
  }

  /** No request to `host` starts in the next `ms` (after a 429). */
  backOff(host: string, ms: number): void {
    const state = this.state(host);
    state.notBefore = Math.max(state.notBefore, Date.now() + ms);
    this.pump();
  }

  /** Requests in flight now, to one host or in all. */
  inFlight(host?: string): number {
    return host === undefined ? this.active : (this.hosts.get(host)?.active ?? 0);
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (state === undefined) {
      state = { active: 0, notBefore: 0 };
      this.hosts.set(host, state);
    }
    return state;
  }

  private finish(host: string): void {
    this.active--;
    this.state(host).active--;
    this.pump();
  }

  private pump(): void {
    const now = Date.now();
    let wakeAt = Infinity;
    const held = new Set<string>();
    for (let i = 0; i < this.queue.length && this.active < this.options.concurrency; ) {
      const waiter = this.queue[i]!;
      const state = this.state(waiter.host);
      if (held.has(waiter.host) || state.active >= this.options.perHost) {
        held.add(waiter.host);
        i++;
        continue;
      }
      if (state.notBefore > now) {
        wakeAt = Math.min(wakeAt, state.notBefore);
        held.add(waiter.host);
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      this.active++;
      state.active++;
      state.notBefore = now + this.options.gapMs;
      waiter.start();
    }
    this.wakeAt(wakeAt);
  }

  /** One timer, for the earliest moment a held-back host may start again. */
  private wakeAt(at: number): void {
    if (at === this.timerAt) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = at;
    if (at === Infinity) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Infinity;
      this.pump();
    }, Math.max(0, at - Date.now()));
  }
}
