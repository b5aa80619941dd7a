/**
 * data/README.md: what each export holds, the CSV's columns (from columns.ts) and the derived JSON
 * values (from derive.ts). The prose is Markdown parsed with the project's parser; the tables are
 * built as mdast; remark-stringify writes the whole, so every cell is escaped by construction.
 */
import { posix } from 'node:path';
import type { PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { parseMarkdown } from '../readme/parse.js';
import { COLUMNS, columnDescription } from './columns.js';
import { DERIVED_FIELDS } from './derive.js';

export interface ExportFile {
  readonly path: string;
  readonly title: string;
  readonly description: string;
}

export const DATA_README_PATH = 'data/README.md';

const stringifier = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, { bullet: '-', fences: true, listItemIndent: 'one', rule: '-' })
  .freeze();

export function dataReadme(files: readonly ExportFile[]): string {
  const link = (file: ExportFile) => posix.relative(posix.dirname(DATA_README_PATH), file.path);
  const root: Root = {
    type: 'root',
    children: [
      ...blocks(`# Exports of the catalogue

These files hold the catalogue in forms made for research: to filter it, to load it into a
notebook and to cite the papers. \`npm run build-readme\` writes them, with the README, from the
records in \`datasets/\`: edit the records, never these files. \`npm run build-readme -- --check\`
fails when they are out of date. The files list the datasets in the README's order (modality,
then name), and the same records always give the same bytes.`),
      heading('Files'),
      table(
        ['File', 'What it holds'],
        files.map((file) => [[{ type: 'link', url: link(file), children: [{ type: 'inlineCode', value: link(file) }] }], inline(file.description)]),
      ),
      heading('datasets.csv'),
      ...blocks(`[RFC 4180](https://www.rfc-editor.org/rfc/rfc4180) CSV: UTF-8 without a byte order mark,
a header row, one row per dataset, comma separators, a field in double quotes when it holds a
comma, a double quote or a line break (its double quotes doubled), and CRLF after every row, as
the RFC specifies. Every CSV reader accepts it; in a spreadsheet, import it as UTF-8 (for example
*Data → From Text/CSV*) so that accents and signs such as × show right.

An empty field means unknown (or, for a list, none). Lists are joined by \`;\`. Numbers are plain
digits with a \`.\` decimal point, booleans are \`true\` or \`false\`.
[\`datasets.schema.json\`](datasets.schema.json) is the [Frictionless Table
Schema](https://specs.frictionlessdata.io/table-schema/) of the file: each column's type,
description and allowed values.

\`\`\`python
import pandas as pd

# keep_default_na=False: only an empty field is missing, never a name such as "NA".
df = pd.read_csv("data/datasets.csv", keep_default_na=False, na_values=[""])
mri = df[df["modality"] == "mri"].sort_values("size_bytes")
\`\`\``),
      table(
        ['Column', 'Type', 'Description'],
        COLUMNS.map((column) => [[{ type: 'inlineCode', value: column.name }], [{ type: 'text', value: column.type }], inline(columnDescription(column))]),
      ),
      heading('datasets.json'),
      ...blocks(`\`{"datasets": [...]}\`, one entry per dataset. An entry is the record exactly as validated
against the record schema (\`schema/dataset.schema.json\`), keys in the schema's order and
unknown values \`null\`, plus one key of its own, \`derived\`, for the values computed from the
record. Remove \`derived\` and the record validates again.`),
      table(
        ['Derived value', 'Meaning'],
        DERIVED_FIELDS.map((field) => [[{ type: 'inlineCode', value: field.name }], inline(field.description)]),
      ),
      heading('datasets.jsonld'),
      ...blocks(`A [schema.org](https://schema.org/) \`DataCatalog\` whose \`dataset\` list holds one \`Dataset\` per record,
in JSON-LD with the schema.org context (\`"@context": "https://schema.org/"\`). Each \`Dataset\` has
\`name\`, \`description\` (the summary), \`url\` (where the data is obtained), \`datePublished\`
(the year), \`measurementTechnique\` (the modalities' names) and \`conditionsOfAccess\` (the access
kind, in words). It has \`identifier\` (a doi.org link) when the dataset's DOI is known,
\`citation\` (a \`CreativeWork\` per paper, with \`name\` and \`url\`) when there are papers,
\`encodingFormat\` and \`contentSize\` (such as "22.86 GB") when known, \`license\` (a
\`CreativeWork\` named by the licence) when recorded, and \`isAccessibleForFree: true\` only for
direct downloads: registration or a request may come with conditions the record does not state.`),
      heading('citations.bib'),
      ...blocks(`BibTeX, one \`@misc\` entry per citation of each dataset, with \`title\`, \`url\`, \`doi\` (when the
link is a doi.org link) and a \`note\` naming the dataset. The records know a title and a link but
not authors or venue, hence \`@misc\`: complete an entry from its DOI before publishing. Keys are
\`<dataset id>-<n>\`, the dataset's n-th citation (\`cbis-ddsm-1\`); a key changes only when that
dataset's own citations are reordered. A paper cited for two datasets appears under both keys, with
the same DOI. TeX's special characters are escaped; accents and other signs are kept as UTF-8,
which biber and LaTeX read as is. Titles are braced so styles keep their capitals. Styles that
print \`url\` and \`doi\` (biblatex, natbib's \`plainnat\`) show the links; the classic \`plain\` style
does not.`),
    ],
  };
  return stringifier.stringify(root);
}

function blocks(markdown: string): RootContent[] {
  return parseMarkdown(markdown).children;
}

/** The phrasing content of a one-paragraph Markdown text. */
function inline(markdown: string): PhrasingContent[] {
  const [first, ...rest] = parseMarkdown(markdown).children;
  if (first?.type !== 'paragraph' || rest.length > 0) throw new Error(`not a one-paragraph text: ${markdown}`);
  return first.children;
}

function heading(text: string): RootContent {
  return { type: 'heading', depth: 2, children: [{ type: 'text', value: text }] };
}

function table(header: readonly string[], rows: readonly PhrasingContent[][][]): Table {
  const row = (cells: readonly PhrasingContent[][]) => ({
    type: 'tableRow' as const,
    children: cells.map((children): TableCell => ({ type: 'tableCell', children })),
  });
  return { type: 'table', children: [row(header.map((text) => [{ type: 'text', value: text }])), ...rows.map(row)] };
}
