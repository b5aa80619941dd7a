/** The finder page as build-readme writes it: what it holds, what it escapes, what it links, its weight. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createCatalog } from '../../src/catalog/catalog.js';
import { loadCatalog } from '../../src/catalog/load.js';
import { SITE_PAGE, sitePage } from '../../src/site/page.js';
import { dataset } from '../helpers/dataset.js';
import { REPO } from '../helpers/project.js';

const realPage = async () => sitePage((await loadCatalog(REPO)).catalog);

describe('the finder page', () => {
  it('weighs under 300 KB for the whole catalogue', async () => {
    expect(Buffer.byteLength(await realPage())).toBeLessThan(300 * 1024);
  });

  it('asks no other host for anything: no external script, style, font, image or frame', async () => {
    const page = await realPage();
    expect(page).not.toMatch(/<(?:script|img|iframe|link)\b[^>]*\b(?:src|href)="(?!data:)/i);
    const style = page.match(/<style>([\s\S]*?)<\/style>/)![1]!;
    expect(style).not.toMatch(/@import|url\(|@font-face/i);
    expect(page).not.toMatch(/\bfetch\(|XMLHttpRequest|\.src\s*=/);
  });

  it('escapes what a record says, so a name or summary cannot become markup', () => {
    const catalog = createCatalog([dataset({ id: 'odd', name: 'A <b>bold</b> "name"', summary: 'Ends a tag: </script><script>alert(1)</script> & more.' })]);
    const page = sitePage(catalog);
    expect(page).toContain('A &lt;b&gt;bold&lt;/b&gt; &quot;name&quot;');
    expect(page).toContain('Ends a tag: &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more.');
    expect(page.match(/<script>/g)).toHaveLength(1);
  });

  it('links only files that the Pages workflow publishes beside it, and that exist', async () => {
    const page = await realPage();
    const workflow = readFileSync(path.join(REPO, '.github/workflows/pages.yml'), 'utf8');
    const steps = (parse(workflow) as { jobs: { publish: { steps: { run?: string }[] } } }).jobs.publish.steps;
    const copy = steps.map((s) => s.run ?? '').join('\n').match(/^\s*cp -r (.+) _site\/$/m);
    expect(copy, 'the workflow copies the files into _site/').not.toBeNull();
    const published = copy![1]!.split(/\s+/);
    const links = [...page.matchAll(/href="([^"#][^"]*)"/g)].map((m) => m[1]!).filter((href) => !/^[a-z]+:/.test(href));
    expect(links.length).toBeGreaterThan(3);
    for (const href of new Set(links)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(SITE_PAGE), href));
      expect(published, href).toContain(target.split('/')[0]);
      expect(existsSync(path.join(REPO, target)), `${href} → ${target}`).toBe(true);
    }
  });

  it('gives each dataset one row with its id, and its details with its citations and sources', () => {
    const catalog = createCatalog([
      dataset({ id: 'a-set', modality: 'mri', other_modalities: ['pet-ct'], tasks: ['segmentation'], subjects: 12, year: 2021, license: 'CC-BY-4.0' }),
      dataset({ id: 'b-set', license: { name: 'Own terms', url: 'https://example.org/terms' } }),
    ]);
    const page = sitePage(catalog);
    expect(page.match(/<tr data-dataset-id="a-set" [^>]*>/)![0]).toBe('<tr data-dataset-id="a-set" data-modalities="mri pet-ct" data-tasks="segmentation" data-access="download" data-license="CC-BY-4.0" data-commercial="true" data-year="2021" data-subjects="12">');
    expect(page).toMatch(/<tr data-dataset-id="b-set" [^>]*data-license="other" data-commercial="false"/);
    expect(page).toContain('<details id="details-a-set">');
    expect(page).toContain('<tr class="details" data-details-for="b-set">');
  });
});
