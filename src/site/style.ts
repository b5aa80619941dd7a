/**
 * The finder page's stylesheet, inlined into site/index.html. System fonts only, so the page asks no
 * other host for anything; light and dark schemes follow the reader's setting, every pair of
 * foreground and background colours keeps a contrast of at least 4.5:1.
 */
export const SITE_STYLE = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1b1b; --muted: #4f4f4f; --line: #c9c9c9; --panel: #f3f4f6;
  --link: #0b57d0; --visited: #6a1b9a; --focus: #b3261e; --accent-bg: #e8eefc;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121417; --fg: #e9e9e9; --muted: #b9b9b9; --line: #4a4d52; --panel: #1d2025;
    --link: #8ab4f8; --visited: #d7aefb; --focus: #ffb4a9; --accent-bg: #23304a;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header, main, footer { max-width: 86rem; margin: 0 auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; margin: 1.2rem 0 0.4rem; }
h2 { font-size: 1.25rem; margin: 1rem 0 0.5rem; }
h3 { font-size: 1rem; margin: 1rem 0 0.3rem; }
a { color: var(--link); }
a:visited { color: var(--visited); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999rem; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: 0.5rem; z-index: 1; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
#filters { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 0 1rem 0.5rem; }
.fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 0.6rem 1rem; }
.field { display: flex; flex-direction: column; }
.field.wide { grid-column: 1 / -1; }
.field small { color: var(--muted); }
label { font-weight: 600; font-size: 0.9rem; }
input, select, button { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--muted); border-radius: 4px; padding: 0.3rem 0.45rem; }
button { cursor: pointer; }
.actions { margin: 0.6rem 0 0; }
#count { font-weight: 600; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { text-align: left; color: var(--muted); padding-bottom: 0.4rem; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--panel); white-space: nowrap; }
thead th button { border: 0; background: none; padding: 0; font-weight: 700; }
thead th[aria-sort="ascending"] .arrow::after { content: " \\2191"; }
thead th[aria-sort="descending"] .arrow::after { content: " \\2193"; }
td.num { text-align: right; white-space: nowrap; }
tbody th { font-weight: 600; }
tr.details > td { border-bottom: 2px solid var(--line); padding-top: 0; }
tr[data-dataset-id] > * { border-bottom: 0; }
details > summary { cursor: pointer; color: var(--muted); font-size: 0.9rem; }
details[open] { background: var(--panel); border-radius: 6px; padding: 0.2rem 0.8rem 0.6rem; }
details[open] > summary { color: var(--fg); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0; }
dt { font-weight: 600; }
dd { margin: 0; }
.also, .unsourced { color: var(--muted); font-size: 0.85rem; }
blockquote { margin: 0.2rem 0; padding-left: 0.7rem; border-left: 3px solid var(--line); white-space: pre-line; }
.citations, .sources { padding-left: 1.2rem; }
.citations li, .sources li { margin-bottom: 0.6rem; }
.citations p, .sources p { margin: 0.2rem 0; }
pre.bib { background: var(--bg); border: 1px solid var(--line); padding: 0.5rem; font-size: 0.8rem; white-space: pre-wrap; overflow-wrap: anywhere; }
footer { color: var(--muted); margin-top: 2rem; padding-bottom: 2rem; }
`;
