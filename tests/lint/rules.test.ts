/** Every rule's own examples, run as ESLint's RuleTester runs them, in one test file (one worker, not seventeen). */
import { describe, expect, it } from 'vitest';
import { lintReadme } from '../../src/lint/lint.js';
import type { Rule } from '../../src/lint/rule.js';
import { RULES } from '../../src/lint/rules/index.js';
import { preprintYear } from '../../src/lint/rules/plausibility.js';
import { inSync } from '../../src/lint/rules/in-sync.js';
import { catalogueCopy, setField } from '../helpers/project.js';
import { NOW, testRule } from './tester.js';

for (const rule of RULES) testRule(rule);

describe('the rules together', () => {
  it('have distinct ids', () => {
    expect(new Set(RULES.map((r) => r.meta.id)).size).toBe(RULES.length);
  });

  it('refuse a fix from a rule whose metadata does not declare it fixable', async () => {
    const sneaky: Rule = {
      meta: { ...RULES[0]!.meta, id: 'sneaky', fixable: false },
      check: (_, report) => report({ span: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }, message: 'Unexpected x.', fix: [{ start: 0, end: 1, text: 'y' }] }),
    };
    const messages = await lintReadme('x\n', { file: 'README.md', rules: [sneaky] });
    expect(messages).toMatchObject([{ ruleId: 'sneaky', severity: 'error', message: 'The rule failed on this file (it offered a fix but its metadata does not declare it fixable); please report it with the file.' }]);
  });
});

describe('preprintYear', () => {
  it('reads arXiv ids and medRxiv/bioRxiv DOIs, nothing else', () => {
    expect(preprintYear('https://arxiv.org/abs/1808.04277')).toEqual({ year: 2018, id: 'arXiv 1808.04277' });
    expect(preprintYear('https://arxiv.org/pdf/2101.00001v2')).toEqual({ year: 2021, id: 'arXiv 2101.00001' });
    expect(preprintYear('https://doi.org/10.1101/2022.03.07.22272009')).toEqual({ year: 2022, id: 'doi:10.1101/2022.03.07' });
    expect(preprintYear('https://doi.org/10.7937/K9/TCIA.2016.HdHpgJLK')).toBeUndefined();
    expect(preprintYear('https://arxiv.org/abs/1813.00001')).toBeUndefined();
  });
});

describe('in-sync on invalid records', () => {
  it('reports invalid data once instead of comparing', async () => {
    const root = catalogueCopy();
    setField(root, 'datasets/busi.yaml', 'year', 'soon');
    const messages = await lintReadme('# Datasets\n', { file: 'README.md', now: NOW, root, rules: [inSync] });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 1, column: 1, severity: 'error', ruleId: 'in-sync', message: expect.stringMatching(/^Unexpected invalid data in datasets\/ \(1 error, the first at datasets\/busi\.yaml:\d+: .*run `npm run validate`\.$/) });
  });
});
