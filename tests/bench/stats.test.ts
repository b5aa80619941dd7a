import { describe, expect, it } from 'vitest';
import { median, range, ratioOfMedians } from '../../bench/stats.js';

describe('bench statistics', () => {
  it('median of an odd and an even count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(() => median([])).toThrow(RangeError);
  });

  it('does not reorder the samples it is given', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('range is the smallest and largest sample', () => {
    expect(range([3, 9, 1, 4])).toEqual({ min: 1, max: 9 });
  });

  it('ratio of medians with the spread of per-round ratios', () => {
    const ours = [100, 110, 90, 300];
    const peer = [200, 200, 200, 400];
    const ratio = ratioOfMedians(ours, peer);
    expect(ratio.value).toBeCloseTo(105 / 200);
    expect(ratio.spread.min).toBeCloseTo(0.45);
    expect(ratio.spread.max).toBeCloseTo(0.75);
  });

  it('refuses samples that do not pair up', () => {
    expect(() => ratioOfMedians([1, 2], [1])).toThrow(RangeError);
  });
});
