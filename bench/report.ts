/** Rows of the results table, their targets, and the table as Markdown. */
import type { Sample } from './measure.js';
import { median, range, ratioOfMedians, type Ratio } from './stats.js';

export interface Target {
  /** What is asked, with the figure it was judged on where the row does not show it. */
  readonly text: string;
  readonly pass: boolean;
}

export interface Row {
  readonly case: string;
  readonly command: string;
  /** Wall times, ms; empty for a skipped or failed row. */
  readonly ms: readonly number[];
  /** Peak RSS per run, KiB, where it was read. */
  readonly rssKiB: readonly number[];
  readonly ratios: readonly string[];
  readonly targets: readonly Target[];
  /** Why the row has no figures: `skipped: ...` or `failed: ...`. */
  readonly outcome?: string;
}

export function measuredRow(caseName: string, command: string, samples: readonly Sample[], extra: Partial<Pick<Row, 'ratios' | 'targets'>> = {}): Row {
  return {
    case: caseName,
    command,
    ms: samples.map((s) => s.ms),
    rssKiB: samples.flatMap((s) => (s.maxRssKiB === undefined ? [] : [s.maxRssKiB])),
    ratios: extra.ratios ?? [],
    targets: extra.targets ?? [],
  };
}

/** A row without figures: the command is not there yet, or it failed. Its targets are named, not judged. */
export function emptyRow(caseName: string, command: string, outcome: string, targets: readonly string[] = []): Row {
  return { case: caseName, command, ms: [], rssKiB: [], ratios: [], targets: targets.map((text) => ({ text, pass: true })), outcome };
}

export const peakMiB = (row: Pick<Row, 'rssKiB'>): number | undefined => (row.rssKiB.length === 0 ? undefined : Math.max(...row.rssKiB) / 1024);

export function formatRatio(ratio: Ratio, against: string): string {
  const digits = ratio.value >= 10 ? 1 : 2;
  return `${ratio.value.toFixed(digits)}× (${ratio.spread.min.toFixed(digits)}–${ratio.spread.max.toFixed(digits)}) vs ${against}`;
}

/** The ratio of two rows measured in the same rounds. */
export function pairedRatio(a: readonly Sample[], b: readonly Sample[]): Ratio {
  return ratioOfMedians(
    a.map((s) => s.ms),
    b.map((s) => s.ms),
  );
}

export const target = {
  medianAtMost(samples: readonly Sample[], ms: number): Target {
    return { text: `≤ ${ms.toLocaleString('en-GB')} ms`, pass: median(samples.map((s) => s.ms)) <= ms };
  },
  peakBelow(samples: readonly Sample[], mib: number): Target {
    const peak = peakMiB({ rssKiB: samples.flatMap((s) => (s.maxRssKiB === undefined ? [] : [s.maxRssKiB])) });
    return { text: `peak < ${mib} MiB`, pass: peak !== undefined && peak < mib };
  },
  ratioAtMost(ratio: Ratio, most: number, against: string): Target {
    return { text: `≤ ${most}× ${against}`, pass: ratio.value <= most };
  },
};

const ms = (n: number) => Math.round(n).toLocaleString('en-GB');

function result(row: Row): string {
  if (row.outcome !== undefined) return row.outcome;
  if (row.targets.length === 0) return '—';
  return row.targets.every((t) => t.pass) ? 'pass' : `**FAIL** (${row.targets.filter((t) => !t.pass).map((t) => t.text).join('; ')})`;
}

/** A table cell: pipes escaped, no line breaks. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

export function markdownTable(rows: readonly Row[]): string {
  const header = ['case', 'command', 'median ms', 'min–max ms', 'peak MiB', 'ratio (spread)', 'target', 'result'];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map((h, i) => (i >= 2 && i <= 4 ? '---:' : '---')).join(' | ')} |`];
  let lastCase = '';
  for (const row of rows) {
    const measured = row.ms.length > 0;
    const r = measured ? range(row.ms) : undefined;
    const peak = peakMiB(row);
    lines.push(
      `| ${[
        row.case === lastCase ? '' : row.case,
        row.command,
        measured ? ms(median(row.ms)) : '',
        r === undefined ? '' : `${ms(r.min)}–${ms(r.max)}`,
        peak === undefined ? '' : peak.toFixed(1),
        row.ratios.join('; '),
        row.targets.map((t) => t.text).join('; '),
        result(row),
      ]
        .map(cell)
        .join(' | ')} |`,
    );
    lastCase = row.case;
  }
  return `${lines.join('\n')}\n`;
}

/** Targets missed, and rows whose command failed. */
export function missedTargets(rows: readonly Row[]): number {
  return rows.reduce((n, row) => n + row.targets.filter((t) => !t.pass).length + (row.outcome?.startsWith('failed') ? 1 : 0), 0);
}
