import { describe, expect, it } from 'vitest';
import { backoffMs, isRetryableStatus, parseRetryAfter } from '../../src/links/retry.js';

describe('backoffMs', () => {
  it('doubles with each retry, between half and all of the doubled delay', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 100, 10_000, () => 0))).toEqual([50, 100, 200, 400]);
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 100, 10_000, () => 0.999999))).toEqual([100, 200, 400, 800]);
  });

  it('never exceeds the maximum', () => {
    expect(backoffMs(20, 1_000, 30_000, () => 0.999999)).toBe(30_000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');

  it.each([
    ['0', 0],
    ['3', 3_000],
    [' 3600 ', 3_600_000],
    ['Wed, 01 Jan 2025 00:00:30 GMT', 30_000],
    ['Tue, 31 Dec 2024 23:00:00 GMT', 0],
  ])('reads %j as %i ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  it.each([undefined, '', '-1', '1.5', 'soon'])('ignores %j', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe('isRetryableStatus', () => {
  it('retries 408, 429 and 5xx except 501', () => {
    expect([408, 429, 500, 502, 503, 504, 599].every(isRetryableStatus)).toBe(true);
    expect([200, 301, 400, 401, 403, 404, 405, 410, 418, 501].some(isRetryableStatus)).toBe(false);
  });
});
