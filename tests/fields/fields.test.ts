import { describe, expect, it } from 'vitest';
import { parseLinkText } from '../../src/fields/access.js';
import { formatFormats, parseFormats } from '../../src/fields/formats.js';
import { formatSize, parseSize, sizeInBytes } from '../../src/fields/size.js';
import { closest } from '../../src/fields/suggest.js';
import { doiFromUrl, httpsDoiUrl, splitGluedTitle, urlIdentity, urlProblem } from '../../src/fields/url.js';
import { parseYear } from '../../src/fields/year.js';

describe('size', () => {
  it.each([
    ['204MB', { value: 204, unit: 'MB' }, '204 MB', false],
    ['22.86 GB', { value: 22.86, unit: 'GB' }, '22.86 GB', true],
    ['1.63tb', { value: 1.63, unit: 'TB' }, '1.63 TB', false],
  ] as const)('reads %s', (text, value, canonical, spaced) => {
    expect(parseSize(text)).toEqual({ ok: true, value, canonical, spaced });
  });
  it('reads N/A as unknown and refuses a year or an unknown unit', () => {
    expect(parseSize('N/a')).toMatchObject({ ok: true, value: null, canonical: 'N/A' });
    expect(parseSize('2021')).toMatchObject({ ok: false, reason: 'not-a-size' });
    expect(parseSize('3 parsecs')).toMatchObject({ ok: false, reason: 'unknown-unit' });
    expect(parseSize('0 GB')).toMatchObject({ ok: false });
  });
  it('derives bytes in decimal units and writes the shortest number', () => {
    expect(sizeInBytes({ value: 22.86, unit: 'GB' })).toBe(22_860_000_000);
    expect(sizeInBytes({ value: 1.5, unit: 'KB' })).toBe(1500);
    expect(formatSize({ value: 0.1 + 0.2, unit: 'GB' })).toBe('0.3 GB');
    expect(formatSize(null)).toBe('N/A');
  });
});

describe('year', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  it('accepts 1980 up to next year', () => {
    expect(parseYear('1980', now)).toEqual({ ok: true, value: 1980 });
    expect(parseYear('2027', now)).toEqual({ ok: true, value: 2027 });
    expect(parseYear('2028', now)).toMatchObject({ ok: false, reason: 'out-of-range', max: 2027 });
    expect(parseYear('1979', now)).toMatchObject({ ok: false, reason: 'out-of-range' });
    expect(parseYear('22.86GB', now)).toMatchObject({ ok: false, reason: 'not-a-year' });
  });
});

describe('formats', () => {
  it('splits lists, resolves aliases and casing, and writes canonical names', () => {
    const parsed = parseFormats('SVS & tiff, JPG');
    expect(parsed.formats).toEqual(['SVS', 'TIFF', 'JPEG']);
    expect(parsed.tokens.map((t) => t.ok && t.how)).toEqual(['exact', 'case', 'alias']);
    expect(parsed.canonical).toBe('SVS, TIFF, JPEG');
    expect(parseFormats('Matlab').formats).toEqual(['MAT']);
    expect(formatFormats([])).toBe('N/A');
  });
  it('names a colour model and suggests the nearest format for a typo', () => {
    expect(parseFormats('RGB').tokens).toEqual([{ ok: false, token: 'RGB', reason: 'not-a-format', explanation: 'a colour model, not a file format' }]);
    expect(parseFormats('DICMO').tokens).toEqual([{ ok: false, token: 'DICMO', reason: 'unknown', suggestion: 'DICOM' }]);
    expect(parseFormats('N/a')).toMatchObject({ formats: [], notAvailable: true, canonical: 'N/A' });
  });
});

describe('access link text', () => {
  it.each([
    ['Download here', 'download', 'exact'],
    ['download HERE', 'download', 'case'],
    ['Downnload here', 'download', 'typo'],
    ['Resquest Permission', 'request', 'typo'],
    ['Contact the authors', 'contact', 'exact'],
  ] as const)('reads %s', (text, kind, how) => {
    expect(parseLinkText(text)).toMatchObject({ ok: true, kind, how });
  });
  it('refuses text that is nothing like an access kind', () => {
    expect(parseLinkText('Read more')).toEqual({ ok: false, text: 'Read more' });
  });
});

describe('urls', () => {
  it('cuts a title glued on with an underscore, quoted or percent-encoded', () => {
    expect(splitGluedTitle('https://zenodo.org/records/545928_"Download_link"')).toEqual({ url: 'https://zenodo.org/records/545928', glued: '_"Download_link"' });
    expect(splitGluedTitle('https://x.org/a_%22Link_to_paper%22')).toEqual({ url: 'https://x.org/a', glued: '_%22Link_to_paper%22' });
    expect(splitGluedTitle('https://x.org/snake_case_path')).toBeUndefined();
  });
  it('knows DOIs and upgrades only doi.org to https', () => {
    expect(doiFromUrl('https://doi.org/10.7937/K9/TCIA.2016.HdHpgJLK')).toBe('10.7937/K9/TCIA.2016.HdHpgJLK');
    expect(httpsDoiUrl('http://dx.doi.org/10.1/x')).toBe('https://doi.org/10.1/x');
    expect(httpsDoiUrl('http://www.inf.ufpr.br/paper.pdf')).toBeUndefined();
    expect(urlIdentity('https://doi.org/10.7937/TCIA.KK02-6D95')).toBe(urlIdentity('https://doi.org/10.7937/tcia.kk02-6d95'));
  });
  it.each([
    ['javascript:alert(1)', 'scheme'],
    ['data:text/html,x', 'scheme'],
    ['ftp://x.org/a', 'scheme'],
    ['/relative/path', 'relative'],
    ['https://x.org/a b', 'whitespace'],
    ['https://', 'no-host'],
    ['https://x.org/ok', undefined],
  ] as const)('classifies %s', (url, problem) => {
    expect(urlProblem(url)).toBe(problem);
  });
});

describe('closest', () => {
  it('suggests only near misses', () => {
    expect(closest('subject', ['subjects', 'samples'])).toBe('subjects');
    expect(closest('xyz', ['subjects', 'samples'])).toBeUndefined();
  });
});
