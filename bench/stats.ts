/** The few statistics the harness reports: medians, ranges, and ratios of medians with their spread. */

/** Middle value of the samples (mean of the two middle ones for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new RangeError('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Range {
  readonly min: number;
  readonly max: number;
}

export function range(samples: readonly number[]): Range {
  if (samples.length === 0) throw new RangeError('range of no samples');
  return { min: Math.min(...samples), max: Math.max(...samples) };
}

export interface Ratio {
  /** median(a) / median(b). */
  readonly value: number;
  /** Smallest and largest of the per-round ratios a[i] / b[i]: how far noise moved it. */
  readonly spread: Range;
}

/**
 * The ratio of medians of two commands timed in the same rounds, with the spread of the
 * per-round ratios. The rounds pair up: a[i] and b[i] ran back to back, under the same noise.
 */
export function ratioOfMedians(a: readonly number[], b: readonly number[]): Ratio {
  if (a.length !== b.length) throw new RangeError(`paired samples differ in length: ${a.length} and ${b.length}`);
  const perRound = a.map((x, i) => x / b[i]!);
  return { value: median(a) / median(b), spread: range(perRound) };
}

