/** The citation exports, each parsed back with a real parser: BibTeX, CSL-JSON and RIS. */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { citationsBib, citationsCslJson, citationsRis } from '../../src/exports/citations.js';
import { catalogueWorks } from '../../src/exports/works.js';
import { createCatalog } from '../../src/catalog/catalog.js';
import { fixtureCatalog, SHARED_WORK } from './fixtures.js';

const catalog = fixtureCatalog();
const works = catalogueWorks(catalog).works;
const bib = citationsBib(catalog);
// english: false keeps titles as written (no sentence-casing), as LaTeX styles do with braced titles.
const library = parse(bib, { english: false });

describe('the works of the catalogue', () => {
  it('are each cited once, however many datasets cite them, under a key of author, year and first title word', () => {
    expect(works.map((w) => w.key)).toEqual([
      'aresta2018histo',
      'group2019title',
      'lee2017curated',
      'li2022dynamic',
      'obrien2020braces',
      'partridge2021diffusion',
      'swiecicki2024etude',
    ]);
    expect(works.find((w) => w.citation === SHARED_WORK)?.datasets).toEqual(['dwi-trial', 'dce-trial'].sort((a, b) => catalog.datasets.findIndex((d) => d.id === a) - catalog.datasets.findIndex((d) => d.id === b)));
  });

  it('keep their keys when another record changes, and tell apart two works that would share one', () => {
    const without = createCatalog(catalog.datasets.filter((d) => d.id !== 'screening-mammo'));
    const before = new Map(works.map((w) => [w.citation.title, w.key]));
    for (const work of catalogueWorks(without).works) expect(work.key).toBe(before.get(work.citation.title));
    const twin = { ...SHARED_WORK, doi: '10.5555/example.dwi.v2', title: 'Diffusion imaging, second release' };
    const twins = catalogueWorks(createCatalog([...catalog.datasets.map((d) => (d.id === 'dwi-trial' ? { ...d, citations: [twin] } : d))]));
    expect(twins.works.map((w) => w.key).filter((k) => k.startsWith('partridge2021'))).toEqual(['partridge2021diffusiona', 'partridge2021diffusionb']);
  });
});

describe('citations.bib', () => {
  it('parses without errors into one entry per work, of the type its record states', () => {
    expect(library.errors).toEqual([]);
    expect(library.entries.map((e) => e.key)).toEqual(works.map((w) => w.key));
    const types = Object.fromEntries(library.entries.map((e) => [e.key, e.type]));
    expect(types).toMatchObject({ lee2017curated: 'article', partridge2021diffusion: 'misc', group2019title: 'misc' });
  });

  it('gives every entry its authors and year, and a dataset its repository as howpublished', () => {
    for (const entry of library.entries) {
      expect(entry.fields.author?.length, entry.key).toBeGreaterThan(0);
      expect(entry.fields.year, entry.key).toMatch(/^\d{4}$/);
    }
    const shared = library.entries.find((e) => e.key === 'partridge2021diffusion')!;
    expect(shared.fields.author).toEqual([{ lastName: 'Partridge', firstName: 'Savannah C.' }, { lastName: 'Zhang', firstName: 'Zheng' }, { name: 'Example Trial Group' }]);
    expect(shared.fields.howpublished).toBe('The Cancer Imaging Archive');
    expect(shared.fields.doi).toBe('10.5555/example.dwi');
  });

  it('names the datasets citing each entry in a comment, and prints no boilerplate', () => {
    expect(bib).toMatch(/% Cited by the catalogue for: dce-trial, dwi-trial\.\n@misc\{partridge2021diffusion,/);
    expect(bib).not.toMatch(/note\s*=|Publication to cite/);
    expect(bib).not.toMatch(/howpublished = \{https?:/);
  });

  it('round-trips accents, quotes, braces and every TeX special character', () => {
    const fields = (key: string) => library.entries.find((e) => e.key === key)!.fields as Record<string, any>;
    // The parser gives accents from TeX commands as combining marks: compare composed.
    expect(fields('swiecicki2024etude')!.title.normalize('NFC')).toBe('Étude über Ångström × résolution: 50% of #cases cost $3 ~ x^2, a_b & <c>');
    expect(JSON.parse(JSON.stringify(fields('swiecicki2024etude').author).normalize('NFC'))).toEqual([{ lastName: 'Święcicki', firstName: 'Albert' }, { lastName: 'Müller-Franzes', firstName: 'Gustav' }]);
    expect(fields('obrien2020braces')!.title).toBe('Braces {like} these } and { unbalanced');
    expect(fields('group2019title').title).toBe('A title; with a semicolon, a comma and a back\\slash');
  });
});

describe('citations.json', () => {
  const items = JSON.parse(citationsCslJson(catalog)) as Record<string, unknown>[];

  it('is CSL-JSON that citation-js reads back, one item per work with its key', () => {
    const read = new Cite(items).data;
    expect(read.map((i) => i.id)).toEqual(works.map((w) => w.key));
    expect(read.find((i) => i.id === 'lee2017curated')).toMatchObject({
      type: 'article-journal',
      'container-title': 'Scientific Data',
      'container-title-short': 'Sci Data',
      issued: { 'date-parts': [[2017]] },
      DOI: '10.5555/example.sdata',
      PMID: '29257132',
      volume: '4',
      page: '170177',
    });
    expect(read.find((i) => i.id === 'partridge2021diffusion')).toMatchObject({ type: 'dataset', publisher: 'The Cancer Imaging Archive', note: 'Cited by the catalogue for: dce-trial, dwi-trial.' });
  });
});

describe('citations.ris', () => {
  const ris = citationsRis(catalog);

  it('parses back with citation-js into the same works, titles and authors whole', () => {
    const read = new Cite(ris).data;
    expect(read).toHaveLength(works.length);
    const byTitle = new Map(read.map((i) => [i.title, i]));
    for (const work of works) expect(byTitle.has(work.citation.title), work.key).toBe(true);
    expect(byTitle.get(SHARED_WORK.title)?.DOI).toBe('10.5555/example.dwi');
    expect(byTitle.get(SHARED_WORK.title)?.author).toEqual([{ family: 'Partridge', given: 'Savannah C.' }, { family: 'Zhang', given: 'Zheng' }, { literal: 'Example Trial Group' }]);
  });

  it('writes each tag on one line, CRLF after each, as RIS readers expect', () => {
    expect(ris.split('\r\n').every((line) => line === '' || /^[A-Z][A-Z0-9]  - /.test(line))).toBe(true);
    expect(ris).not.toMatch(/[^\r]\n/);
  });
});
