import type { CheckOptions } from '../../src/links/options.js';
import { testLookup } from './server.js';

/** Timings small enough that every case runs in well under a second; names resolve locally only. */
export const FAST: Partial<CheckOptions> = {
  hostGapMs: 5,
  retryBaseMs: 30,
  retryMaxMs: 200,
  retryAfterCapMs: 2_000,
  connectTimeoutMs: 500,
  headersTimeoutMs: 300,
  requestTimeoutMs: 600,
  budgetMs: 15_000,
  retries: 2,
  lookup: testLookup,
  random: () => 0.5,
};
