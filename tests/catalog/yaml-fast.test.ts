/**
 * The fast reading of records (js-yaml) may only ever agree with the full one (yaml, with
 * positions): whatever it reads, the full parser reads the same, without an error or a warning.
 * Where the two would differ, it leaves the text to the full parser.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readPlainRecord } from '../../src/catalog/yaml-fast.js';
import { REPO } from '../helpers/project.js';

/** More runs for a deeper search: FC_RUNS=100000 npx vitest run tests/catalog/yaml-fast.test.ts */
const RUNS = Number(process.env.FC_RUNS ?? 10000);

/** What the full parser reads, as the loader configures it; undefined when it reports anything. */
function fullReading(text: string): { value: unknown } | undefined {
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false, version: '1.2' });
  if (document.errors.length > 0 || document.warnings.length > 0) return undefined;
  return { value: document.toJS({ maxAliasCount: 0 }) };
}

const CHARACTERS = [...'abcXYZ0129 .,:;#-_+=/()?!@`%&*|>\'"[]{}~éß中😀\\\t', '\u00a0', '\u0085', '\u2028', '\ufeff', '\u0007'];
/** Mostly letters, digits and spaces, so that many texts are records the fast reading takes. */
const scalar = fc.string({ unit: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...'abXY09 ') }, fc.constantFrom(...CHARACTERS)), maxLength: 10 });
const numberish = fc.string({ unit: fc.constantFrom(...'0123456789._eE+-xob'), minLength: 1, maxLength: 6 });
const indent = fc.constantFrom('', '  ', '    ', ' ');

/** A scalar or small collection, written in one of YAML's styles, some of them on several lines. */
const value: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 3, arbitrary: numberish },
  fc.constantFrom('true', 'False', 'null', '~', '', 'yes', '.inf', '-.Inf', '.NaN', '0o17', '0x1F', '-0', '+0', '-0.0', '012'),
  scalar.map((s) => `"${s}"`),
  scalar.map((s) => `'${s}'`),
  fc.tuple(scalar, numberish).map(([a, b]) => `[${a}, ${b}]`),
  fc.tuple(scalar, numberish).map(([a, b]) => `{value: ${b}, unit: ${a}}`),
  fc.tuple(scalar, indent, scalar).map(([a, i, b]) => `"${a}\n${i}${b}"`),
  fc.tuple(scalar, indent, scalar).map(([a, i, b]) => `${a}\n${i}${b}`),
  fc.tuple(fc.constantFrom('|', '>', '|-', '>+', '|2'), indent, scalar).map(([style, i, a]) => `${style}\n${i}${a}`),
  fc.tuple(fc.constantFrom('&a ', '*a', '!!str ', '!x ', '<<: '), scalar).map(([prefix, a]) => `${prefix}${a}`),
);

const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('id', 'name', 'subjects', 'formats') }, fc.constantFrom('id', 'name', 'year', 'url', 'Key', 'a_b', 'x-1', '0k', '"q"', '? k', '<<', '__proto__', 'é'), scalar);

const line: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom('', '', '', '  ', '    ', ' '), fc.constantFrom('', '', '- ', '- - '), key, fc.constantFrom(': ', ':', ':  '), value).map(([i, d, k, c, v]) => `${i}${d}${k}${c}${v}`) },
  { weight: 2, arbitrary: fc.tuple(indent, value).map(([i, v]) => `${i}- ${v}`) },
  { weight: 1, arbitrary: fc.tuple(indent, scalar).map(([i, s]) => `${i}# ${s}`) },
  { weight: 1, arbitrary: fc.constantFrom('---', '...', '%YAML 1.2', '', '\t', 'a: 1 # c', '- ', '&x y: 1') },
);

const text = fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));

describe('the fast reading of records', () => {
  it('reads nothing the full parser reads otherwise, or refuses', () => {
    fc.assert(
      fc.property(text, (yamlText) => {
        const fast = readPlainRecord(yamlText);
        if (fast === undefined) return true;
        const full = fullReading(yamlText);
        return full !== undefined && isDeepStrictEqual(fast.value, full.value);
      }),
      { numRuns: RUNS },
    );
  });

  it('is not vacuous: it reads a good share of the generated texts', () => {
    const sample = fc.sample(text, { numRuns: 2000, seed: 42 });
    const read = sample.filter((t) => readPlainRecord(t) !== undefined).length;
    expect(read / sample.length).toBeGreaterThan(0.03);
  });

  it('reads the committed records, exactly as the full parser does', () => {
    const dir = path.join(REPO, 'datasets');
    const files = readdirSync(dir);
    let read = 0;
    for (const file of files) {
      const recordText = readFileSync(path.join(dir, file), 'utf8');
      const fast = readPlainRecord(recordText);
      if (fast === undefined) continue;
      read += 1;
      expect(fast, file).toEqual(fullReading(recordText));
    }
    // Records written the project's way (new-dataset, import-readme) all read fast; a hand-written one may not.
    expect(read / files.length).toBeGreaterThan(0.9);
  });

  it.each([
    ['underscores in numbers', 'subjects: 1_000'],
    ['binary numbers', 'subjects: 0b11'],
    ['a sign before a decimal point', 'name: +.5'],
    ['negative zero', 'subjects: -0'],
    ['a signed hexadecimal number', 'subjects: +0x1F'],
    ['a number too large for a double', 'size: {value: 6e500, unit: GB}'],
    ['a number of 400 digits', `subjects: ${'9'.repeat(400)}`],
    ['an anchor and an alias', 'a: &x 1\nb: *x'],
    ['a tag', 'name: !!str 12'],
    ['a merge key', 'base: {a: 1}\nx:\n  <<: {a: 1}'],
    ['a quoted scalar continued on an unindented line', 'name: "a\nb"'],
    ['a plain scalar continued on the next line', 'name: a\n  b'],
    ['a block scalar', 'summary: |\n  text'],
    ['a document marker', 'id: a\n---\nid: b'],
    ['a directive', '%YAML 1.2\n---\nid: a'],
    ['a tab', 'id:\ta'],
    ['an escape', 'name: "a\\tb"'],
    ['__proto__', '__proto__: {a: 1}'],
    ['a byte order mark', '\ufeffid: a'],
    ['a duplicate key', 'id: a\nid: b'],
  ])('leaves %s to the full parser', (_, yamlText) => {
    expect(readPlainRecord(yamlText)).toBeUndefined();
  });
});
