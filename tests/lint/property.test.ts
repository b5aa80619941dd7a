/**
 * READMEs of the family the rules were not written for: parts of the seed and of the generated
 * README, mutated at random (cells swapped, pipes removed, links broken, characters inserted, lines deleted or
 * duplicated, CRLF, tabs). Every rule must report, never fail, with positions inside the file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixReadme } from '../../src/lint/fix.js';
import { lintReadme } from '../../src/lint/lint.js';
import { normalizeNewlines } from '../../src/readme/parse.js';
import type { Message } from '../../src/report/message.js';
import { REPO, SEED_README } from '../helpers/project.js';
import { NOW } from './tester.js';

const BASES = [readFileSync(SEED_README, 'utf8'), readFileSync(path.join(REPO, 'README.md'), 'utf8')];

/** More runs for a deeper search: FC_RUNS=5000 npx vitest run tests/lint/property.test.ts */
const RUNS = Number(process.env.FC_RUNS ?? 150);
const TIMEOUT = Math.max(20_000, RUNS * 100);

type Mutation = (text: string) => string;

const lineMutation = (edit: (lines: string[], at: number) => void) =>
  fc.nat().map((n): Mutation => (text) => {
    const lines = text.split('\n');
    edit(lines, n % lines.length);
    return lines.join('\n');
  });

const nth = (text: string, pattern: RegExp, n: number, replace: (match: string) => string): string => {
  const matches = [...text.matchAll(pattern)];
  const m = matches.length === 0 ? undefined : matches[n % matches.length]!;
  return m === undefined ? text : text.slice(0, m.index) + replace(m[0]) + text.slice(m.index + m[0].length);
};

const MUTATIONS: fc.Arbitrary<Mutation> = fc.oneof(
  // Swap two cells of a table row.
  fc.tuple(fc.nat(), fc.nat(), fc.nat()).map(([row, a, b]): Mutation => (text) =>
    nth(text, /^\|.*\|$/gm, row, (line) => {
      const cells = line.split('|');
      const i = 1 + (a % Math.max(1, cells.length - 2));
      const j = 1 + (b % Math.max(1, cells.length - 2));
      [cells[i], cells[j]] = [cells[j]!, cells[i]!];
      return cells.join('|');
    }),
  ),
  fc.nat().map((n): Mutation => (text) => nth(text, /\|/g, n, () => '')),
  fc.tuple(fc.nat(), fc.constantFrom('] (', '](', ')', '', 'javascript:', '#', '_"x"')).map(([n, s]): Mutation => (text) => nth(text, /\]\(|\)/g, n, () => s)),
  fc.tuple(fc.nat(), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom('|', '[', ']', '(', ')', '*', '`', '_', '\n', '\t', '#', '<', '!', ' ', '\\', 'N/A', '0', ',')).map(
    ([at, random, special]): Mutation => (text) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + random + special + text.slice(i);
    },
  ),
  lineMutation((lines, at) => lines.splice(at, 1 + (at % 3))),
  lineMutation((lines, at) => lines.splice(at, 0, lines[at]!)),
  fc.constant<Mutation>((text) => text.replace(/\n/g, '\r\n')),
  fc.nat().map((n): Mutation => (text) => nth(text, / {2,}/g, n, () => '\t')),
  fc.nat().map((n): Mutation => (text) => nth(text, /\d+/g, n, (d) => `${d} ${d}`)),
);

/** A window of 10 to 60 lines of a base README (parsing whole ones would make the suite slow), then mutations. */
const documents = fc
  .tuple(fc.constantFrom(...BASES), fc.nat(), fc.integer({ min: 10, max: 60 }), fc.array(MUTATIONS, { minLength: 1, maxLength: 6 }))
  .map(([base, start, length, mutations]) => {
    const lines = base.split('\n');
    const from = start % lines.length;
    return mutations.reduce((text, m) => m(text), lines.slice(from, from + length).join('\n'));
  });

function checkPositions(text: string, messages: readonly Message[]): void {
  const lines = normalizeNewlines(text).split('\n');
  for (const m of messages) {
    expect(m.message).not.toMatch(/The rule failed/);
    expect(m.line).toBeGreaterThanOrEqual(1);
    expect(m.line).toBeLessThanOrEqual(lines.length);
    expect(m.column).toBeGreaterThanOrEqual(1);
    expect(m.column).toBeLessThanOrEqual(lines[m.line - 1]!.length + 1);
    expect(m.endLine > m.line || (m.endLine === m.line && m.endColumn >= m.column)).toBe(true);
    expect(m.endLine).toBeLessThanOrEqual(lines.length);
  }
}

describe('rules on mutated READMEs', () => {
  it('report without failing, at positions inside the file', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (text) => {
        checkPositions(text, await lintReadme(text, { file: 'README.md', now: NOW }));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('--fix only touches what the rules point at, and its output lints without failing', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (text) => {
        const { output, messages } = await fixReadme(text, { file: 'README.md', now: NOW });
        checkPositions(output, messages);
        // Fixes never add or remove lines.
        expect(output.split('\n').length).toBe(text.split('\n').length);
      }),
      { numRuns: Math.ceil(RUNS / 5) },
    );
  }, TIMEOUT);
});
