/**
 * Schema validation of one record, with messages a contributor can act on: the field, what was
 * expected, what was found, and a did-you-mean for misspelt field names and vocabulary values.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { AccessSchema, CitationSchema, DatasetSchema, EvidenceSchema, FIELD_ORDER, NamedLicenceSchema, SizeSchema, SOURCED_FIELDS, type Dataset } from './schema.js';
import {
  ACCESS_KIND_IDS,
  ANNOTATION_IDS,
  ANY_MODALITY_IDS,
  CITATION_TYPES,
  LICENCE_IDS,
  MIN_YEAR,
  MODALITY_IDS,
  SAMPLE_UNITS,
  SIZE_UNITS,
  TASKS,
} from './vocabularies.js';
import { parseCount } from '../fields/count.js';
import { isNotAvailable } from '../fields/na.js';
import { parseSize } from '../fields/size.js';
import { maxPlausibleYear } from '../fields/year.js';
import { parseLicence } from '../fields/licence.js';
import { parseFormatToken } from '../fields/formats.js';
import { closest, didYouMean } from '../fields/suggest.js';
import { describeUrlProblem, urlProblem } from '../fields/url.js';

export interface FieldProblem {
  path: (string | number)[];
  /** Point at the key rather than the value (unknown fields). */
  at: 'key' | 'value';
  message: string;
}

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  // The schema is the project's own, checked against the JSON Schema meta-schema by the tests
  // (tests/cli/cli.test.ts compiles the written schema with Ajv's defaults); checking it again on
  // every run would compile the meta-schema first, two thirds of the start-up cost of validation.
  compiled ??= new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, validateSchema: false }).compile(DatasetSchema);
  return compiled;
}

export function validateRecord(value: unknown, now?: Date): { record?: Dataset; problems: FieldProblem[] } {
  const validate = validator();
  if (validate(value)) return { record: value as Dataset, problems: [] };
  return { problems: describeErrors(validate.errors ?? [], value, now) };
}

function describeErrors(errors: readonly ErrorObject[], root: unknown, now?: Date): FieldProblem[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    // Unknown and missing fields are reported on their own; all else is grouped per field.
    const key =
      error.keyword === 'additionalProperties' || error.keyword === 'required'
        ? `${error.instancePath}\u0000${error.keyword}\u0000${JSON.stringify(error.params)}`
        : error.instancePath;
    byPath.set(key, [...(byPath.get(key) ?? []), error]);
  }
  const problems: FieldProblem[] = [];
  const paths = [...byPath.values()].map((g) => g[0]!.instancePath);
  for (const group of byPath.values()) {
    // A union (count or null, size or null) fails as a whole when a field inside it fails: keep the inner one.
    if (group[0]!.keyword !== 'additionalProperties' && group[0]!.keyword !== 'required' && paths.some((p) => p.startsWith(`${group[0]!.instancePath}/`))) continue;
    const first = group[0]!;
    const path = pointerToPath(first.instancePath);
    const found = valueAt(root, path);
    if (first.keyword === 'additionalProperties') {
      const name = String((first.params as { additionalProperty: string }).additionalProperty);
      const parent = path.length === 0 ? FIELD_ORDER : allowedKeys(path);
      problems.push({
        path: [...path, name],
        at: 'key',
        message: `Unknown field \`${name}\`${where(path)}.${didYouMean(name, parent)}${path.length === 0 ? ` Allowed fields: ${FIELD_ORDER.join(', ')}.` : ''}`,
      });
    } else if (first.keyword === 'required') {
      const name = String((first.params as { missingProperty: string }).missingProperty);
      problems.push({ path, at: 'key', message: `Missing field \`${[...path, name].map(String).join('.')}\`: expected ${expectation([...path, name], now)}.` });
    } else if (path.length === 0) {
      problems.push({ path, at: 'value', message: `A record is a mapping of fields (id, name, modality, ...), found ${describe(found)}.` });
    } else {
      problems.push({ path, at: 'value', message: `${fieldName(path)}: expected ${expectation(path, now)}, found ${describe(found)}.${suggestion(path, found)}` });
    }
  }
  return problems;
}

/** What a field must hold, in words. */
function expectation(path: readonly (string | number)[], now?: Date): string {
  const field = path.filter((p) => typeof p === 'string').join('.');
  const item = typeof path.at(-1) === 'number';
  switch (field) {
    case 'id':
      return 'a lower-case kebab-case identifier such as `cbis-ddsm`, equal to the file name';
    case 'name':
    case 'summary':
    case 'notes':
    case 'version':
    case 'citations.title':
    case 'citations.container':
    case 'citations.container_short':
    case 'citations.authors.family':
    case 'citations.authors.given':
    case 'citations.authors.literal':
    case 'license.name':
      return 'one line of text with no URL or e-mail address in it (links belong in citations, access and evidence)';
    case 'modality':
      return `one of ${MODALITY_IDS.join(', ')}`;
    case 'other_modalities':
      return item ? `one of ${ANY_MODALITY_IDS.join(', ')}` : 'a list of other modalities, such as [mri]';
    case 'subjects':
    case 'samples':
      return 'a whole number >= 0, or null when unknown';
    case 'sample_unit':
      return `one of ${SAMPLE_UNITS.join(', ')}`;
    case 'formats':
      return item ? 'a file format in canonical spelling (DICOM, PNG, JPEG, TIFF, ...)' : 'a list of distinct file formats, [] when unknown';
    case 'size':
      return 'a mapping {value, unit}, or null when unknown';
    case 'size.value':
      return 'a number > 0';
    case 'size.unit':
      return `one of ${SIZE_UNITS.join(', ')}`;
    case 'year':
      return `a year from ${MIN_YEAR} to ${maxPlausibleYear(now)}, or null when unknown`;
    case 'updated':
    case 'citations.year':
      return `a year from ${MIN_YEAR} to ${maxPlausibleYear(now)}`;
    case 'tasks':
      return item ? `one of ${TASKS.join(', ')}` : 'a non-empty list of distinct tasks';
    case 'annotations':
      return item ? `one of ${ANNOTATION_IDS.join(', ')}` : 'a list of distinct annotations, [] when there are none';
    case 'license':
      return 'an SPDX identifier such as CC-BY-4.0, or {name, url} for a licence SPDX does not list';
    case 'citations':
      return item ? 'a mapping {type, title, authors, container, year, doi or url}' : 'a list of {type, title, authors, year, ...}, [] when there is none';
    case 'citations.type':
      return `one of ${CITATION_TYPES.join(', ')}`;
    case 'citations.authors':
      return item ? 'an author: {family, given} or {literal} for a consortium' : 'a list of authors, such as [{family: Lee, given: Rebecca}]';
    case 'citations.doi':
      return 'a DOI such as 10.7937/tcia.eqde-4b16, without https://doi.org/';
    case 'citations.pmid':
      return 'a PubMed identifier: digits only, as text ("29257132")';
    case 'citations.arxiv':
      return 'an arXiv identifier such as 1808.04277';
    case 'citations.volume':
    case 'citations.issue':
    case 'citations.pages':
      return 'text, such as "4" (quote a number)';
    case 'citations.url':
    case 'access.url':
    case 'evidence.url':
    case 'license.url':
      return 'an absolute http(s) URL';
    case 'access':
      return 'a mapping {kind, url}';
    case 'access.kind':
      return `one of ${ACCESS_KIND_IDS.join(', ')}`;
    case 'synthetic':
      return 'true or false';
    case 'evidence':
      return item ? 'a mapping {url, quote, supports}' : 'a list of {url, quote, supports}, [] when there is none yet';
    case 'evidence.quote':
      return 'the exact words on the page, as text';
    case 'evidence.supports':
      return item ? `a field a quote can back: ${SOURCED_FIELDS.join(', ')}` : 'a list of the fields the quote backs, such as [subjects, samples]';
    case 'evidence.accessed':
      return 'a date, YYYY-MM-DD';
    default:
      return 'a value the schema allows';
  }
}

/** What to write instead, as YAML a contributor can paste. */
function suggestion(path: readonly (string | number)[], found: unknown): string {
  const field = path.filter((p) => typeof p === 'string').join('.');
  const item = typeof path.at(-1) === 'number';
  const write = (yaml: string) => ` Write \`${yaml}\`.`;
  if (field.endsWith('url') && typeof found === 'string') {
    const problem = urlProblem(found);
    return problem === undefined ? '' : ` ${capitalize(describeUrlProblem(problem, found))}.`;
  }
  // A list written as one value: `formats: DICOM` for `formats: [DICOM]`.
  const lists = ['formats', 'tasks', 'annotations', 'other_modalities', 'evidence.supports', 'citations.authors'];
  if (!item && lists.includes(field) && typeof found === 'string') {
    const words = found.split(/\s*[,;]\s*/).filter((w) => w !== '');
    const canonical = field === 'formats' ? words.map((w) => { const t = parseFormatToken(w); return t.ok ? t.format : w; }) : words;
    return ` ${capitalize(String(path.at(-1)))} is a list, even of one: write \`${String(path.at(-1))}: [${canonical.join(', ')}]\`.`;
  }
  if (field === 'subjects' || field === 'samples' || field === 'year') {
    if (typeof found === 'string' && isNotAvailable(found)) return write(`${field}: null`);
    if (field !== 'year' && typeof found === 'string') {
      const parsed = parseCount(found);
      if (parsed.ok && parsed.value !== null) return write(`${field}: ${parsed.value}`);
    }
    if (field === 'year' && typeof found === 'number') return '';
  }
  if (field === 'size') {
    if (typeof found === 'string') {
      if (isNotAvailable(found)) return write('size: null');
      const comma = /^(\d+),(\d+)\s*([A-Za-z]+)$/.exec(found.trim());
      if (comma !== null) return ` \`${found}\` has a decimal comma; write \`size: {value: ${comma[1]}.${comma[2]}, unit: ${comma[3]!.toUpperCase()}}\` if that is what it means.`;
      const parsed = parseSize(found);
      if (parsed.ok && parsed.value !== null) return write(`size: {value: ${parsed.value.value}, unit: ${parsed.value.unit}}`);
    }
    return '';
  }
  if (typeof found !== 'string') return '';
  if (field === 'size.unit' && /^[KMGT]iB$/i.test(found)) {
    const unit = `${found[0]!.toUpperCase()}B`;
    return ` ${found} is a binary unit (1 ${found} = ${(1024 ** ('KMGT'.indexOf(found[0]!.toUpperCase()) + 1) / 1000 ** ('KMGT'.indexOf(found[0]!.toUpperCase()) + 1)).toFixed(4).replace(/0+$/, '')} ${unit}); the catalogue uses decimal units: convert the value and write unit: ${unit}, or write ${unit} if the source's figure is in fact decimal.`;
  }
  if (field === 'license') {
    const id = parseLicence(found);
    return id === undefined
      ? ` Write an SPDX identifier (${LICENCE_IDS.slice(0, 4).join(', ')}, ...), or a licence SPDX does not list as {name, url}.`
      : write(`license: ${id}`);
  }
  if (field === 'citations.doi' || field === 'doi') {
    const doi = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)(10\.\S+)$/i.exec(found.trim())?.[1];
    return doi === undefined ? '' : write(`doi: ${doi}`);
  }
  if (field === 'formats') {
    const parsed = parseFormatToken(found);
    if (parsed.ok) return ` Write \`${parsed.format}\`.`;
    if (parsed.reason === 'not-a-format') return ` \`${found}\` is ${parsed.explanation}.`;
    // A short name one letter away is another format, not a typo (GIF is not TIF).
    const near = parsed.suggestion !== undefined && (found.length > 3 || parsed.suggestion.toLowerCase() === found.toLowerCase()) ? parsed.suggestion : undefined;
    return near === undefined ? ` \`${found}\` is not a format the catalogue lists; if it is the data's format, add it to the vocabulary (src/catalog/vocabularies.ts) in the same pull request.` : ` Did you mean \`${near}\`?`;
  }
  const vocabulary: Record<string, readonly string[]> = {
    modality: MODALITY_IDS,
    other_modalities: ANY_MODALITY_IDS,
    sample_unit: SAMPLE_UNITS,
    'size.unit': SIZE_UNITS,
    'access.kind': ACCESS_KIND_IDS,
    tasks: TASKS,
    annotations: ANNOTATION_IDS,
    'citations.type': CITATION_TYPES,
    'evidence.supports': SOURCED_FIELDS,
  };
  const candidates = vocabulary[field];
  if (candidates === undefined) return '';
  const match = closest(found, candidates);
  return match === undefined ? '' : ` Did you mean \`${match}\`?`;
}

function allowedKeys(path: readonly (string | number)[]): string[] {
  const field = path.filter((p) => typeof p === 'string').join('.');
  const object = { citations: CitationSchema, access: AccessSchema, size: SizeSchema, evidence: EvidenceSchema, license: NamedLicenceSchema }[field];
  return object === undefined ? [] : Object.keys(object.properties);
}

function where(path: readonly (string | number)[]): string {
  return path.length === 0 ? '' : ` in ${fieldName(path)}`;
}

export function fieldName(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  const text = String(value);
  return `\`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\``;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
