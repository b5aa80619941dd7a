import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { doiFromUrl } from '../../src/fields/url.js';
import { citationsBib } from '../../src/exports/bibtex.js';
import { fixtureCatalog } from './fixtures.js';

const catalog = fixtureCatalog();
const bib = citationsBib(catalog);
// english: false keeps titles as written (no sentence-casing), as LaTeX styles do with braced titles.
const library = parse(bib, { english: false });
const cited = catalog.datasets.flatMap((d) => d.citations.map((c, i) => ({ d, c, key: `${d.id}-${i + 1}` })));

/** Percent-encodes what the export percent-encodes in url and doi fields: the braces. */
const verbatim = (text: string) => text.replaceAll('{', '%7B').replaceAll('}', '%7D');

describe('citations.bib', () => {
  it('parses without errors into one @misc entry per citation, keyed <id>-<n>', () => {
    expect(library.errors).toEqual([]);
    expect(library.entries.map((e) => e.key)).toEqual(cited.map((x) => x.key));
    expect(new Set(library.entries.map((e) => e.key)).size).toBe(cited.length);
    expect(library.entries.every((e) => e.type === 'misc')).toBe(true);
  });

  it('gives back each title, link, DOI and the dataset named in the note', () => {
    for (const [i, { d, c }] of cited.entries()) {
      const fields = library.entries[i]!.fields;
      // TeX reads a run of spaces as one; so does the parser.
      expect(fields.title).toBe(c.title.replace(/ +/g, ' '));
      expect(fields.url).toBe(verbatim(c.url));
      const doi = doiFromUrl(c.url);
      expect(fields.doi).toBe(doi === undefined ? undefined : verbatim(doi));
      expect(fields.note).toBe(`Publication to cite when using the dataset ${d.name}`);
    }
  });

  it('round-trips accents, quotes, braces and every TeX special character', () => {
    const titles = library.entries.map((e) => e.fields.title);
    expect(titles).toContain('Étude über Ångström × résolution: 50% of #cases cost $3 ~ x^2, a_b & <c>');
    expect(titles).toContain('Braces {like} these } and { unbalanced');
    expect(titles).toContain('A title; with a semicolon, a comma and a back\\slash');
  });

  it('keeps the braces of every entry balanced, counting escaped ones as BibTeX does', () => {
    for (const entry of bib.split(/\n(?=@)/).slice(1)) {
      let depth = 0;
      for (const c of entry) {
        depth += c === '{' ? 1 : c === '}' ? -1 : 0;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
    }
  });

  it('gives a work cited by two datasets an entry under each, with the same DOI', () => {
    const dwi = library.entries.filter((e) => e.fields.doi?.toLowerCase() === '10.7937/tcia.kk02-6d95');
    expect(dwi.map((e) => e.key)).toEqual(['acrin-6698-1', 'ispy2-2']);
  });

  it('keeps keys when another record changes', () => {
    const without = { datasets: catalog.datasets.filter((d) => d.id !== 'acrin-6698') };
    const keys = parse(citationsBib(without), { english: false }).entries.map((e) => e.key);
    expect(keys).toEqual(cited.filter((x) => x.d.id !== 'acrin-6698').map((x) => x.key));
  });
});
