/**
 * site/index.html, the dataset finder: the catalogue as one static page, written by build-readme
 * from the same records as the README. Without JavaScript it is the full table, each dataset with
 * its details; with it, filters, search and sorting, their state in the URL query. Everything it
 * needs is inline: no request leaves the page.
 */
import type { Catalog } from '../catalog/catalog.js';
import { figureStatus } from '../catalog/evidence.js';
import { FIGURES, type Dataset } from '../catalog/schema.js';
import {
  ACCESS_KINDS,
  ANNOTATIONS,
  FORMATS,
  LICENCES,
  MODALITIES,
  OTHER_MODALITIES,
  TASKS,
  accessKindById,
  annotationById,
  modalityById,
  sampleUnitLabel,
} from '../catalog/vocabularies.js';
import { citationUrl, shortReference } from '../fields/citation.js';
import { formatCount } from '../fields/count.js';
import { allowsCommercialUse, licenceLabel, licenceUrl } from '../fields/licence.js';
import { formatSamples } from '../fields/samples.js';
import { formatSize, sizeInBytes } from '../fields/size.js';
import { bibEntry } from '../exports/citations.js';
import { DETAILS_UNKNOWN, sourceLabel } from '../readme/render.js';
import { catalogueWorks, type Works } from '../exports/works.js';
import { SITE_SCRIPT } from './script.js';
import { SITE_STYLE } from './style.js';

export const SITE_PAGE = 'site/index.html';

/** The page quotes its sources' words for the figures; the record keeps the quotations for every other claim. */
const QUOTED_ON_PAGE = new Set<string>([...FIGURES, 'sample_unit', 'synthetic', 'updated', 'version']);

/** Text as HTML: the five characters that could open markup or end an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const h = escapeHtml;
const words = (text: string) => text.replace(/[-_]/g, ' ');

/** The columns of the table, with the row attribute each sorts by. */
export const SITE_COLUMNS = [
  { key: 'name', label: 'Dataset', numeric: false },
  { key: 'modality', label: 'Modality', numeric: false },
  { key: 'subjects', label: 'Subjects', numeric: true },
  { key: 'samples', label: 'Samples', numeric: true },
  { key: 'size', label: 'Size', numeric: true },
  { key: 'year', label: 'Year', numeric: true },
  { key: 'access', label: 'Access', numeric: false },
  { key: 'license', label: 'Licence', numeric: false },
] as const;

export function sitePage(catalog: Catalog): string {
  const works = catalogueWorks(catalog);
  const count = catalog.datasets.length;
  const select = (id: string, label: string, options: readonly (readonly [string, string])[], hint?: string) =>
    `<div class="field"><label for="${id}">${h(label)}</label><select id="${id}" name="${id}"><option value="">Any</option>${options.map(([value, text]) => `<option value="${h(value)}">${h(text)}</option>`).join('')}</select>${hint === undefined ? '' : `<small>${h(hint)}</small>`}</div>`;
  const used = <T extends string>(pick: (d: Dataset) => readonly T[]) => new Set(catalog.datasets.flatMap(pick));
  const tasks = used((d) => d.tasks ?? []);
  const annotations = used((d) => d.annotations ?? []);
  const formats = used((d) => d.formats);
  const licences = used((d) => (typeof d.license === 'string' ? [d.license] : []));
  const modalities = used((d) => [d.modality, ...(d.other_modalities ?? [])]);
  const filters = [
    `<div class="field wide"><label for="q">Search names and summaries</label><input id="q" name="q" type="search" autocomplete="off" placeholder="such as dce, lesion, Kaggle"></div>`,
    select('modality', 'Modality', modalityOptions(modalities), 'primary or any other it holds'),
    select('task', 'Task', TASKS.filter((t) => tasks.has(t)).map((t) => [t, words(t)] as const)),
    select('annotation', 'Annotation', ANNOTATIONS.filter((a) => annotations.has(a.id)).map((a) => [a.id, a.label] as const)),
    select('access', 'Access', ACCESS_KINDS.map((k) => [k.id, k.linkText] as const)),
    select('license', 'Licence', [['commercial', 'Allows commercial use'] as const, ...LICENCES.filter((l) => licences.has(l.id)).map((l) => [l.id, l.label] as const), ['other', 'Another licence'] as const]),
    select('format', 'Format', FORMATS.filter((f) => formats.has(f.id)).map((f) => [f.id, f.id] as const)),
    `<div class="field"><label for="from">Published from</label><input id="from" name="from" type="number" inputmode="numeric" min="1980" max="2100" placeholder="year"></div>`,
    `<div class="field"><label for="to">Published up to</label><input id="to" name="to" type="number" inputmode="numeric" min="1980" max="2100" placeholder="year"></div>`,
    `<div class="field"><label for="subjects">At least this many subjects</label><input id="subjects" name="subjects" type="number" inputmode="numeric" min="0" placeholder="patients"></div>`,
  ];
  const header = SITE_COLUMNS.map((c) => `<th scope="col" data-column="${c.key}" data-numeric="${c.numeric}"><button type="button" data-sort="${c.key}">${c.label}<span class="arrow" aria-hidden="true"></span></button></th>`).join('');
  const rows = catalog.datasets.map((d) => datasetRows(d, works)).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<title>Breast imaging datasets: a finder</title>
<meta name="description" content="${count} public breast imaging and histopathology datasets, with their figures, sources, licences and citations, to filter by modality, task, access and licence.">
<style>${SITE_STYLE}</style>
</head>
<body>
<a class="skip" href="#results">Skip to the datasets</a>
<header>
<h1>Breast imaging datasets</h1>
<p>${count} public breast imaging and histopathology datasets. Every figure links the page it was read on; N/A means no page read so far gives it, and the dataset's notes say what is known. Generated from the same records as the <a href="../README.md">catalogue's README</a>; the data is also in <a href="../data/">data/</a> as CSV, JSON and citations.</p>
</header>
<main>
<form id="filters" role="search" aria-label="Filter the datasets" hidden>
<h2>Filter</h2>
<div class="fields">
${filters.join('\n')}
</div>
<p class="actions"><button type="reset" id="clear">Clear the filters</button></p>
</form>
<section id="results" aria-labelledby="results-heading">
<h2 id="results-heading">Datasets</h2>
<details class="legend"><summary>What each kind of access asks of you</summary><dl>${ACCESS_KINDS.map((k) => `<dt>${h(k.linkText)}</dt><dd>${h(k.description)}</dd>`).join('')}</dl></details>
<p id="count" role="status" aria-live="polite">${count} datasets</p>
<p id="empty" hidden>No dataset matches these filters. <a href="./">Show every dataset</a>.</p>
<p id="copied" class="visually-hidden" role="status" aria-live="polite"></p>
<div class="scroll" tabindex="0" role="region" aria-label="Datasets table, scrolls sideways on narrow screens">
<table id="datasets">
<caption>Each dataset's figures, access and licence; open a row's details for its summary, sources and citations. Sizes in decimal units (1 GB = 10<sup>9</sup> bytes).</caption>
<thead><tr>${header}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>
</section>
</main>
<footer><p>Records in <a href="../datasets/">datasets/</a>, under CC BY 4.0; each dataset keeps its own licence. Corrections are welcome: see <a href="../CONTRIBUTING.md">CONTRIBUTING.md</a>.</p></footer>
<script>${SITE_SCRIPT}</script>
</body>
</html>
`;
}

function datasetRows(d: Dataset, works: Works): string {
  const status = figureStatus(d);
  const unsourced = new Set<string>(status.unsourced);
  const mark = (figure: string, text: string) => (unsourced.has(figure) ? `${h(text)} <span class="unsourced" title="No quoted source yet">(unsourced)</span>` : h(text));
  const modality = modalityById(d.modality)?.short ?? d.modality;
  const others = (d.other_modalities ?? []).map((m) => modalityById(m)?.short ?? m);
  const subjects = d.synthetic === true && d.subjects === null ? 'Synthetic' : formatCount(d.subjects);
  const access = accessKindById(d.access.kind)!;
  const licence = d.license === undefined ? 'N/A' : licenceLabel(d.license);
  const attributes = {
    'data-dataset-id': d.id,
    'data-modalities': [d.modality, ...(d.other_modalities ?? [])].join(' '),
    'data-tasks': (d.tasks ?? []).join(' '),
    'data-annotations': (d.annotations ?? []).join(' '),
    'data-access': d.access.kind,
    'data-license': d.license === undefined ? '' : typeof d.license === 'string' ? d.license : 'other',
    'data-commercial': String(allowsCommercialUse(d.license)),
    'data-formats': d.formats.join(' '),
    'data-year': d.year === null ? '' : String(d.year),
    'data-subjects': d.subjects === null ? '' : String(d.subjects),
    'data-samples': d.samples === null ? '' : String(d.samples),
    'data-size': d.size === null ? '' : String(sizeInBytes(d.size)),
  };
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}="${h(v)}"`)
    .join(' ');
  const main = `<tr ${attrs}><th scope="row"><a href="#details-${d.id}">${h(d.name)}</a></th><td>${h(modality)}${others.length > 0 ? `<span class="also"> + ${h(others.join(', '))}</span>` : ''}</td><td class="num">${mark('subjects', subjects)}</td><td class="num">${mark('samples', formatSamples(d.samples, d.sample_unit))}</td><td class="num">${mark('size', formatSize(d.size))}</td><td class="num">${mark('year', d.year === null ? 'N/A' : String(d.year))}</td><td><a href="${h(d.access.url)}">${h(access.linkText)}</a></td><td>${mark('license', licence)}</td></tr>`;
  return `${main}\n<tr class="details" data-details-for="${h(d.id)}"><td colspan="${SITE_COLUMNS.length}">${details(d, works)}</td></tr>`;
}

function details(d: Dataset, works: Works): string {
  const access = accessKindById(d.access.kind)!;
  const list = (items: readonly string[]) => (items.length === 0 ? 'none recorded' : items.map(h).join(', '));
  const facts: [string, string][] = [
    ['Tasks', d.tasks === undefined ? DETAILS_UNKNOWN : list(d.tasks.map(words))],
    ['Annotations', d.annotations === undefined ? DETAILS_UNKNOWN : d.annotations.length === 0 ? 'none' : list(d.annotations.map((a) => annotationById(a)?.label ?? a))],
    ['Formats', d.formats.length === 0 ? DETAILS_UNKNOWN : list(d.formats)],
    ['Samples', h(d.samples === null ? 'N/A' : `${formatCount(d.samples)} ${d.sample_unit === undefined ? '' : sampleUnitLabel(d.sample_unit, d.samples)}`.trim())],
    ['First published', h(d.year === null ? 'N/A' : String(d.year)) + (d.updated === undefined ? '' : `; updated ${d.updated}`) + (d.version === undefined ? '' : `; version ${h(d.version)}`)],
    ['Licence', d.license === undefined ? DETAILS_UNKNOWN : `<a href="${h(licenceUrl(d.license))}">${h(licenceLabel(d.license))}</a>${allowsCommercialUse(d.license) ? ' (allows commercial use)' : ''}`],
    ['Access', `<a href="${h(d.access.url)}">${h(access.linkText)}</a>`],
  ];
  const citations = d.citations.map((c, i) => {
    const work = works.workOf(d, i);
    const url = citationUrl(c);
    const reference = url === undefined ? h(shortReference(c)) : `<a href="${h(url)}">${h(shortReference(c))}</a>`;
    return `<li><p>${reference}: <cite>${h(c.title)}</cite></p><pre class="bib">${h(bibEntry(work))}</pre><button type="button" class="copy" hidden>Copy BibTeX</button></li>`;
  });
  const evidence = sourcesOf(d).map(({ url, quotes }) => {
    const shown = quotes.filter((e) => e.supports.some((field) => QUOTED_ON_PAGE.has(field)));
    const rest = [...new Set(quotes.filter((e) => !shown.includes(e)).flatMap((e) => e.supports))];
    const quoted = shown.map((e) => `<blockquote>${h(e.quote)}</blockquote><p>Supports ${h(e.supports.map(words).join(', '))}</p>`).join('');
    return `<li><a href="${h(url)}">${h(sourceLabel(url))}</a>${quoted}${rest.length === 0 ? '' : `<p>Also supports ${h(rest.map(words).join(', '))}</p>`}</li>`;
  });
  return `<details id="details-${h(d.id)}"><summary>Details, sources and citations<span class="visually-hidden"> of ${h(d.name)}</span></summary>
<p>${h(d.summary)}</p>
<dl>${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
${d.notes === undefined ? '' : `<p class="notes"><strong>Notes:</strong> ${h(d.notes)}</p>`}
<h3>Cite</h3>
${citations.length === 0 ? '<p>No citation recorded.</p>' : `<ul class="citations">${citations.join('')}</ul>`}
<h3>Sources</h3>
${evidence.length === 0 ? '<p>No source quoted yet.</p>' : `<ul class="sources">${evidence.join('')}</ul><p>Every quotation is in <a href="../datasets/${h(d.id)}.yaml">the record</a>.</p>`}
</details>`;
}

/** The modalities the catalogue holds, in the vocabulary's order, named as the vocabulary names them. */
function modalityOptions(used: ReadonlySet<string>): (readonly [string, string])[] {
  return [...MODALITIES, ...OTHER_MODALITIES].filter((m) => used.has(m.id)).map((m) => [m.id, m.display] as const);
}

/** The record's evidence grouped by page, pages in the order the record first quotes them. */
function sourcesOf(d: Dataset): { url: string; quotes: Dataset['evidence'] }[] {
  const byUrl = new Map<string, Dataset['evidence'][number][]>();
  for (const e of d.evidence) byUrl.set(e.url, [...(byUrl.get(e.url) ?? []), e]);
  return [...byUrl].map(([url, quotes]) => ({ url, quotes }));
}
