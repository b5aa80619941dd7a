/**
 * The finder page's script, inlined into site/index.html. Plain DOM code with no dependency: it
 * shows the filters (hidden for readers without JavaScript, who get the full table), keeps their
 * state in the URL query so a view can be shared, and filters and sorts the rows in place.
 */

/** The URL query keys the filters read and write, in the order they are written. */
export const FILTER_KEYS = ['q', 'modality', 'task', 'annotation', 'access', 'license', 'format', 'from', 'to', 'subjects'] as const;

export const SITE_SCRIPT = String.raw`(() => {
'use strict';
const KEYS = ${JSON.stringify(FILTER_KEYS)};
const form = document.getElementById('filters');
const tbody = document.querySelector('#datasets tbody');
const count = document.getElementById('count');
const empty = document.getElementById('empty');
const copied = document.getElementById('copied');
const headers = [...document.querySelectorAll('#datasets th[data-column]')];
const rows = [...tbody.querySelectorAll('tr[data-dataset-id]')];
const detailsRow = new Map(rows.map((row) => [row, tbody.querySelector('tr[data-details-for="' + row.dataset.datasetId + '"]')]));
const NUMERIC = new Set(headers.filter((th) => th.dataset.numeric === 'true').map((th) => th.dataset.column));
const original = new Map(rows.map((row, i) => [row, i]));
const columnIndex = new Map(headers.map((th, i) => [th.dataset.column, i]));
// Search runs over each dataset's name and summary, as the page shows them.
const searchText = new Map(rows.map((row) => [row, (row.cells[0].textContent + ' ' + detailsRow.get(row).querySelector('details > p').textContent).toLowerCase()]));
const cellText = (row, column) => row.cells[columnIndex.get(column)].textContent.trim();
let sort = '';
let order = 'asc';

form.hidden = false;
for (const button of document.querySelectorAll('button.copy')) button.hidden = false;

const list = (row, key) => (row.dataset[key] ? row.dataset[key].split(' ') : []);
const number = (text) => (text === '' || text === undefined ? null : Number(text));

function state() {
  const s = {};
  for (const key of KEYS) s[key] = form.elements[key].value.trim();
  return s;
}

function matches(row, s) {
  const d = row.dataset;
  if (s.q) {
    for (const word of s.q.toLowerCase().split(/\s+/)) if (!searchText.get(row).includes(word)) return false;
  }
  if (s.modality && !list(row, 'modalities').includes(s.modality)) return false;
  if (s.task && !list(row, 'tasks').includes(s.task)) return false;
  if (s.annotation && !list(row, 'annotations').includes(s.annotation)) return false;
  if (s.format && !list(row, 'formats').includes(s.format)) return false;
  if (s.access && d.access !== s.access) return false;
  if (s.license === 'commercial') {
    if (d.commercial !== 'true') return false;
  } else if (s.license && d.license !== s.license) return false;
  const year = number(d.year);
  if (s.from && (year === null || year < Number(s.from))) return false;
  if (s.to && (year === null || year > Number(s.to))) return false;
  const subjects = number(d.subjects);
  if (s.subjects && (subjects === null || subjects < Number(s.subjects))) return false;
  return true;
}

function compare(a, b) {
  if (sort) {
    let result;
    if (NUMERIC.has(sort)) {
      const x = number(a.dataset[sort]);
      const y = number(b.dataset[sort]);
      // Unknown figures go last whichever the direction.
      if (x === null || y === null) result = x === y ? 0 : x === null ? 1 : -1;
      else result = order === 'asc' ? x - y : y - x;
    } else {
      result = cellText(a, sort).localeCompare(cellText(b, sort), 'en', { sensitivity: 'base' });
      if (order === 'desc') result = -result;
    }
    if (result !== 0) return result;
  }
  return original.get(a) - original.get(b);
}

function query(s) {
  const params = new URLSearchParams();
  for (const key of KEYS) if (s[key]) params.set(key, s[key]);
  if (sort) params.set('sort', sort);
  if (sort && order === 'desc') params.set('order', 'desc');
  const text = params.toString();
  return text ? '?' + text : location.pathname.split('/').pop() || './';
}

function apply(writeUrl) {
  const s = state();
  let shown = 0;
  for (const row of [...rows].sort(compare)) {
    const visible = matches(row, s);
    row.hidden = !visible;
    detailsRow.get(row).hidden = !visible;
    if (visible) shown += 1;
    tbody.append(row, detailsRow.get(row));
  }
  count.textContent = shown === rows.length ? rows.length + ' datasets' : shown + ' of ' + rows.length + ' datasets';
  empty.hidden = shown !== 0;
  for (const th of headers) {
    if (th.dataset.column === sort) th.setAttribute('aria-sort', order === 'asc' ? 'ascending' : 'descending');
    else th.removeAttribute('aria-sort');
  }
  if (writeUrl) history.replaceState(null, '', query(s) + location.hash);
}

function readUrl() {
  const params = new URLSearchParams(location.search);
  for (const key of KEYS) {
    const field = form.elements[key];
    const value = params.get(key) || '';
    // A shared link may name a value no dataset has yet: keep it, so the view says what it asks.
    if (field.tagName === 'SELECT' && value && ![...field.options].some((o) => o.value === value)) field.add(new Option(value, value));
    field.value = value;
  }
  const column = params.get('sort') || '';
  sort = headers.some((th) => th.dataset.column === column) ? column : '';
  order = params.get('order') === 'desc' ? 'desc' : 'asc';
}

function openDetails(id) {
  const details = document.getElementById(id);
  if (details && details.tagName === 'DETAILS') details.open = true;
}

form.addEventListener('input', () => apply(true));
form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('reset', (event) => {
  event.preventDefault();
  for (const key of KEYS) form.elements[key].value = '';
  apply(true);
  form.elements.q.focus();
});
for (const th of headers) {
  th.querySelector('button').addEventListener('click', () => {
    const column = th.dataset.column;
    order = sort === column && order === 'asc' ? 'desc' : 'asc';
    sort = column;
    apply(true);
  });
}
window.addEventListener('popstate', () => {
  readUrl();
  apply(false);
});
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href^="#details-"]');
  if (link) openDetails(link.getAttribute('href').slice(1));
  const button = event.target.closest('button.copy');
  if (button) copy(button);
});

async function copy(button) {
  const entry = button.previousElementSibling;
  const text = entry.textContent;
  try {
    await navigator.clipboard.writeText(text);
    copied.textContent = 'BibTeX copied to the clipboard.';
  } catch {
    // Without clipboard access, select the entry so the reader can copy it by hand.
    const range = document.createRange();
    range.selectNodeContents(entry);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    copied.textContent = 'The BibTeX entry is selected: copy it with your keyboard.';
  }
}

readUrl();
apply(false);
if (location.hash.startsWith('#details-')) openDetails(location.hash.slice(1));
})();
`;
