/**
 * The questions `new-dataset` asks, one per record field, each answer read with the same field
 * parsers the importer and the linter use, so "22 032", "JPG" or "Downnload here" mean the same.
 */
import { SOURCED_FIELDS, type Author, type Size } from '../catalog/schema.js';
import { parseLicence } from '../fields/licence.js';
import { doiFromUrl } from '../fields/url.js';
import {
  ACCESS_KINDS,
  ANNOTATIONS,
  ANNOTATION_IDS,
  ANY_MODALITY_IDS,
  CITATION_TYPES,
  MODALITIES,
  OTHER_MODALITIES,
  SAMPLE_UNITS,
  TASKS,
  type AccessKindId,
  type AnnotationId,
  type AnyModalityId,
  type CitationType,
  type FormatId,
  LICENCE_IDS,
  type LicenceId,
  type ModalityId,
  type SampleUnit,
} from '../catalog/vocabularies.js';
import { parseCount } from '../fields/count.js';
import { parseFormats } from '../fields/formats.js';
import { parseSize } from '../fields/size.js';
import { closest } from '../fields/suggest.js';
import { describeUrlProblem, urlProblem } from '../fields/url.js';
import { parseYear } from '../fields/year.js';

export type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Answer<T> => ({ ok: true, value });
const no = (error: string): Answer<never> => ({ ok: false, error });

export function readText(text: string): Answer<string> {
  const value = text.trim().replace(/\s+/g, ' ');
  return value === '' ? no('an answer is required') : ok(value);
}

export function readModality(text: string): Answer<ModalityId> {
  const wanted = text.trim().toLowerCase();
  const found = MODALITIES.find((m) => [m.id, m.short, m.display].some((n) => n.toLowerCase() === wanted));
  if (found !== undefined) return ok(found.id);
  const near = closest(wanted, MODALITIES.map((m) => m.id));
  return no(`expected one of ${MODALITIES.map((m) => m.id).join(', ')}${near ? `; did you mean ${near}?` : ''}`);
}

export function readCount(text: string): Answer<number | null> {
  const parsed = parseCount(text);
  if (parsed.ok) return ok(parsed.value);
  return no(parsed.reason === 'malformed-groups' ? `\`${parsed.text}\` has malformed thousands groups` : 'expected a whole number, or N/A when unknown');
}

export function readFormats(text: string): Answer<FormatId[]> {
  const parsed = parseFormats(text);
  const bad = parsed.tokens.find((t) => !t.ok);
  if (bad !== undefined && !bad.ok) {
    return no(bad.reason === 'not-a-format' ? `\`${bad.token}\` is ${bad.explanation}` : `\`${bad.token}\` is not a known file format${bad.suggestion ? `; did you mean ${bad.suggestion}?` : ''}`);
  }
  return ok(parsed.formats);
}

export function readSize(text: string): Answer<Size | null> {
  const parsed = parseSize(text);
  return parsed.ok ? ok(parsed.value) : no('expected a number and a unit (KB, MB, GB, TB), such as 22.86 GB, or N/A');
}

export function readYear(text: string, now?: Date): Answer<number | null> {
  const parsed = parseYear(text, now);
  return parsed.ok ? ok(parsed.value) : no(`expected a year from ${parsed.min} to ${parsed.max}, or N/A`);
}

export function readUrl(text: string): Answer<string> {
  const url = text.trim();
  const problem = urlProblem(url);
  return problem === undefined ? ok(url) : no(describeUrlProblem(problem, url));
}

export function readAccessKind(text: string): Answer<AccessKindId> {
  const wanted = text.trim().toLowerCase();
  const found = ACCESS_KINDS.find((k) => k.id === wanted || k.linkText.toLowerCase() === wanted);
  if (found !== undefined) return ok(found.id);
  const near = closest(wanted, ACCESS_KINDS.map((k) => k.id));
  return no(`expected one of ${ACCESS_KINDS.map((k) => k.id).join(', ')}${near ? `; did you mean ${near}?` : ''}`);
}

/** A list of vocabulary words ("segmentation, classification"); an empty answer is an empty list. */
function readList<T extends string>(vocabulary: readonly T[], what: string, aliases: Readonly<Record<string, T>> = {}): (text: string) => Answer<T[]> {
  return (text) => {
    const words = text.split(/\s*[,;]\s*/).map((w) => w.trim()).filter((w) => w !== '');
    const read: T[] = [];
    for (const word of words) {
      const key = word.toLowerCase().replace(/\s+/g, '-');
      const found = vocabulary.find((v) => v.toLowerCase() === key) ?? aliases[word.toLowerCase()];
      if (found === undefined) {
        const near = closest(key, vocabulary);
        return no(`\`${word}\` is not a ${what} (${vocabulary.join(', ')})${near ? `; did you mean ${near}?` : ''}`);
      }
      if (!read.includes(found)) read.push(found);
    }
    return ok(read);
  };
}

export const readTasks = readList(TASKS, 'task');
export const readAnnotations = readList(ANNOTATION_IDS, 'kind of annotation', Object.fromEntries(ANNOTATIONS.map((a) => [a.label.toLowerCase(), a.id])) as Record<string, AnnotationId>);
export const readSampleUnit = (text: string): Answer<SampleUnit> => {
  const read = readList(SAMPLE_UNITS, 'sample unit')(text);
  if (!read.ok) return read;
  return read.value.length === 1 ? ok(read.value[0]!) : no(`expected one of ${SAMPLE_UNITS.join(', ')}`);
};

export function readOtherModalities(text: string): Answer<AnyModalityId[]> {
  return readList(ANY_MODALITY_IDS, 'modality', Object.fromEntries([...MODALITIES, ...OTHER_MODALITIES].flatMap((m) => [[m.short.toLowerCase(), m.id], [m.display.toLowerCase(), m.id]])) as Record<string, AnyModalityId>)(text);
}

export function readYesNo(text: string): Answer<boolean> {
  const word = text.trim().toLowerCase();
  if (['y', 'yes', 'true'].includes(word)) return ok(true);
  if (['', 'n', 'no', 'false'].includes(word)) return ok(false);
  return no('expected yes or no');
}

/** A licence: an SPDX identifier however it is spelt ("CC BY 4.0" is CC-BY-4.0), else the name of another licence. */
export function readLicence(text: string): Answer<LicenceId | string> {
  const name = text.trim().replace(/\s+/g, ' ');
  if (name === '') return no('an answer is required');
  return ok(parseLicence(name) ?? name);
}

/** A DOI as people paste it: 10.1038/..., doi:10.1038/..., or its https://doi.org/ link. */
export function readDoi(text: string): Answer<string> {
  const raw = text.trim().replace(/^doi:\s*/i, '');
  const doi = /^https?:\/\//i.test(raw) ? doiFromUrl(raw.replace(/^http:/i, 'https:')) : raw;
  return doi !== undefined && /^10\.\d{4,9}\/\S+$/.test(doi) ? ok(doi) : no('expected a DOI such as 10.1038/s41597-024-02984-z, or its https://doi.org/ link');
}

export function readCitationType(text: string): Answer<CitationType> {
  const read = readList(CITATION_TYPES, 'kind of work')(text);
  if (!read.ok) return read;
  return read.value.length === 1 ? ok(read.value[0]!) : no(`expected one of ${CITATION_TYPES.join(', ')}`);
}

/** Authors as "Family, Given; Family, Given"; a name without a comma is a consortium, written as it is. */
export function readAuthors(text: string): Answer<Author[]> {
  const names = text.split(';').map((n) => n.trim()).filter((n) => n !== '');
  if (names.length === 0) return no('expected at least one author, as "Family, Given; Family, Given"');
  return ok(
    names.map((name): Author => {
      const comma = name.indexOf(',');
      if (comma < 0) return { literal: name };
      const family = name.slice(0, comma).trim();
      const given = name.slice(comma + 1).trim();
      return given === '' ? { family } : { family, given };
    }),
  );
}

/** The fields an evidence quote backs ("subjects, samples"). */
export const readSupports = readList(SOURCED_FIELDS, 'field a quote can back');

/** The SPDX identifiers of the vocabulary, to tell one from the name of another licence. */
export const LICENCE_ID_SET: ReadonlySet<string> = new Set(LICENCE_IDS);
