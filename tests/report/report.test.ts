import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../src/report/github.js';
import { formatJson } from '../../src/report/json.js';
import type { Message } from '../../src/report/message.js';
import { formatSarif } from '../../src/report/sarif.js';

const message: Message = { file: 'docs/a: b,c.md', line: 3, column: 4, endLine: 3, endColumn: 9, severity: 'warning', ruleId: 'count-format', message: '100% sure:\r\nline two, end' };

describe('reporters', () => {
  it('github: escapes %, CR and LF in the message, and also : and , in properties', () => {
    expect(formatGithub([message])).toBe('::warning file=docs/a%3A b%2Cc.md,line=3,col=4,endLine=3,endColumn=9,title=count-format::100%25 sure:%0D%0Aline two, end\n');
    expect(formatGithub([])).toBe('');
  });

  it('json: the documented keys only, in order', () => {
    const extra = { ...message, extra: 1 } as Message;
    expect(formatJson([extra])).toBe(`${JSON.stringify([{ file: message.file, line: 3, column: 4, endLine: 3, endColumn: 9, severity: 'warning', ruleId: 'count-format', message: message.message }], null, 2)}\n`);
  });

  it('sarif: a result without a known rule has no ruleIndex; file paths become URIs relative to the checkout', () => {
    const log = JSON.parse(
      formatSarif([message, { ...message, ruleId: 'other' }], {
        name: 't',
        version: '1.0.0',
        informationUri: 'https://example.org',
        rules: [{ meta: { id: 'count-format', description: 'Counts.', why: 'Because.', severity: 'error', fixable: true } }],
        root: '/repo',
      }),
    );
    const run = log.runs[0];
    const [first, second] = run.results;
    expect(first).toMatchObject({ ruleId: 'count-format', ruleIndex: 0, level: 'warning', locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/a:%20b,c.md', uriBaseId: '%SRCROOT%' } } }] });
    expect(second.ruleIndex).toBeUndefined();
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
    expect(run.tool.driver).toMatchObject({ name: 't', version: '1.0.0', informationUri: 'https://example.org' });
    expect(run.tool.driver.rules[0]).toMatchObject({
      id: 'count-format',
      shortDescription: { text: 'Counts.' },
      fullDescription: { text: 'Counts. Because.' },
      help: { text: expect.stringMatching(/^Because\. `npm run lint-readme -- --fix` repairs what is safe\./), markdown: expect.stringContaining('(docs/rules.md#count-format)') },
      defaultConfiguration: { level: 'error' },
    });
  });
});
