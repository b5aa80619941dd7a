/// <reference lib="dom" />
/**
 * The finder page in a real headless Chromium, loaded from a static server on 127.0.0.1: the page is
 * built from the project's own records and every filter's result is checked against the ids the
 * records give, computed here independently of the page's script.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load.js';
import type { Dataset } from '../../src/catalog/schema.js';
import { allowsCommercialUse } from '../../src/fields/licence.js';
import { sitePage, SITE_PAGE } from '../../src/site/page.js';
import { chromiumPath, serveDirectory, type StaticServer } from '../helpers/browser.js';
import { REPO } from '../helpers/project.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let datasets: readonly Dataset[];
let browser: Browser;
let context: BrowserContext;
let server: StaticServer;
let url: string;
let root: string;
const problems: string[] = [];

beforeAll(async () => {
  const { catalog } = await loadCatalog(REPO);
  datasets = catalog.datasets;
  // The server outlives each test, so its folder is not one of the per-test temp folders.
  root = mkdtempSync(path.join(os.tmpdir(), 'catalogue-site-'));
  mkdirSync(path.join(root, path.dirname(SITE_PAGE)));
  writeFileSync(path.join(root, SITE_PAGE), sitePage(catalog));
  server = await serveDirectory(root);
  url = `${server.origin}/${SITE_PAGE}`;
  browser = await chromium.launch({ executablePath: chromiumPath() });
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

afterEach(() => {
  // Every test fails on a console error, an uncaught exception, or a request that leaves the server.
  expect(problems.splice(0)).toEqual([]);
});

async function open(query = '', options: { context?: BrowserContext } = {}): Promise<Page> {
  const page = await (options.context ?? context).newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(server.origin)) problems.push(`request to ${r.url()}`);
  });
  await page.goto(url + query);
  return page;
}

const shownIds = (page: Page) => page.locator('tbody tr[data-dataset-id]:visible').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.datasetId!));
const idsWhere = (keep: (d: Dataset) => boolean) => datasets.filter(keep).map((d) => d.id);
const sorted = (ids: readonly string[]) => [...ids].sort();

/** The filters as the records define them, independent of the page's script. */
const FILTERS: Record<string, (d: Dataset, value: string) => boolean> = {
  modality: (d, v) => d.modality === v || (d.other_modalities ?? []).includes(v as never),
  task: (d, v) => (d.tasks ?? []).includes(v as never),
  annotation: (d, v) => (d.annotations ?? []).includes(v as never),
  access: (d, v) => d.access.kind === v,
  license: (d, v) => (v === 'commercial' ? allowsCommercialUse(d.license) : v === 'other' ? typeof d.license === 'object' : d.license === v),
  format: (d, v) => (d.formats as readonly string[]).includes(v),
  from: (d, v) => d.year !== null && d.year >= Number(v),
  to: (d, v) => d.year !== null && d.year <= Number(v),
  subjects: (d, v) => d.subjects !== null && d.subjects >= Number(v),
  q: (d, v) => v.toLowerCase().split(/\s+/).every((word) => `${d.name} ${d.summary}`.toLowerCase().includes(word)),
};
const expected = (query: Record<string, string>) => sorted(idsWhere((d) => Object.entries(query).every(([key, value]) => FILTERS[key]!(d, value))));

describe('the finder page in a browser', () => {
  it('shows every dataset, with the filters, when it opens', async () => {
    const page = await open();
    expect(sorted(await shownIds(page))).toEqual(sorted(datasets.map((d) => d.id)));
    expect(await page.locator('#count').textContent()).toBe(`${datasets.length} datasets`);
    await expect(page.locator('#filters').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('filters by every value of every list, as the records say', async () => {
    const page = await open();
    for (const key of ['modality', 'task', 'annotation', 'access', 'license', 'format']) {
      const values = await page.locator(`#${key} option`).evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
      expect(values.length, key).toBeGreaterThan(0);
      for (const value of values) {
        await page.selectOption(`#${key}`, value);
        const ids = expected({ [key]: value });
        expect(sorted(await shownIds(page)), `${key}=${value}`).toEqual(ids);
        const count = await page.locator('#count').textContent();
        expect(count, `${key}=${value}`).toBe(ids.length === datasets.length ? `${ids.length} datasets` : `${ids.length} of ${datasets.length} datasets`);
        // A list value no dataset matches would never be offered.
        expect(ids.length, `${key}=${value}`).toBeGreaterThan(0);
      }
      await page.selectOption(`#${key}`, '');
    }
    await page.close();
  });

  it('filters by year range and minimum subjects, leaving out datasets whose figure is unknown', async () => {
    const page = await open();
    for (const [key, value] of [['from', '2020'], ['to', '2015'], ['subjects', '500']] as const) {
      await page.fill(`#${key}`, value);
      expect(sorted(await shownIds(page)), `${key}=${value}`).toEqual(expected({ [key]: value }));
      await page.fill(`#${key}`, '');
    }
    await page.fill('#from', '2018');
    await page.fill('#to', '2021');
    expect(sorted(await shownIds(page))).toEqual(expected({ from: '2018', to: '2021' }));
    await page.close();
  });

  it("combines filters: the issue's example address, and one built from a real record", async () => {
    const example = { modality: 'mri', task: 'segmentation', access: 'download', license: 'CC-BY-4.0', q: 'dce' };
    let page = await open(`?${new URLSearchParams(example)}`);
    expect(sorted(await shownIds(page))).toEqual(expected(example));
    await page.close();

    const d = datasets.find((x) => x.tasks?.length && typeof x.license === 'string' && x.year !== null && x.subjects !== null)!;
    const query = { modality: d.modality, task: d.tasks![0]!, access: d.access.kind, license: d.license as string, from: String(d.year), to: String(d.year), subjects: String(d.subjects) };
    page = await open(`?${new URLSearchParams(query)}`);
    const ids = await shownIds(page);
    expect(ids).toContain(d.id);
    expect(sorted(ids)).toEqual(expected(query));
    for (const [key, value] of Object.entries(query)) expect(await page.inputValue(`#${key}`), key).toBe(value);
    await page.close();
  });

  it('keeps the state in the address: a view built with the controls opens the same from its URL', async () => {
    const page = await open();
    await page.selectOption('#modality', 'ultrasound');
    await page.fill('#q', 'lesion');
    await page.locator('th[data-column="year"] button').click();
    await page.locator('th[data-column="year"] button').click();
    const address = new URL(page.url());
    expect(Object.fromEntries(address.searchParams)).toEqual({ q: 'lesion', modality: 'ultrasound', sort: 'year', order: 'desc' });
    const ids = await shownIds(page);
    expect(sorted(ids)).toEqual(expected({ modality: 'ultrasound', q: 'lesion' }));
    const again = await open(address.search);
    expect(await shownIds(again)).toEqual(ids);
    expect(await again.inputValue('#q')).toBe('lesion');
    expect(await again.getAttribute('th[data-column="year"]', 'aria-sort')).toBe('descending');
    await page.click('#clear');
    expect(new URL(page.url()).search).toBe('?sort=year&order=desc');
    expect(await shownIds(page)).toHaveLength(datasets.length);
    await page.close();
    await again.close();
  });

  it('keeps a shared value no dataset has, and shows that nothing matches', async () => {
    const page = await open('?license=CC-BY-4.0-XX&modality=mri');
    expect(await shownIds(page)).toEqual([]);
    expect(await page.inputValue('#license')).toBe('CC-BY-4.0-XX');
    await expect(page.locator('#empty').isVisible()).resolves.toBe(true);
    expect(await page.locator('#count').textContent()).toBe(`0 of ${datasets.length} datasets`);
    await page.close();
  });

  it('searches names and summaries for every word, whatever their case', async () => {
    const page = await open();
    const name = datasets[3]!.name;
    for (const q of ['DCE', 'lesion segmentation', name.split(' ')[0]!.toUpperCase(), 'no-such-word']) {
      await page.fill('#q', q);
      expect(sorted(await shownIds(page)), q).toEqual(expected({ q }));
    }
    expect(await shownIds(page)).toEqual([]);
    await page.close();
  });

  it('sorts by a numeric column each way with unknown figures last, and by text', async () => {
    const page = await open();
    const subjects = datasets.filter((d) => d.subjects !== null);
    const byCount = (dir: 1 | -1) => [...subjects].sort((a, b) => dir * (a.subjects! - b.subjects!)).map((d) => d.subjects);
    const shownSubjects = async () => (await page.locator('tbody tr[data-dataset-id]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.subjects ?? null))).map((s) => (s === null ? null : Number(s)));

    await page.locator('th[data-column="subjects"] button').click();
    let shown = await shownSubjects();
    expect(shown.slice(0, subjects.length)).toEqual(byCount(1));
    expect(shown.slice(subjects.length).every((s) => s === null)).toBe(true);
    expect(await page.getAttribute('th[data-column="subjects"]', 'aria-sort')).toBe('ascending');

    await page.locator('th[data-column="subjects"] button').click();
    shown = await shownSubjects();
    expect(shown.slice(0, subjects.length)).toEqual(byCount(-1));
    expect(await page.getAttribute('th[data-column="subjects"]', 'aria-sort')).toBe('descending');

    await page.locator('th[data-column="name"] button').click();
    const names = await page.locator('tbody tr[data-dataset-id] th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(await page.getAttribute('th[data-column="subjects"]', 'aria-sort')).toBeNull();
    // Each dataset's details stay right under it.
    const order = await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.datasetId ?? `details:${(r as HTMLElement).dataset.detailsFor}`));
    for (let i = 0; i < order.length; i += 2) expect(order[i + 1]).toBe(`details:${order[i]}`);
    await page.close();
  });

  it('works from the keyboard, with a visible focus, down to copying a citation', async () => {
    const page = await open();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');

    await page.focus('#q');
    await page.keyboard.type('ultrasound');
    expect(sorted(await shownIds(page))).toEqual(expected({ q: 'ultrasound' }));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('modality');

    await page.focus('th[data-column="year"] button');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('th[data-column="year"]', 'aria-sort')).toBe('ascending');

    const d = datasets.find((x) => x.citations.length > 0 && `${x.name} ${x.summary}`.toLowerCase().includes('ultrasound'))!;
    await page.focus(`#details-${d.id} > summary`);
    await page.keyboard.press('Enter');
    expect(await page.locator(`#details-${d.id}`).getAttribute('open')).toBe('');
    await page.focus(`#details-${d.id} button.copy`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#copied').textContent()).toBe('BibTeX copied to the clipboard.');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toMatch(/^@\w+\{\w+,\n/);
    expect(clipboard).toBe(await page.locator(`#details-${d.id} pre.bib`).first().textContent());
    await page.close();
  });

  it('opens a dataset named in the address', async () => {
    const d = datasets[datasets.length - 1]!;
    const page = await open(`#details-${d.id}`);
    expect(await page.locator(`#details-${d.id}`).getAttribute('open')).toBe('');
    await page.close();
  });

  it('has no serious or critical axe-core violation, in light and dark schemes, details open', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const scheme = await browser.newContext({ colorScheme });
      const page = await open('?modality=ultrasound', { context: scheme });
      await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run(document);
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, colorScheme).toEqual([]);
      await scheme.close();
    }
  });

  it('is the full table without JavaScript: every dataset and its details, no dead controls', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const page = await open('?modality=mri', { context: plain });
    expect(sorted(await shownIds(page))).toEqual(sorted(datasets.map((d) => d.id)));
    expect(await page.locator('tr.details details').count()).toBe(datasets.length);
    await expect(page.locator('#filters').isVisible()).resolves.toBe(false);
    expect(await page.locator('button.copy:visible').count()).toBe(0);
    const d = datasets.find((x) => x.citations.length > 0)!;
    await page.locator(`#details-${d.id} > summary`).click();
    await expect(page.locator(`#details-${d.id} pre.bib`).first().isVisible()).resolves.toBe(true);
    await plain.close();
  });
});
