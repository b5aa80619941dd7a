/**
 * Schema validation of one record, with messages a contributor can act on: the field, what was
 * expected, what was found, and a did-you-mean for misspelt field names and vocabulary values.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { DatasetSchema, FIELD_ORDER, MAX_SCHEMA_YEAR, type Dataset } from './schema.js';
import { ACCESS_KIND_IDS, ANY_MODALITY_IDS, LICENCE_IDS, MIN_YEAR, MODALITY_IDS, SIZE_UNITS, TASKS } from './vocabularies.js';
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

export function validateRecord(value: unknown): { record?: Dataset; problems: FieldProblem[] } {
  const validate = validator();
  if (validate(value)) return { record: value as Dataset, problems: [] };
  return { problems: describeErrors(validate.errors ?? [], value) };
}

function describeErrors(errors: readonly ErrorObject[], root: unknown): FieldProblem[] {
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
      problems.push({ path, at: 'key', message: `Missing field \`${[...path, name].map(String).join('.')}\`: expected ${expectation([...path, name])}.` });
    } else if (path.length === 0) {
      problems.push({ path, at: 'value', message: `A record is a mapping of fields (id, name, modality, ...), found ${describe(found)}.` });
    } else {
      problems.push({ path, at: 'value', message: `${fieldName(path)}: expected ${expectation(path)}, found ${describe(found)}.${suggestion(path, found)}` });
    }
  }
  return problems;
}

/** What a field must hold, in words. */
function expectation(path: readonly (string | number)[]): string {
  const field = path.filter((p) => typeof p === 'string').join('.');
  switch (field) {
    case 'id':
      return 'a lower-case kebab-case identifier such as `cbis-ddsm`, equal to the file name';
    case 'name':
    case 'summary':
    case 'notes':
    case 'license':
    case 'citations.title':
      return 'one line of text with no URL or e-mail address in it (links belong in citations and access)';
    case 'modality':
    case 'other_modalities':
      return `one of ${MODALITY_IDS.join(', ')}`;
    case 'subjects':
    case 'samples':
      return 'a whole number >= 0, or null when unknown';
    case 'formats':
      return typeof path.at(-1) === 'number' ? 'a file format in canonical spelling (DICOM, PNG, JPEG, TIFF, ...)' : 'a list of distinct file formats, [] when unknown';
    case 'size':
      return 'a mapping {value, unit}, or null when unknown';
    case 'size.value':
      return 'a number > 0';
    case 'size.unit':
      return `one of ${SIZE_UNITS.join(', ')}`;
    case 'year':
      return `a year from ${MIN_YEAR} to ${MAX_SCHEMA_YEAR}`;
    case 'citations':
      return 'a list of {title, url}, [] when there is none';
    case 'citations.url':
    case 'access.url':
      return 'an absolute http(s) URL';
    case 'access':
      return `a mapping {kind, url}`;
    case 'access.kind':
      return `one of ${ACCESS_KIND_IDS.join(', ')}`;
    case 'synthetic':
      return 'true or false';
    case 'tasks':
      return typeof path.at(-1) === 'number' ? `one of ${TASKS.join(', ')}` : 'a non-empty list of distinct tasks';
    case 'doi':
      return 'a DOI such as 10.7937/tcia.eqde-4b16, without https://doi.org/';
    default:
      return 'a value the schema allows';
  }
}

function suggestion(path: readonly (string | number)[], found: unknown): string {
  const field = path.filter((p) => typeof p === 'string').join('.');
  if (field.endsWith('url') && typeof found === 'string') {
    const problem = urlProblem(found);
    return problem === undefined ? '' : ` ${capitalize(describeUrlProblem(problem, found))}.`;
  }
  if (typeof found !== 'string') return '';
  if (field === 'license') {
    const id = parseLicence(found);
    return id === undefined
      ? ` Write an SPDX identifier (${LICENCE_IDS.slice(0, 4).join(', ')}, ...), or a licence SPDX does not list as {name, url}.`
      : ` Write \`license: ${id}\`.`;
  }
  if (field === 'formats') {
    const parsed = parseFormatToken(found);
    if (parsed.ok) return ` Write \`${parsed.format}\`.`;
    if (parsed.reason === 'not-a-format') return ` \`${found}\` is ${parsed.explanation}.`;
    return parsed.suggestion === undefined ? '' : ` Did you mean \`${parsed.suggestion}\`?`;
  }
  const vocabulary: Record<string, readonly string[]> = {
    modality: MODALITY_IDS,
    other_modalities: ANY_MODALITY_IDS,
    'size.unit': SIZE_UNITS,
    'access.kind': ACCESS_KIND_IDS,
    tasks: TASKS,
  };
  const candidates = vocabulary[field];
  if (candidates === undefined) return '';
  const match = closest(found, candidates);
  return match === undefined ? '' : ` Did you mean \`${match}\`?`;
}

function allowedKeys(path: readonly (string | number)[]): string[] {
  const field = path.filter((p) => typeof p === 'string').join('.');
  if (field === 'citations') return ['title', 'url'];
  if (field === 'access') return ['kind', 'url'];
  if (field === 'size') return ['value', 'unit'];
  return [];
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
