/**
 * Imports the records of a README in the catalogue's format. Repairs only what it can prove and
 * notes each repair, each guess and each thing left undecided, row by row.
 */
import { orderFields, type Dataset } from '../catalog/schema.js';
import { validateRecord } from '../catalog/validate-record.js';
import { extractReadme } from '../readme/extract.js';
import { headerFor } from '../readme/columns.js';
import { parseMarkdown } from '../readme/parse.js';
import { MODALITIES, type ModalityId } from '../catalog/vocabularies.js';
import { SYNTHETIC } from '../fields/synthetic.js';
import { deriveId } from '../catalog/id.js';
import { normalizeName } from '../fields/name.js';
import { urlIdentity } from '../fields/url.js';
import { note, type ImportNote } from './notes.js';
import { importRow, type RowFields } from './row.js';
import { matchSummaries } from './summaries.js';
import { readDetails } from './details.js';
import { shortReference, workIdentity } from '../fields/citation.js';
import { licenceLabel } from '../fields/licence.js';

export interface ImportResult {
  /** Records that are complete and valid, in README order. */
  readonly records: Dataset[];
  readonly notes: ImportNote[];
  /** Rows that could not become a valid record (their notes say why). */
  readonly failed: number;
}

export interface ImportOptions {
  /** Records already in datasets/, by id: fields the README does not show are kept from them. */
  readonly existing?: ReadonlyMap<string, Dataset>;
  readonly now?: Date;
}

/** Fields a README does not show, or shows only in part; kept from an existing record on re-import. */
const KEPT_FIELDS = ['other_modalities', 'synthetic', 'updated', 'version', 'notes', 'evidence'] as const;

export function importReadme(text: string, options: ImportOptions = {}): ImportResult {
  const document = extractReadme(parseMarkdown(text));
  const notes: ImportNote[] = [];
  const rows: { fields: RowFields; line: number }[] = [];
  let failed = 0;

  for (const section of document.sections) {
    if (section.tables.length === 0) continue;
    if (section.modality === undefined) {
      notes.push(note(section.heading.span, '', 'undecided', 'modality', `Heading \`${section.heading.text}\` names no modality (${MODALITIES.map((m) => m.display).join(', ')}); its table was skipped.`));
      continue;
    }
    for (const table of section.tables) {
      table.columns.forEach((key, i) => {
        const cell = table.header.cells[i]!;
        if (key === undefined) notes.push(note(cell.content, '', 'undecided', 'table', `Column \`${cell.text}\` is not part of the catalogue; its cells were ignored.`));
        else if (cell.text !== headerFor(key)) notes.push(note(cell.content, '', 'repair', 'table', `Header \`${cell.text}\` read as \`${headerFor(key)}\`.`));
      });
      for (const row of table.rows) {
        const imported = importRow(row, section.modality as ModalityId, options.now);
        notes.push(...imported.notes);
        if (imported.fields === undefined) failed += 1;
        else rows.push({ fields: imported.fields, line: imported.span.start.line });
      }
    }
  }

  // Summaries live in the dataset sections; bullets elsewhere (contributing, contact) are prose.
  const allBullets = document.sections.filter((s) => s.modality !== undefined).flatMap((s) => s.summaries);
  const matching = matchSummaries(rows.map((r) => r.fields.name), allBullets);
  for (const { bullet, part } of matching.unmatched) {
    notes.push(note(bullet.labelSpan, '', 'undecided', 'summary', `Summary \`${part}\` names no dataset in the tables; it was not imported.`));
  }

  const records: Dataset[] = [];
  const ids = new Set<string>();
  const existingByName = new Map([...(options.existing?.values() ?? [])].map((d) => [normalizeName(d.name), d]));
  const existingByUrl = new Map([...(options.existing?.values() ?? [])].map((d) => [urlIdentity(d.access.url), d]));
  for (const row of rows) {
    const { fields } = row;
    const span = { start: { line: row.line, column: 1 }, end: { line: row.line, column: 1 } };
    const say = (kind: ImportNote['kind'], field: string, message: string) => notes.push(note(span, fields.name, kind, field, message));
    const matches = matching.byName.get(fields.name) ?? [];
    const match = matches[0];
    if (match === undefined) {
      say('undecided', 'summary', 'No summary bullet names this dataset; the record was not written. Add a summary.');
      failed += 1;
      continue;
    }
    if (matches.length > 1) say('undecided', 'summary', `Several summaries name this dataset (${matches.map((m) => `\`${m.bullet.label}\``).join(', ')}); the first was used.`);
    if (match.how !== 'exact' || match.part !== match.bullet.label) {
      const how = { exact: 'by name', acronym: 'by its acronym', prefix: 'by the start of its name', words: 'by the words of its name' }[match.how];
      say(match.how === 'exact' || match.how === 'acronym' ? 'repair' : 'guess', 'summary', `Summary \`${match.bullet.label}\` (line ${match.bullet.span.start.line}) matched ${how}${match.part !== match.bullet.label ? ` through \`${match.part}\`` : ''}.`);
    }

    // A dataset the catalogue already has keeps its record's id, found by name or by access link.
    const known = existingByName.get(normalizeName(fields.name)) ?? existingByUrl.get(urlIdentity(fields.access.url));
    let id = known?.id ?? deriveId(fields.name);
    if (ids.has(id)) {
      let n = 2;
      while (ids.has(`${id}-${n}`)) n += 1;
      say('guess', 'id', `Id \`${id}\` is taken by another row; used \`${id}-${n}\`.`);
      id = `${id}-${n}`;
    }
    ids.add(id);

    const { unlinkedCitations = [], ...shown } = fields;
    const record: Dataset = { id, ...shown, summary: match.bullet.text, evidence: [] };
    const details = match.bullet.details === undefined ? {} : readDetails(match.bullet.details.text);
    const previous = options.existing?.get(id);
    // A named licence (no SPDX identifier) reads back as the record's own.
    const keepsLicence = previous?.license !== undefined && details.licenceText === licenceLabel(previous.license);
    for (const problem of details.problems ?? []) if (!(keepsLicence && problem.field === 'license')) say('undecided', problem.field, problem.message);
    if (previous !== undefined) {
      for (const key of KEPT_FIELDS) if (previous[key] !== undefined) (record as Record<string, unknown>)[key] = previous[key];
      // A citation the table links to, known to the record, keeps what the table cannot show: authors, journal, year.
      record.citations = record.citations.map((c) => previous.citations.find((p) => workIdentity(p) === workIdentity(c)) ?? c);
      // A reference shown without a link is the record's own when its short form reads the same.
      const kept = previous.citations.filter((p) => unlinkedCitations.includes(shortReference(p)));
      record.citations = previous.citations.filter((p) => kept.includes(p) || record.citations.includes(p)).concat(record.citations.filter((c) => !previous.citations.includes(c)));
      for (const text of unlinkedCitations.filter((t) => !kept.some((p) => shortReference(p) === t))) say('undecided', 'citations', `Citation \`${text}\` has no link and is not in the record; add it to the record with its authors, year and DOI.`);
      for (const key of ['tasks', 'annotations', 'license'] as const) if (details[key] === undefined && previous[key] !== undefined) (record as Record<string, unknown>)[key] = previous[key];
    } else {
      for (const text of unlinkedCitations) say('undecided', 'citations', `Citation \`${text}\` has no link; add it to the record with its authors, year and DOI.`);
      guessExtras(record, say);
    }
    if (details.tasks !== undefined) record.tasks = details.tasks;
    if (details.annotations !== undefined) record.annotations = details.annotations;
    if (details.license !== undefined) record.license = details.license;
    const { problems } = validateRecord(orderFields(record));
    if (problems.length > 0) {
      for (const problem of problems) say('undecided', problem.path.join('.'), problem.message);
      failed += 1;
      continue;
    }
    records.push(orderFields(record));
  }
  notes.sort((a, b) => a.line - b.line || a.column - b.column);
  return { records, notes, failed };
}

const MODALITY_WORDS: Record<ModalityId, RegExp> = {
  ultrasound: /\b(ultrasound|sonograph\w*|USG)\b/i,
  dbt: /\b(DBT|tomosynthesis)\b/i,
  mammography: /\bmammogra\w*/i,
  mri: /\bMRI\b/i,
  histopathology: /\b(histopatholog\w*|WSIs?)\b/i,
};

/** Facts a README states only in prose; read from the name and summary, and always reported as guesses. */
function guessExtras(record: Dataset, say: (kind: ImportNote['kind'], field: string, message: string) => void): void {
  const prose = `${record.name} ${record.summary}`;
  const synthetic = SYNTHETIC.exec(prose);
  if (synthetic !== null) {
    record.synthetic = true;
    say('guess', 'synthetic', `Marked synthetic: the name or summary says \`${synthetic[0]}\`.`);
    // Simulated data has no patients: a count in Subjects is kept in the notes, not as subjects.
    if (record.subjects !== null) {
      if (record.subjects > 0) record.notes = `The README gave ${record.subjects} subjects for this simulated data.`;
      say('repair', 'subjects', `Subjects ${record.subjects} of simulated data written as unknown (null)${record.subjects > 0 ? '; the count is kept in notes' : ''}.`);
      record.subjects = null;
    }
  }
  const others = (Object.keys(MODALITY_WORDS) as ModalityId[]).filter((m) => m !== record.modality && MODALITY_WORDS[m].test(record.summary));
  if (others.length > 0) {
    record.other_modalities = others;
    say('guess', 'other_modalities', `Also lists ${others.join(', ')}: the summary mentions it.`);
  }
}
