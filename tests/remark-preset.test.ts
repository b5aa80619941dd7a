/** The rules as a remark-lint preset: the same findings through unified as through the CLI. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified, type PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import { lintReadme } from '../src/lint/lint.js';
import preset, { rulePlugins } from '../src/remark-preset.js';
import { REPO, SEED_README } from './helpers/project.js';

/** The file through unified with the preset, then any plugins given, as a .remarkrc.mjs would list them. */
async function remark(file: string, ...plugins: PluggableList) {
  const result = await unified().use(remarkParse).use(preset).use(plugins).use(remarkStringify).process({ path: file, value: readFileSync(file, 'utf8') });
  return result.messages
    .map((m) => ({ line: m.line, column: m.column, ruleId: m.ruleId, source: m.source, severity: m.fatal ? 'error' : 'warning', message: m.reason }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || String(a.ruleId).localeCompare(String(b.ruleId)) || a.message.localeCompare(b.message));
}

async function cli(file: string, root?: string) {
  const messages = await lintReadme(readFileSync(file, 'utf8'), { file, dir: path.dirname(file), ...(root && { root }) });
  return messages.map((m) => ({ line: m.line, column: m.column, ruleId: m.ruleId, source: 'catalogue-lint', severity: m.severity, message: m.message }));
}

describe('remark preset', () => {
  it('gives the seed the same messages, severities and positions as lint-readme', async () => {
    const found = await remark(SEED_README);
    expect(found).toHaveLength(45);
    expect(found).toEqual(await cli(SEED_README));
  });

  it('finds datasets/ next to the README, as the CLI does', async () => {
    const readme = path.join(REPO, 'README.md');
    const found = await remark(readme);
    expect(found).toEqual(await cli(readme, REPO));
    expect(found.map((m) => m.ruleId)).toEqual(['plausibility']);
  });

  it('is what .remarkrc.mjs names, one plugin per rule at its severity', async () => {
    const config = (await import(pathToFileURL(path.join(REPO, '.remarkrc.mjs')).href)).default as { plugins: string[] };
    expect(config.plugins).toEqual(['./dist/remark-preset.js']);
    const names = preset.plugins!.map((p) => (Array.isArray(p) ? (p[0] as { name: string }).name : (p as { name: string }).name));
    expect(names.filter((n) => n.startsWith('catalogue-lint:'))).toHaveLength(17);
  });

  it('lets a configuration turn a rule off or change its severity, as remark-lint rules do', async () => {
    const readme = path.join(REPO, 'README.md');
    expect(await remark(readme, [rulePlugins.plausibility!, ['off']])).toEqual([]);
    const errors = await remark(readme, [rulePlugins.plausibility!, ['error']]);
    expect(errors.map((m) => m.severity)).toEqual(['error']);
  });
});
