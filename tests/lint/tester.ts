/**
 * A rule tester in the manner of ESLint's RuleTester: valid snippets give no message; invalid ones
 * give exactly the messages listed (line, column, severity, text) and, with `output`, that text
 * after --fix. Only the rule under test runs.
 */
import { describe, expect, it } from 'vitest';
import { fixReadme } from '../../src/lint/fix.js';
import { lintReadme, type LintOptions } from '../../src/lint/lint.js';
import type { Rule } from '../../src/lint/rule.js';

export interface Expected {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly severity?: 'error' | 'warning';
}

export interface Invalid {
  readonly name: string;
  readonly code: string;
  readonly messages: readonly Expected[];
  /** The text after --fix; the code itself when nothing is fixable. */
  readonly output?: string;
}

export interface Cases {
  readonly valid: readonly { readonly name: string; readonly code: string }[];
  readonly invalid: readonly Invalid[];
}

export const NOW = new Date('2026-06-01T00:00:00Z');

export function testRule(rule: Rule, cases: Cases, options: Partial<LintOptions> = {}): void {
  const lintOptions: LintOptions = { file: 'README.md', now: NOW, ...options, rules: [rule] };
  describe(rule.id, () => {
    it('has an id, a severity and a one-line doc', () => {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning']).toContain(rule.severity);
      expect(rule.doc).toMatch(/^\S.*\.$/);
      expect(rule.doc).not.toContain('\n');
    });
    for (const { name, code } of cases.valid) {
      it(`valid: ${name}`, async () => {
        expect(await lintReadme(code, lintOptions)).toEqual([]);
      });
    }
    for (const { name, code, messages, output } of cases.invalid) {
      it(`invalid: ${name}`, async () => {
        const actual = await lintReadme(code, lintOptions);
        expect(actual.map(({ line, column, message, severity }) => ({ line, column, message, severity }))).toEqual(
          messages.map((m) => ({ severity: rule.severity, ...m })),
        );
        expect(actual.every((m) => m.ruleId === rule.id)).toBe(true);
        const fixed = await fixReadme(code, lintOptions);
        expect(fixed.output).toBe(output ?? code);
      });
    }
  });
}

/** The 1-based line and column of the `occurrence`th (from 0) appearance of `needle` in `code`. */
export function at(code: string, needle: string, occurrence = 0): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i <= occurrence; i += 1) {
    index = code.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`\`${needle}\` not found ${occurrence + 1} times`);
  }
  const before = code.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

export const HEADER = '| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |\n| - | -: | -: | - | -: | - | - | - |';

export interface RowFields {
  dataset?: string;
  subjects?: string;
  samples?: string;
  format?: string;
  size?: string;
  year?: string;
  cite?: string;
  access?: string;
}

/** One table row as build-readme writes it, with the given cells replaced. */
export function row(fields: RowFields = {}): string {
  const name = fields.dataset ?? 'Example Set';
  const cells = {
    dataset: name,
    subjects: '10',
    samples: '20',
    format: 'DICOM',
    size: '1.5 GB',
    year: '2020',
    cite: '[A paper](https://doi.org/10.1000/example)',
    access: `[Download here](https://example.org/${encodeURIComponent(name.toLowerCase().replace(/\s+/g, '-'))})`,
    ...fields,
  };
  return `| ${[cells.dataset, cells.subjects, cells.samples, cells.format, cells.size, cells.year, cells.cite, cells.access].join(' | ')} |`;
}

/** A modality section with a table of the given rows and a summary bullet per named row. */
export function section(rows: readonly string[], heading = 'MRI', summaries?: readonly string[]): string {
  const names = summaries ?? rows.map((r) => r.split('|')[1]!.trim());
  const bullets = names.map((n) => `- **${n}:** A summary.`).join('\n');
  return `### ${heading}\n\n${HEADER}\n${rows.join('\n')}\n\n**Summaries:**\n\n${bullets}\n`;
}

/** The message the seed's line 68 gets, the example of the JSON report. */
export const SEED_SWAP = {
  file: 'README.md',
  line: 68,
  column: 86,
  endLine: 68,
  endColumn: 90,
  severity: 'error',
  ruleId: 'swapped-columns',
  message: 'Unexpected Size `2021` and Year `22.86GB` in the row of `CMMD`, expected them swapped: Size `22.86GB`, Year `2021`.',
} as const;
