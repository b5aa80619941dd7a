/**
 * check-sources against a local server that answers like doi.org, Crossref and DataCite, and serves
 * pages with and without the quotes: through the command as a user runs it, with small timings.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSourcesCommand } from '../../src/cli/check-sources.js';
import { checkRecordFiles } from '../../src/catalog/load.js';
import { containsQuote, htmlToText } from '../../src/sources/text.js';
import { comparableTitle, parseCsl } from '../../src/sources/registry.js';
import { FAST } from '../links/fast.js';
import { read, tempDir } from '../helpers/project.js';
import { CROSSREF_DOI, DATACITE_DOI, NO_CSL_DOI, startSourcesServer, type SourcesServer } from './server.js';

let server: SourcesServer;
beforeAll(async () => {
  server = await startSourcesServer();
});
afterAll(() => server.close());

interface Citation {
  doi: string;
  title: string;
  family?: string;
  year?: number;
}

/** A valid record with the given citations and evidence (url, quote). */
function record(id: string, citations: Citation[], evidence: [string, string][]): string {
  const cited = citations
    .map((c) => `  - type: article\n    title: "${c.title}"\n${c.family === undefined ? '' : `    authors: [{family: ${c.family}}]\n`}${c.year === undefined ? '' : `    year: ${c.year}\n`}    doi: ${c.doi}\n`)
    .join('');
  const quoted = evidence.map(([url, quote]) => `  - url: ${url}\n    quote: "${quote}"\n    supports: [subjects]\n`).join('');
  return `# yaml-language-server: $schema=../schema/dataset.schema.json
id: ${id}
name: Dataset ${id}
modality: mammography
subjects: 1775
samples: null
formats: []
size: null
year: 2021
access:
  kind: download
  url: https://example.org/${id}
citations:
${cited || '  []\n'}summary: A dataset for tests.
evidence:
${quoted || '  []\n'}`;
}

async function run(root: string, args: string[] = []) {
  let stdout = '';
  let stderr = '';
  const code = await checkSourcesCommand(['--root', root, '--no-cache', '--doi-resolver', server.url('/doi/', 'doi'), ...args], { cwd: root, env: {}, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } }, FAST);
  return { code, stdout, stderr };
}

describe('check-sources against the DOI registries', () => {
  it('confirms citations the Crossref and DataCite records agree with, markup and case aside', async () => {
    const root = tempDir({
      'datasets/a.yaml': record('a', [{ doi: CROSSREF_DOI, title: 'A Curated Mammography Data Set for Use in Computer-Aided Detection and Diagnosis Research', family: 'Lee', year: 2017 }], []),
      'datasets/b.yaml': record('b', [{ doi: DATACITE_DOI, title: 'The Chinese Mammography Database (CMMD)', family: 'Cui', year: 2021 }], []),
    });
    const result = await run(root, ['--format', 'json']);
    expect(result).toMatchObject({ code: 0, stdout: '[]\n' });
  });

  it('names the file, line, field and both values where the title, year or first author differ', async () => {
    const root = tempDir({ 'datasets/a.yaml': record('a', [{ doi: '10.5555/crossref.other', title: 'A curated mammography data set', family: 'Lee', year: 2017 }], []) });
    const result = await run(root, ['--format', 'json']);
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout) as Record<string, unknown>[];
    for (const f of findings) expect(Object.keys(f)).toEqual(['file', 'line', 'column', 'severity', 'ruleId', 'message', 'url']);
    expect(findings).toEqual([
      { file: 'datasets/a.yaml', line: 15, column: 12, severity: 'error', ruleId: 'citation-title', message: "citations[0].title: the record's title `A curated mammography data set` where the registry of 10.5555/crossref.other gives `Another work entirely`: correct the record, or the DOI if it names another work.", url: 'https://doi.org/10.5555/crossref.other' },
      { file: 'datasets/a.yaml', line: 16, column: 15, severity: 'error', ruleId: 'citation-author', message: expect.stringMatching(/^citations\[0\]\.authors\[0\]: the record's first author `Lee` where the registry of 10\.5555\/crossref\.other gives `Other`/), url: 'https://doi.org/10.5555/crossref.other' },
      { file: 'datasets/a.yaml', line: 17, column: 11, severity: 'error', ruleId: 'citation-year', message: expect.stringMatching(/^citations\[0\]\.year: the record's year `2017` where the registry .* gives `2019`/), url: 'https://doi.org/10.5555/crossref.other' },
    ]);
  });

  it('reports a DOI the resolver does not know, and cannot tell where no CSL-JSON is offered', async () => {
    const root = tempDir({ 'datasets/a.yaml': record('a', [{ doi: '10.5555/nowhere', title: 'Lost' }, { doi: NO_CSL_DOI, title: 'No CSL' }], []) });
    const result = await run(root);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^16:\d+-16:\d+ +error +citations\[0\]\.doi: 10\.5555\/nowhere is not registered \(the resolver answered 404 Not Found\).* +doi-unknown$/m);
    expect(result.stdout).toMatch(/Could not tell \(1\)\n {2}⚠ https:\/\/doi\.org\/10\.5555\/no\.csl\n {6}the registry offers no CSL-JSON for this DOI \(406 Not Acceptable\)\n {6}datasets\/a\.yaml:\d+ citations\[1\]\.doi\n/);
    expect(result.stdout).toMatch(/\n0 confirmed, 1 error, 0 warnings, 1 could not tell, in [\d.]+ s\n$/);
  });

  it('with --write fills what a citation leaves empty from its registry, and changes nothing it states', async () => {
    const root = tempDir({ 'datasets/a.yaml': record('a', [{ doi: CROSSREF_DOI, title: 'A curated mammography data set for use in computer-aided detection and diagnosis research' }], []) });
    const before = read(root, 'datasets/a.yaml');
    const result = await run(root, ['--write']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('check-sources: filled authors, container, year, volume, issue, pages of citations[0] in datasets/a.yaml from its registry.\n');
    const after = read(root, 'datasets/a.yaml');
    expect(after.split('\n').slice(0, 13)).toEqual(before.split('\n').slice(0, 13));
    const { records, messages } = checkRecordFiles([{ file: 'datasets/a.yaml', text: after }]);
    expect(messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(records[0]!.dataset.citations[0]).toEqual({
      type: 'article',
      title: 'A curated mammography data set for use in computer-aided detection and diagnosis research',
      doi: CROSSREF_DOI,
      authors: [{ family: 'Lee', given: 'Rebecca Sawyer' }, { family: 'Gimenez', given: 'Francisco' }],
      container: 'Scientific Data',
      year: 2017,
      volume: '4',
      issue: '1',
      pages: '170177',
    });
    expect(after).toContain('      - {family: Lee, given: Rebecca Sawyer}\n');
    const again = await run(root, ['--write']);
    expect(again.stderr).toBe('check-sources: no citation had an empty field its registry could fill.\n');
  });
});

describe('check-sources against the quoted pages', () => {
  it('finds a quote across markup, case and spacing; warns when a page that answered does not hold it; cannot tell behind a bot wall, in a PDF or after a timeout', async () => {
    const root = tempDir({
      'datasets/a.yaml': record('a', [], [
        [server.url('/page/quote'), 'holds 1,775 SUBJECTS and 3,728 images & masks'],
        [server.url('/page/quote'), 'Breast Human 1,775'],
        [server.url('/page/other'), 'The collection holds 1,775 subjects'],
        [server.url('/page/forbidden'), 'The collection holds 1,775 subjects'],
        [server.url('/page/gone'), 'The collection holds 1,775 subjects'],
        [server.url('/page/pdf'), '1,775 subjects'],
        [server.url('/page/slow'), '1,775 subjects'],
      ]),
    });
    const result = await run(root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+:\d+-\d+:\d+ +warning +evidence\[2\]\.quote: quote no longer on the page \(http:\/\/sources\.test:\d+\/page\/other answered, but its text does not hold “The collection holds 1,775 subjects”\).* +quote-missing$/m);
    expect(result.stdout).toMatch(/^\d+:\d+-\d+:\d+ +warning +evidence\[4\]\.url: the page answered 404 Not Found: find where it moved, or another source for what it supports\. +source-gone$/m);
    expect(result.stdout).toMatch(/Could not tell \(3\)/);
    expect(result.stdout).toMatch(/the page answered 403 Forbidden: the site refuses automated requests\n {6}datasets\/a\.yaml:\d+ evidence\[3\]\.quote/);
    expect(result.stdout).toMatch(/the page is a PDF, whose text is not read\n {6}datasets\/a\.yaml:\d+ evidence\[5\]\.quote/);
    expect(result.stdout).toMatch(/no (?:complete answer|response headers) within [\d.]+ s\n {6}datasets\/a\.yaml:\d+ evidence\[6\]\.quote/);
    expect(result.stdout).toMatch(/\n2 confirmed, 0 errors, 2 warnings, 3 could not tell, in /);
    expect(server.requests('/page/quote')).toBe(1);
  });

  it('says once that the machine is offline, exits 0 and caches nothing', async () => {
    const root = tempDir({ 'datasets/a.yaml': record('a', [{ doi: CROSSREF_DOI, title: 'x' }], [['http://nowhere.example/page', 'a quote']]) });
    let stdout = '';
    let stderr = '';
    const code = await checkSourcesCommand(['--root', root, '--doi-resolver', 'http://doi.example/'], { cwd: root, env: {}, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } }, FAST);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe('check-sources: no source could be reached: this machine seems to be offline. Nothing was checked, and nothing was cached.\n');
    expect(() => read(root, '.link-cache.json')).toThrow();
  });

  it('asks again next run only what did not agree: the cache keeps what was confirmed', async () => {
    const root = tempDir({ 'datasets/a.yaml': record('a', [{ doi: DATACITE_DOI, title: 'The Chinese Mammography Database (CMMD)', year: 2021 }], [[server.url('/page/quote/cached'), 'nothing'], [server.url('/page/quote'), 'Breast Human 1,775']]) });
    const cacheArgs = ['--root', root, '--doi-resolver', server.url('/doi/', 'doi')];
    const io = () => ({ out: '', cwd: root, env: {}, stdout: { write: () => true }, stderr: { write: () => true } });
    await checkSourcesCommand(cacheArgs, io(), FAST);
    const asked = server.requests(`/datacite/${DATACITE_DOI}`);
    let stdout = '';
    await checkSourcesCommand(cacheArgs, { ...io(), stdout: { write: (t: string) => (stdout += t) } }, FAST);
    expect(server.requests(`/datacite/${DATACITE_DOI}`)).toBe(asked);
    expect(stdout).toMatch(/\n2 confirmed, 2 from the cache, 0 errors, 1 warning, 0 could not tell, /);
  });

  it('writes the Markdown summary a workflow shows', async () => {
    const root = tempDir({ 'datasets/a.yaml': record('a', [], [[server.url('/page/other'), 'The collection holds 1,775 subjects']]) });
    const summary = path.join(root, 'summary.md');
    writeFileSync(summary, '');
    await run(root, ['--summary', summary]);
    expect(read(root, 'summary.md')).toMatch(/^### Source check\n\n0 confirmed, 0 errors, 1 warning, 0 could not tell, in [\d.]+ s\n\n\| where \| severity \| finding \|\n\| --- \| --- \| --- \|\n\| datasets\/a\.yaml:\d+ \| warning \| evidence\[0\]\.quote: quote no longer on the page/);
  });

  it('refuses a bad option with a usage message', async () => {
    const root = tempDir({ 'datasets/a.yaml': record('a', [], []) });
    await expect(run(root, ['--format', 'xml'])).rejects.toThrow(/^check-sources: --format must be text or json, not `xml`\. Run `npm run check-sources -- --help` for usage\.$/);
  });
});

describe('reading pages and registries', () => {
  it('reduces HTML to its words: scripts dropped, entities decoded, inline markup joined, blocks apart', () => {
    const text = htmlToText('<p>Sci<i>ence</i> &amp; <b>Data</b></p><script>var x = "hidden";</script><div>&#x31;&#50;3 patients</div>');
    expect(text).not.toContain('hidden');
    expect(containsQuote(text, 'Science & Data 123 patients')).toBe(true);
    expect(containsQuote(text, 'Sci ence')).toBe(true);
    expect(containsQuote(text, 'Data 124')).toBe(false);
  });

  it('reads the CSL-JSON of either registry, and compares titles without markup or punctuation', () => {
    expect(parseCsl('{"title":["A title"],"issued":{"date-parts":[["2020"]]},"author":[{"literal":"A Consortium"}],"container-title":["Radiology"]}')).toEqual({ title: 'A title', year: 2020, authors: [{ literal: 'A Consortium' }], container: 'Radiology' });
    expect(parseCsl('not json')).toBeUndefined();
    expect(comparableTitle('The <i>CMMD</i>: an online database.')).toBe(comparableTitle('The CMMD - An Online Database'));
  });
});
