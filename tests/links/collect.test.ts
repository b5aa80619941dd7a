import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { record } from './fixtures.js';
import { collectFromDatasets, collectFromMarkdown, linksOfMarkdown, mergeOccurrences } from '../../src/links/collect.js';

const MARKDOWN = `# Title

See [the data](https://example.org/data) and <https://example.org/auto>.
Also www.example.com and [mail](mailto:team@example.org).

![chart](images/chart.svg "Chart")
[in page](#title) and [other doc](../docs/other.md#part)

[ref]: https://example.org/ref
Use [it][ref], and [the data](https://example.org/data) again.

| a | b |
| - | - |
| [cell](https://example.org/cell) | x |
`;

describe('linksOfMarkdown', () => {
  it('finds links, autolinks, images and definitions with their lines; skips in-page anchors', () => {
    const found = linksOfMarkdown(MARKDOWN, 'docs/page.md');
    expect(found.map((f) => [f.url, f.source.line])).toEqual([
      ['https://example.org/data', 3],
      ['https://example.org/auto', 3],
      ['http://www.example.com', 4],
      ['mailto:team@example.org', 4],
      ['docs/images/chart.svg', 6],
      ['docs/other.md', 7],
      ['https://example.org/ref', 9],
      ['https://example.org/data', 10],
      ['https://example.org/cell', 14],
    ]);
    expect(found.every((f) => f.source.file === 'docs/page.md')).toBe(true);
  });

  it('merges one URL found in several places into one link, sorted', () => {
    const links = mergeOccurrences(linksOfMarkdown(MARKDOWN, 'page.md'));
    expect(links.find((l) => l.url === 'https://example.org/data')?.sources).toEqual([
      { file: 'page.md', line: 3 },
      { file: 'page.md', line: 10 },
    ]);
    expect(links.map((l) => l.url)).toEqual([...links.map((l) => l.url)].sort());
  });
});

describe('collecting from files and records', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'links-collect-'));
    await mkdir(path.join(root, 'datasets'));
    await writeFile(path.join(root, 'datasets', 'one.yaml'), record('one', 'https://example.org/one', ['https://doi.org/10.1234/a', 'https://example.org/shared']));
    await writeFile(path.join(root, 'datasets', 'two.yaml'), record('two', 'https://example.org/shared', []));
    await writeFile(path.join(root, 'datasets', 'bad.yaml'), 'id: bad\n');
    await writeFile(path.join(root, 'page.md'), 'A [link](https://example.org/x).\n');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('takes every URL field of the valid records, with file, line and field, and names the invalid ones', async () => {
    const { links, invalidFiles } = await collectFromDatasets(root);
    expect(invalidFiles).toEqual(['datasets/bad.yaml']);
    expect(links).toEqual([
      { url: 'https://doi.org/10.1234/a', sources: [{ file: 'datasets/one.yaml', line: 14, field: 'citations[0].url' }] },
      { url: 'https://example.org/one', sources: [{ file: 'datasets/one.yaml', line: 20, field: 'access.url' }] },
      {
        url: 'https://example.org/shared',
        sources: [
          { file: 'datasets/one.yaml', line: 17, field: 'citations[1].url' },
          { file: 'datasets/two.yaml', line: 14, field: 'access.url' },
        ],
      },
    ]);
  });

  it('reads Markdown files given relative to the working folder', async () => {
    const links = await collectFromMarkdown(['page.md'], root);
    expect(links).toEqual([{ url: 'https://example.org/x', sources: [{ file: 'page.md', line: 1 }] }]);
  });

  it('refuses a missing file or a folder, naming it', async () => {
    await expect(collectFromMarkdown(['nope.md'], root)).rejects.toThrow('check-links: no such file: nope.md');
    await expect(collectFromMarkdown(['datasets'], root)).rejects.toThrow('check-links: not a file: datasets');
  });
});
