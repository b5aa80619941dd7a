import { describe, expect, it } from 'vitest';
import { formatCount, parseCount } from '../../src/fields/count.js';

describe('parseCount', () => {
  it.each([
    ['600', 600, 'none'],
    ['5060', 5060, 'ungrouped'],
    ['22 032', 22032, 'space'],
    ['6\u00a0671', 6671, 'space'],
    ['7,909', 7909, 'comma'],
    ['1,234,567', 1234567, 'comma'],
  ] as const)('reads %s', (text, value, style) => {
    expect(parseCount(text)).toEqual({ ok: true, value, style, canonical: formatCount(value) });
  });

  it.each(['N/A', 'N/a', 'n/a', ' NA '])('reads %s as unknown', (text) => {
    expect(parseCount(text)).toEqual({ ok: true, value: null, style: 'none', canonical: 'N/A' });
  });

  it('offers 20,000 first for the malformed "20 0000", then the digits run together', () => {
    expect(parseCount('20 0000')).toEqual({ ok: false, reason: 'malformed-groups', guesses: [20000, 200000], text: '20 0000' });
  });

  it.each(['1,23', '12,3456', '1 2'])('refuses malformed groups in %s', (text) => {
    const parsed = parseCount(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toBe('malformed-groups');
  });

  it.each(['-3', 'many', '3.5', ''])('refuses %j', (text) => {
    expect(parseCount(text)).toMatchObject({ ok: false, reason: 'not-a-count' });
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [22032, '22,032'],
    [1234567, '1,234,567'],
    [null, 'N/A'],
  ] as const)('writes %s as %s', (value, text) => {
    expect(formatCount(value)).toBe(text);
  });
});
