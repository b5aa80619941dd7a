/** One table row of a README in the catalogue's format → the README-visible fields of a record, with notes. */
import type { Citation, Dataset, Size } from '../catalog/schema.js';
import { SAMPLE_UNITS, type AccessKindId, type FormatId, type ModalityId } from '../catalog/vocabularies.js';
import { parseLinkText } from '../fields/access.js';
import { parseCount } from '../fields/count.js';
import { formatCount } from '../fields/count.js';
import { parseFormats } from '../fields/formats.js';
import { isNotAvailable } from '../fields/na.js';
import { parseSize } from '../fields/size.js';
import { describeUrlProblem, doiFromUrl, httpsDoiUrl, splitGluedTitle, urlProblem } from '../fields/url.js';
import { parseSamples, SYNTHETIC_SUBJECTS } from '../fields/samples.js';
import { parseYear } from '../fields/year.js';
import type { Cell, LinkRef, Row } from '../readme/extract.js';
import type { Span } from '../report/message.js';
import { note, type ImportNote } from './notes.js';

/** The fields a README row shows; summary and the optional fields come from elsewhere. */
export type RowFields = Pick<Dataset, 'name' | 'modality' | 'subjects' | 'samples' | 'formats' | 'size' | 'year' | 'citations' | 'access'> &
  Partial<Pick<Dataset, 'sample_unit' | 'synthetic'>> & {
    /** References the Cite cell gives as text, with no link to read them by. */
    unlinkedCitations?: string[];
  };

export interface RowImport {
  readonly fields?: RowFields;
  readonly notes: ImportNote[];
  readonly span: Span;
}

export function importRow(row: Row, modality: ModalityId, now?: Date): RowImport {
  const notes: ImportNote[] = [];
  const nameCell = row.cell('dataset');
  const name = nameCell?.text ?? '';
  const say = (cell: Cell | { span: Span } | undefined, kind: ImportNote['kind'], field: string, message: string) =>
    notes.push(note(cell === undefined ? row.span : 'content' in cell ? cell.content : cell.span, name, kind, field, message));
  if (name === '') {
    say(nameCell, 'undecided', 'name', 'The row has no dataset name; it was skipped.');
    return { notes, span: row.span };
  }

  let ok = true;
  const fail = (cell: Cell | undefined, field: string, message: string) => {
    ok = false;
    say(cell, 'undecided', field, message);
  };

  const count = (key: 'subjects' | 'samples', text: string): number | null => {
    const cell = row.cell(key);
    const parsed = parseCount(text);
    if (parsed.ok) {
      if (cell !== undefined && text !== parsed.canonical) {
        say(cell, 'repair', key, `\`${text}\` written ${parsed.canonical}.`);
      }
      return parsed.value;
    }
    if (parsed.reason === 'malformed-groups') {
      const [guess, ...others] = parsed.guesses;
      const alternatives = others.map(formatCount).join(' or ');
      say(cell, 'guess', key, `\`${parsed.text}\` has malformed thousands groups; read as ${formatCount(guess!)}${alternatives ? ` (could also be ${alternatives})` : ''}. Check it against the source.`);
      return guess!;
    }
    fail(cell, key, `\`${parsed.text}\` is not a count; expected a whole number or N/A.`);
    return null;
  };
  // Simulated data has no patients: the Subjects column says so instead of giving a count.
  const subjectsText = row.cell('subjects')?.text ?? '';
  const synthetic = subjectsText.toLowerCase() === SYNTHETIC_SUBJECTS.toLowerCase();
  const subjects = synthetic ? null : count('subjects', subjectsText);
  // Nº Samples may carry its unit: "10,239 images".
  const samplesCell = row.cell('samples');
  const samplesRead = parseSamples(samplesCell?.text ?? '');
  if (samplesRead.unknownUnit !== undefined) {
    say(samplesCell, 'undecided', 'sample_unit', `\`${samplesRead.unknownUnit}\` is not a sample unit (${SAMPLE_UNITS.join(', ')}); left out.`);
  }
  const samples = count('samples', (samplesCell?.text ?? '').replace(/\s+[A-Za-z][A-Za-z ]*$/, ''));

  // Size and year: a cell that fits only the other's column means the two were swapped.
  const sizeCell = row.cell('size');
  const yearCell = row.cell('year');
  let sizeText = sizeCell?.text ?? '';
  let yearText = yearCell?.text ?? '';
  const sizeParse = parseSize(sizeText);
  const yearParse = parseYear(yearText, now);
  if (!sizeParse.ok && !yearParse.ok && parseYear(sizeText, now).ok && parseSize(yearText).ok) {
    say(sizeCell, 'repair', 'size, year', `Size \`${sizeText}\` and Year \`${yearText}\` were swapped; read as Size ${yearText}, Year ${sizeText}.`);
    [sizeText, yearText] = [yearText, sizeText];
  }
  let size: Size | null = null;
  const sizeRead = parseSize(sizeText);
  if (sizeRead.ok) {
    size = sizeRead.value;
    if (sizeRead.canonical !== sizeText && !(sizeRead.value !== null && sizeText.replace(/\s+/g, '') === sizeRead.canonical.replace(/\s+/g, ''))) {
      say(sizeCell, 'repair', 'size', `\`${sizeText}\` written ${sizeRead.canonical}.`);
    }
  } else {
    fail(sizeCell, 'size', `\`${sizeText}\` is not a size; expected a number and a unit (KB, MB, GB, TB) or N/A.`);
  }
  let year: number | null = null;
  const yearRead = parseYear(yearText, now);
  if (yearRead.ok) year = yearRead.value;
  else fail(yearCell, 'year', `\`${yearText}\` is not a plausible year (${yearRead.min}-${yearRead.max}).`);

  const formatCell = row.cell('format');
  const formatsRead = parseFormats(formatCell?.text ?? '');
  const formats: FormatId[] = formatsRead.formats;
  if (formatsRead.notAvailable && formatCell !== undefined && formatCell.text !== 'N/A') {
    say(formatCell, 'repair', 'formats', `\`${formatCell.text}\` written N/A (unknown).`);
  }
  for (const token of formatsRead.tokens) {
    if (token.ok && token.how !== 'exact') say(formatCell, 'repair', 'formats', `\`${token.token}\` written ${token.format}.`);
    if (!token.ok) {
      const why = token.reason === 'not-a-format' ? `is ${token.explanation}` : `is not a known file format${token.suggestion ? ` (did you mean ${token.suggestion}?)` : ''}`;
      say(formatCell, 'undecided', 'formats', `\`${token.token}\` ${why}; left out of formats. Fill in the real file format by hand.`);
    }
  }

  const citeCell = row.cell('cite');
  const citations: Citation[] = [];
  const unlinked: string[] = [];
  if (citeCell !== undefined && !(citeCell.links.length === 0 && isNotAvailable(citeCell.text))) {
    // A reference without a link ("Heath et al., IWDM 2000"): the record it came from may know it.
    let rest = citeCell.text;
    for (const link of citeCell.links) rest = rest.replace(link.text, '\u0000');
    unlinked.push(...rest.split(/\s*(?:\u0000|;)\s*/).map((t) => t.replace(/^[\s,]+|[\s,]+$/g, '')).filter((t) => t !== ''));
    citeCell.links.forEach((link, i) => {
      const url = repairUrl(link, `citations[${i}].url`, say);
      if (url === undefined) ok = false;
      else citations.push(citationFromLink(link.text, url));
    });
  }

  const accessCell = row.cell('access');
  const accessLink = accessCell?.links[0];
  let access: { kind: AccessKindId; url: string } | undefined;
  if (accessLink === undefined) {
    fail(accessCell, 'access', 'The access cell has no link; expected [Download here](url) or similar.');
  } else {
    const kind = parseLinkText(accessLink.text);
    const url = repairUrl(accessLink, 'access.url', say);
    if (!kind.ok) {
      fail(accessCell, 'access.kind', `Link text \`${accessLink.text}\` names no access kind; expected one of Download here, Register to download, Request permission, Contact the authors.`);
    } else {
      if (kind.how !== 'exact') say(accessLink, 'repair', 'access.kind', `Link text \`${accessLink.text}\` read as \`${kind.canonical}\` (access kind ${kind.kind}).`);
      if (url !== undefined) access = { kind: kind.kind, url };
    }
    if (url === undefined) ok = false;
  }

  if (!ok || access === undefined) return { notes, span: row.span };
  const fields: RowFields = { name, modality, subjects, samples, formats, size, year, citations, access };
  if (unlinked.length > 0) fields.unlinkedCitations = unlinked;
  if (samplesRead.unit !== undefined) fields.sample_unit = samplesRead.unit;
  if (synthetic) fields.synthetic = true;
  return { fields, notes, span: row.span };
}

/** The URL of a link with the repairs that can be proven: a glued-on title cut off, http://doi.org upgraded. */
function repairUrl(link: LinkRef, field: string, say: (at: { span: Span }, kind: ImportNote['kind'], field: string, message: string) => void): string | undefined {
  let url = link.url.trim();
  const glued = splitGluedTitle(url);
  if (glued !== undefined) {
    say(link, 'repair', field, `Removed the title glued onto the URL by an underscore: \`${glued.glued}\`.`);
    url = glued.url;
  }
  const upgraded = httpsDoiUrl(url);
  if (upgraded !== undefined) {
    say(link, 'repair', field, `\`${url}\` upgraded to https (doi.org serves every DOI over https).`);
    url = upgraded;
  }
  const problem = urlProblem(url);
  if (problem !== undefined) {
    say(link, 'undecided', field, `${describeUrlProblem(problem, url)}.`);
    return undefined;
  }
  return url;
}

/** DOI prefixes of data repositories: a citation of one of their DOIs is a dataset. */
const DATA_REPOSITORY_PREFIXES = ['10.7937/', '10.5281/', '10.13026/', '10.17632/', '10.6084/', '10.5524/'];

/**
 * A citation as a table cell gives it: its link, and its text as the title. What kind of work it is
 * follows from the link (a data repository's DOI, a preprint server); anything else is an article.
 */
export function citationFromLink(text: string, url: string): Citation {
  const doi = doiFromUrl(url);
  const preprint = /arxiv\.org\/|medrxiv\.org\/|biorxiv\.org\//i.test(url) || doi?.startsWith('10.1101/') === true;
  const type: Citation['type'] = doi !== undefined && DATA_REPOSITORY_PREFIXES.some((p) => doi.toLowerCase().startsWith(p)) ? 'dataset' : preprint ? 'preprint' : 'article';
  return doi !== undefined ? { type, title: text, doi } : { type, title: text, url };
}
