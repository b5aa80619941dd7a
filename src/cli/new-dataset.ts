/** `catalogue new-dataset`: asks for a record's fields (or takes them as flags), validates it and writes it. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deriveId } from '../catalog/id.js';
import { checkRecordFiles, DATASETS_DIR, listRecordFiles } from '../catalog/load.js';
import { orderFields, type Citation, type Dataset, type Evidence } from '../catalog/schema.js';
import { serializeRecord } from '../catalog/serialize.js';
import { ACCESS_KINDS, ANNOTATION_IDS, CITATION_TYPES, MODALITIES, SAMPLE_UNITS, TASKS } from '../catalog/vocabularies.js';
import { writeArtifacts } from '../build/write.js';
import { normalizeName } from '../fields/name.js';
import { citationFromLink } from '../importer/row.js';
import { createPrompter, type Prompter } from '../scaffold/prompt.js';
import * as read from '../scaffold/questions.js';
import { helpHint, parseCommandArgs } from './args.js';
import { EXIT, type Io } from './io.js';

const HELP = `Usage: npm run new-dataset -- [flags] [--no-input]

Writes datasets/<id>.yaml, a valid record with the schema line, asking for every field not given
as a flag; Enter skips an optional one. The name and id are checked against the catalogue before
anything else is asked. Answers are read like the README's cells: "22 032", "JPG", "22.86 GB" and
"N/A" all work.

The dataset:
  --name NAME             as the dataset is known; --id ID (default: from the name)
  --modality M            ${MODALITIES.map((m) => m.id).join(', ')}
  --other-modalities L    other modalities it holds, such as "mri, pet-ct" (optional)
  --synthetic             the data is simulated: it has no patients, so subjects is not asked
  --subjects N            distinct patients (a whole number, or N/A)
  --samples N             how many samples (or N/A), and --sample-unit U, one of
                          ${SAMPLE_UNITS.join(', ')}
  --formats L             such as "DICOM, PNG" (or N/A); --size S such as "22.86 GB" (or N/A)
  --year Y                first published (or N/A); --updated Y and --version V for a later release
  --tasks L               such as "segmentation, classification" (${TASKS.length} known; optional)
  --annotations L         such as "masks, birads", or none (optional)
  --license L             SPDX identifier, however written ("CC BY 4.0" is CC-BY-4.0), or the
                          name of another licence with --license-url URL (optional)
  --access K              ${ACCESS_KINDS.map((k) => k.id).join(', ')}
  --access-url URL        where the data is obtained
  --summary TEXT          one or two sentences; --notes TEXT (optional)
Citations, each flag once per citation, in the same order:
  --citation-title T      the title as published
  --citation-authors A    "Family, Given; Family, Given" (a name with no comma is a consortium)
  --citation-year Y, --citation-container C (journal or repository),
  --citation-doi D        10.1038/... or its https://doi.org/ link; or --citation-url URL
  --citation-type T       the kind of work (default: from the DOI or link):
                          ${CITATION_TYPES.join(', ').replace('book-chapter, ', 'book-chapter,\n                          ')}
Evidence, each flag once per quoted page, in the same order:
  --evidence-url URL, --evidence-quote "the exact words", --evidence-supports "subjects, samples"
Other:
  --no-input              never ask; fail naming the missing flags (for scripts)
  --root DIR              the catalogue's root folder
Exit codes: 0 written, 1 the record would be invalid or is already listed (nothing written),
2 usage error.
`;

type Reader<T> = (text: string) => read.Answer<T>;

const REPEATED = [
  'citation-title',
  'citation-authors',
  'citation-year',
  'citation-container',
  'citation-doi',
  'citation-url',
  'citation-type',
  'evidence-url',
  'evidence-quote',
  'evidence-supports',
] as const;

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs('new-dataset', args, {
    name: { type: 'string' },
    id: { type: 'string' },
    modality: { type: 'string' },
    'other-modalities': { type: 'string' },
    synthetic: { type: 'boolean' },
    subjects: { type: 'string' },
    samples: { type: 'string' },
    'sample-unit': { type: 'string' },
    formats: { type: 'string' },
    size: { type: 'string' },
    year: { type: 'string' },
    updated: { type: 'string' },
    version: { type: 'string' },
    tasks: { type: 'string' },
    annotations: { type: 'string' },
    license: { type: 'string' },
    'license-url': { type: 'string' },
    access: { type: 'string' },
    'access-url': { type: 'string' },
    summary: { type: 'string' },
    notes: { type: 'string' },
    ...Object.fromEntries(REPEATED.map((flag) => [flag, { type: 'string', multiple: true }] as const)),
    'no-input': { type: 'boolean' },
    root: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const root = path.resolve(io.cwd, values.root ?? '.');
  const files = await listRecordFiles(root);
  const others = await Promise.all(files.map(async (file) => ({ file, text: await readFile(path.join(root, file), 'utf8') })));
  const catalogue = checkRecordFiles(others).records;
  const prompter = values['no-input'] || io.stdin === undefined ? undefined : createPrompter(io.stdin, io.stderr);
  const missing: string[] = [];
  const problems: string[] = [];
  const repeated = (flag: (typeof REPEATED)[number]): string[] | undefined => (values as Record<string, unknown>)[flag] as string[] | undefined;

  /** A field from its flag, else asked for until it reads; undefined when it cannot be had, or is optional and skipped. */
  async function field<T>(flag: string, question: string, reader: Reader<T>, given: string | undefined, optional = false): Promise<T | undefined> {
    if (given !== undefined) {
      const answer = reader(given);
      if (answer.ok) return answer.value;
      if (prompter === undefined) {
        problems.push(`--${flag}: ${answer.error}`);
        return undefined;
      }
      io.stderr.write(`--${flag}: ${answer.error}\n`);
    }
    if (prompter === undefined) {
      if (!optional) missing.push(`--${flag}`);
      return undefined;
    }
    for (;;) {
      const text = await prompter.ask(`${question}${optional && !question.includes('Enter') ? ' (Enter to skip)' : ''}: `);
      if (text === undefined) {
        if (!optional) missing.push(`--${flag}`);
        return undefined;
      }
      if (optional && text.trim() === '') return undefined;
      const answer = reader(text);
      if (answer.ok) return answer.value;
      io.stderr.write(`  ${answer.error}; try again.\n`);
    }
  }

  try {
    const name = await field('name', 'Name of the dataset', read.readText, values.name);
    if (name === undefined) return finish();
    const id = values.id ?? deriveId(name);
    // Checked first, so nobody types in a whole record the catalogue already has.
    const sameName = catalogue.find((r) => normalizeName(r.dataset.name) === normalizeName(name));
    if (sameName !== undefined) return refuse(`\`${name}\` is already in the catalogue as ${sameName.file}; edit that record instead.`);
    if (files.includes(`${DATASETS_DIR}/${id}.yaml`)) return refuse(`the id \`${id}\` is taken by ${DATASETS_DIR}/${id}.yaml; choose another with --id.`);

    const modality = await field('modality', `Modality (${MODALITIES.map((m) => m.id).join(', ')})`, read.readModality, values.modality);
    const otherModalities = await field('other-modalities', 'Other modalities it holds', read.readOtherModalities, values['other-modalities'], true);
    const synthetic = values.synthetic === true ? true : prompter === undefined ? false : await field('synthetic', 'Is the data simulated? (yes or no)', read.readYesNo, undefined, true);
    const subjects = synthetic === true ? null : await field('subjects', 'Subjects: distinct patients (a whole number, or N/A)', read.readCount, values.subjects);
    const samples = await field('samples', 'Samples (a whole number, or N/A)', read.readCount, values.samples);
    const sampleUnit = samples === null || samples === undefined ? undefined : await field('sample-unit', `What the samples are (${SAMPLE_UNITS.join(', ')})`, read.readSampleUnit, values['sample-unit']);
    const formats = await field('formats', 'File formats (such as DICOM, PNG; or N/A)', read.readFormats, values.formats);
    const size = await field('size', 'Download size (such as 22.86 GB; or N/A)', read.readSize, values.size);
    const year = await field('year', 'Year first published (or N/A)', read.readYear, values.year);
    const updated = await field('updated', 'Year of the latest release', read.readYear, values.updated, true);
    const version = await field('version', 'Latest version', read.readText, values.version, true);
    const tasks = await field('tasks', `Tasks it is annotated for (${TASKS.join(', ')})`, read.readTasks, values.tasks, true);
    const annotations = await field('annotations', `Annotations (${ANNOTATION_IDS.join(', ')}; or none)`, (t) => (t.trim().toLowerCase() === 'none' ? { ok: true, value: [] } : read.readAnnotations(t)), values.annotations, true);
    const licence = await field('license', 'Licence (an SPDX identifier such as CC-BY-4.0, or the licence name)', read.readLicence, values.license, true);
    const licenceUrl = licence === undefined || (read.LICENCE_ID_SET.has(licence)) ? undefined : await field('license-url', 'URL of the licence text', read.readUrl, values['license-url']);
    const kind = await field('access', `Access (${ACCESS_KINDS.map((k) => k.id).join(', ')})`, read.readAccessKind, values.access);
    const accessUrl = await field('access-url', 'Access URL (where the data is obtained)', read.readUrl, values['access-url']);
    const citations = await citationsFrom();
    const evidence = await evidenceFrom();
    const summary = await field('summary', 'Summary (one or two sentences: what the data is and what it suits)', read.readText, values.summary);
    const notes = await field('notes', 'Notes for researchers', read.readText, values.notes, true);

    if (missing.length > 0 || problems.length > 0) return finish();
    const record = orderFields({
      id,
      name,
      modality: modality!,
      ...(otherModalities !== undefined && otherModalities.length > 0 && { other_modalities: otherModalities }),
      ...(synthetic === true && { synthetic: true }),
      subjects: subjects!,
      samples: samples!,
      ...(sampleUnit !== undefined && { sample_unit: sampleUnit }),
      formats: formats!,
      size: size!,
      year: year!,
      ...(updated !== undefined && updated !== null && { updated }),
      ...(version !== undefined && { version }),
      ...(tasks !== undefined && tasks.length > 0 && { tasks }),
      ...(annotations !== undefined && { annotations }),
      ...(licence !== undefined && { license: licenceUrl === undefined ? (licence as Dataset['license'] & string) : { name: licence, url: licenceUrl } }),
      access: { kind: kind!, url: accessUrl! },
      citations: citations!,
      summary: summary!,
      ...(notes !== undefined && { notes }),
      evidence: evidence!,
    } as Dataset);
    return await write(record);
  } finally {
    prompter?.close();
  }

  function finish(): number {
    for (const p of problems) io.stderr.write(`new-dataset: ${p}\n`);
    if (missing.length > 0) io.stderr.write(`new-dataset: missing ${missing.join(', ')}. Give them as flags, or run without --no-input to be asked.\n`);
    if (problems.length > 0 && missing.length === 0) io.stderr.write(`${helpHint('new-dataset')}\n`);
    return EXIT.usage;
  }

  function refuse(reason: string): number {
    io.stderr.write(`new-dataset: ${reason} Nothing was written.\n`);
    return EXIT.failed;
  }

  /** Flags given for the n-th of several (citations, evidence): each flag once per item, or never. */
  function aligned(flags: readonly (typeof REPEATED)[number][], count: number): boolean {
    const wrong = flags.filter((f) => repeated(f) !== undefined && repeated(f)!.length !== count);
    for (const flag of wrong) problems.push(`--${flag}: give it once for each of the ${count} --${flags[0]} (or not at all); found ${repeated(flag)!.length}.`);
    return wrong.length === 0;
  }

  async function citationsFrom(): Promise<Citation[] | undefined> {
    const titles = repeated('citation-title');
    const citations: Citation[] = [];
    if (titles !== undefined || prompter === undefined) {
      const flags = REPEATED.filter((f) => f.startsWith('citation-'));
      if (!aligned(flags, titles?.length ?? 0)) return undefined;
      for (const [i, title] of (titles ?? []).entries()) {
        const at = (flag: (typeof REPEATED)[number]) => repeated(flag)?.[i];
        const made = await citation(i, title, at('citation-authors'), at('citation-year'), at('citation-container'), at('citation-doi'), at('citation-url'), at('citation-type'));
        if (made !== undefined) citations.push(made);
      }
      return citations;
    }
    for (;;) {
      const title = await prompter.ask(`Citation ${citations.length + 1}: title of the paper or dataset (Enter when done): `);
      if (title === undefined || title.trim() === '') return citations;
      const made = await citation(citations.length, title);
      if (made !== undefined) citations.push(made);
    }
  }

  async function citation(index: number, title: string, ...given: (string | undefined)[]): Promise<Citation | undefined> {
    const [authorsText, yearText, containerText, doiText, urlText, typeText] = given;
    const n = `Citation ${index + 1}`;
    const authors = await field('citation-authors', `${n}: authors ("Family, Given; Family, Given")`, read.readAuthors, authorsText);
    const year = await field('citation-year', `${n}: year`, read.readYear, yearText);
    const container = await field('citation-container', `${n}: journal, proceedings or repository`, read.readText, containerText, true);
    const doi = await field('citation-doi', `${n}: DOI`, read.readDoi, doiText, true);
    const url = doi !== undefined ? (urlText === undefined ? undefined : await field('citation-url', `${n}: URL`, read.readUrl, urlText)) : await field('citation-url', `${n}: URL (where it can be read)`, read.readUrl, urlText, true);
    const guessed = citationFromLink(title.trim(), doi === undefined ? (url ?? 'https://example.invalid/') : `https://doi.org/${doi}`).type;
    const type = await field('citation-type', `${n}: kind of work (${CITATION_TYPES.join(', ')}; Enter for ${guessed})`, read.readCitationType, typeText, true);
    if (authors === undefined || year === undefined) return undefined;
    return {
      type: type ?? guessed,
      title: title.trim(),
      authors,
      ...(container !== undefined && { container }),
      ...(year !== null && { year }),
      ...(doi !== undefined && { doi }),
      ...(url !== undefined && { url }),
    };
  }

  async function evidenceFrom(): Promise<Evidence[] | undefined> {
    const urls = repeated('evidence-url');
    const evidence: Evidence[] = [];
    if (urls !== undefined || prompter === undefined) {
      if (!aligned(['evidence-url', 'evidence-quote', 'evidence-supports'], urls?.length ?? 0)) return undefined;
      for (const [i, url] of (urls ?? []).entries()) {
        const entry = await source(i, url, repeated('evidence-quote')?.[i], repeated('evidence-supports')?.[i]);
        if (entry !== undefined) evidence.push(entry);
      }
      return evidence;
    }
    io.stderr.write('Sources: for each page a figure comes from, its address, its exact words and the fields they back.\n');
    for (;;) {
      const url = await prompter.ask(`Source ${evidence.length + 1}: URL of the page (Enter when done): `);
      if (url === undefined || url.trim() === '') return evidence;
      const entry = await source(evidence.length, url);
      if (entry !== undefined) evidence.push(entry);
    }
  }

  async function source(index: number, urlText: string, quoteText?: string, supportsText?: string): Promise<Evidence | undefined> {
    const n = `Source ${index + 1}`;
    const url = await field('evidence-url', `${n}: URL`, read.readUrl, urlText);
    const quote = await field('evidence-quote', `${n}: the exact words on the page`, read.readText, quoteText);
    const supports = await field('evidence-supports', `${n}: the fields they back (such as subjects, samples, year)`, read.readSupports, supportsText);
    if (url === undefined || quote === undefined || supports === undefined) return undefined;
    if (supports.length === 0) {
      problems.push(`${n}: name the fields the quote backs.`);
      return undefined;
    }
    return { url, quote, supports };
  }

  async function write(record: Dataset): Promise<number> {
    const file = `${DATASETS_DIR}/${record.id}.yaml`;
    const text = serializeRecord(record);
    const { messages } = checkRecordFiles([...others, { file, text }], { only: [file], strict: true });
    // The file is not written yet: messages name the field, never a file that does not exist.
    const errors = messages.filter((m) => m.severity === 'error' && m.ruleId !== 'unsourced' && m.ruleId !== 'citation' && m.ruleId !== 'sample-unit');
    if (errors.length > 0) {
      for (const m of errors) io.stderr.write(`new-dataset: ${m.message}\n`);
      io.stderr.write('new-dataset: nothing written.\n');
      return EXIT.failed;
    }
    await writeArtifacts(root, [{ path: file, content: text }]);
    io.stdout.write(`Wrote ${file}. Review it, then run \`npm run build-readme\` and commit both.\n`);
    const open = messages.filter((m) => !errors.includes(m));
    if (open.length > 0) {
      io.stdout.write(`Before a pull request (CI runs \`npm run validate -- --strict\` on new records):\n${open.map((m) => `  ${file}:${m.line}: ${m.message}\n`).join('')}`);
    }
    return EXIT.ok;
  }
}
