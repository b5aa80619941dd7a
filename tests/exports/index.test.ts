import { describe, expect, it } from 'vitest';
import type { Link, Table } from 'mdast';
import { artifactBytes } from '../../src/artifact.js';
import { createCatalog } from '../../src/catalog/catalog.js';
import { COLUMNS } from '../../src/exports/columns.js';
import { DERIVED_FIELDS } from '../../src/exports/derive.js';
import { EXPORT_FILES, exportArtifacts } from '../../src/exports/index.js';
import { parseMarkdown } from '../../src/readme/parse.js';
import { toString as mdastToString } from 'mdast-util-to-string';
import { HOSTILE, REAL, fixtureCatalog } from './fixtures.js';

const artifacts = exportArtifacts(fixtureCatalog());
const text = (path: string) => artifacts.find((a) => a.path === path)?.content as string;

describe('exportArtifacts', () => {
  it('writes exactly the files EXPORT_FILES lists, all under data/', () => {
    expect(artifacts.map((a) => a.path)).toEqual(EXPORT_FILES.map((f) => f.path));
    for (const file of EXPORT_FILES) {
      expect(file.path).toMatch(/^data\/[a-z.]+$/i);
      expect(file.title).not.toBe('');
      expect(file.description).toMatch(/\.$/);
    }
  });

  it('gives the same bytes twice, and whatever order the records came in', () => {
    const again = exportArtifacts(createCatalog([...HOSTILE, ...REAL].reverse()));
    expect(again.map(artifactBytes)).toEqual(artifacts.map(artifactBytes));
  });

  it('ends every file with a newline, LF only but for the CSV and RIS line ends (CRLF, as their specifications say), and names no local path', () => {
    for (const { path, content } of artifacts) {
      expect(typeof content).toBe('string');
      const body = /\.(csv|ris)$/.test(path) ? (content as string).replace(/\r\n/g, '\n') : (content as string);
      expect(body, path).not.toContain('\r');
      expect(body.endsWith('\n'), path).toBe(true);
      expect(body, path).not.toMatch(/\/(work|tmp|home|Users)\//);
    }
  });

  it('writes valid, nearly empty files for an empty catalogue', () => {
    const empty = exportArtifacts(createCatalog([]));
    expect(empty.map((a) => a.path)).toEqual(EXPORT_FILES.map((f) => f.path));
    expect(JSON.parse(empty.find((a) => a.path === 'data/datasets.json')!.content as string)).toEqual({ datasets: [] });
    expect(empty.find((a) => a.path === 'data/datasets.csv')!.content).toBe(`${COLUMNS.map((c) => c.name).join(',')}\r\n`);
  });
});

describe('data/README.md', () => {
  const tree = parseMarkdown(text('data/README.md'));
  const tables = tree.children.filter((n): n is Table => n.type === 'table');
  const firstCells = (table: Table) => table.children.slice(1).map((row) => mdastToString(row.children[0]!));

  it('links every export file', () => {
    const links = firstCells(tables[0]!);
    expect(links).toEqual(EXPORT_FILES.map((f) => f.path.replace(/^data\//, '')));
    const urls = (tables[0]!.children.slice(1) as { children: { children: Link[] }[] }[]).map((row) => row.children[0]!.children[0]!.url);
    expect(urls).toEqual(links);
  });

  it('documents every CSV column and every derived value, from their definitions', () => {
    expect(firstCells(tables[1]!)).toEqual(COLUMNS.map((c) => c.name));
    expect(firstCells(tables[2]!)).toEqual(DERIVED_FIELDS.map((f) => f.name));
  });
});
