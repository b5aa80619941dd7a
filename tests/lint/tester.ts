/**
 * A rule tester in the manner of ESLint's RuleTester, fed by each rule's own examples: valid
 * snippets give no message; invalid ones give exactly the messages listed (line, column, severity,
 * text) and, with `output`, that text after --fix. Only the rule under test runs; the files an
 * example needs (records, images) are written to a temporary folder first.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixReadme } from '../../src/lint/fix.js';
import { lintReadme, type LintOptions } from '../../src/lint/lint.js';
import type { Rule, RuleExample } from '../../src/lint/rule.js';

export const NOW = new Date('2026-06-01T00:00:00Z');

const scratch = mkdtempSync(path.join(os.tmpdir(), 'catalogue-rules-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let folders = 0;

/** The options an example runs under: a folder of its files when it has any, a catalogue root when they hold records. */
function optionsFor(rule: Rule, example: RuleExample): LintOptions {
  const options: LintOptions = { file: 'README.md', now: NOW, rules: [rule] };
  if (example.files === undefined) return options;
  const dir = path.join(scratch, String((folders += 1)));
  for (const [file, content] of Object.entries(example.files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return { ...options, dir, ...(Object.keys(example.files).some((f) => f.startsWith('datasets/')) && { root: dir }) };
}

export function testRule(rule: Rule): void {
  const { meta } = rule;
  describe(meta.id, () => {
    it('describes itself: an id, a severity, a one-line description and why it matters', () => {
      expect(meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning']).toContain(meta.severity);
      expect(meta.description).toMatch(/^\S.*\.$/);
      expect(meta.description).not.toContain('\n');
      expect(meta.why).toMatch(/^\S.*\.$/s);
      expect(meta.examples.valid.length).toBeGreaterThan(0);
      expect(meta.examples.invalid.length).toBeGreaterThan(0);
    });
    it(meta.fixable ? 'is fixable, and shows a fix in its examples' : 'fixes nothing, and shows no fix', () => {
      expect(meta.examples.invalid.some((e) => e.output !== undefined && e.output !== e.code)).toBe(meta.fixable);
    });
    for (const example of meta.examples.valid) {
      it(`valid: ${example.name}`, async () => {
        expect(await lintReadme(example.code, optionsFor(rule, example))).toEqual([]);
      });
    }
    for (const example of meta.examples.invalid) {
      it(`invalid: ${example.name}`, async () => {
        const options = optionsFor(rule, example);
        const actual = await lintReadme(example.code, options);
        expect(actual.map(({ line, column, message, severity }) => ({ line, column, message, severity }))).toEqual(
          example.messages.map((m) => ({ severity: meta.severity, ...m })),
        );
        expect(actual.every((m) => m.ruleId === meta.id)).toBe(true);
        const fixed = await fixReadme(example.code, options);
        expect(fixed.output).toBe(example.output ?? example.code);
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
  fix: true,
} as const;
