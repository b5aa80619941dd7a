/** `catalogue new-dataset`: asks for a record's fields (or takes them as flags), validates it and writes it. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deriveId } from '../catalog/id.js';
import { checkRecordFiles, DATASETS_DIR, listRecordFiles } from '../catalog/load.js';
import { orderFields, type Citation, type Dataset } from '../catalog/schema.js';
import { serializeRecord } from '../catalog/serialize.js';
import { ACCESS_KINDS, MODALITIES, TASKS, type Task } from '../catalog/vocabularies.js';
import { writeArtifacts } from '../build/write.js';
import { countErrors } from '../report/message.js';
import { formatText } from '../report/text.js';
import { createPrompter, type Prompter } from '../scaffold/prompt.js';
import * as read from '../scaffold/questions.js';
import { parseCommandArgs } from './args.js';
import { citationFromLink } from '../importer/row.js';
import { parseLicence } from '../fields/licence.js';
import { EXIT, UserError, type Io } from './io.js';

const HELP = `Usage: catalogue new-dataset [--name NAME] [--modality M] [...] [--no-input]

Writes datasets/<id>.yaml, a valid record with the schema line, asking for every field not given
as a flag. Answers are read like the README's cells: "22 032", "JPG", "22.86 GB" and "N/A" all work.
  --name, --id (default: from the name), --modality (${MODALITIES.map((m) => m.id).join('|')})
  --subjects, --samples (whole numbers or N/A), --formats ("DICOM, PNG" or N/A), --size ("22.86 GB" or N/A)
  --year, --citation-title and --citation-url (repeat both, in the same order)
  --access (${ACCESS_KINDS.map((k) => k.id).join('|')}), --access-url, --summary
  --tasks ("segmentation, classification"), --license, --doi, --synthetic
  --no-input  never ask; fail naming the missing flags (for scripts)
  --root DIR  the catalogue's root folder
`;

type Reader<T> = (text: string) => read.Answer<T>;

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs('new-dataset', args, {
    name: { type: 'string' },
    id: { type: 'string' },
    modality: { type: 'string' },
    subjects: { type: 'string' },
    samples: { type: 'string' },
    formats: { type: 'string' },
    size: { type: 'string' },
    year: { type: 'string' },
    'citation-title': { type: 'string', multiple: true },
    'citation-url': { type: 'string', multiple: true },
    access: { type: 'string' },
    'access-url': { type: 'string' },
    summary: { type: 'string' },
    tasks: { type: 'string' },
    license: { type: 'string' },
    doi: { type: 'string' },
    synthetic: { type: 'boolean' },
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
  const prompter = values['no-input'] || io.stdin === undefined ? undefined : createPrompter(io.stdin, io.stderr);
  const missing: string[] = [];
  const problems: string[] = [];

  /** A field from its flag, else asked for until it reads; undefined when it cannot be had. */
  async function field<T>(flag: string, question: string, reader: Reader<T>, given: string | undefined): Promise<T | undefined> {
    if (given !== undefined) {
      const answer = reader(given);
      if (answer.ok) return answer.value;
      if (prompter === undefined) {
        problems.push(`--${flag}: ${answer.error}`);
        return undefined;
      }
      io.stderr.write(`--${flag}: ${answer.error}\n`);
    }
    return ask(prompter, flag, question, reader);
  }
  async function ask<T>(from: Prompter | undefined, flag: string, question: string, reader: Reader<T>): Promise<T | undefined> {
    if (from === undefined) {
      missing.push(`--${flag}`);
      return undefined;
    }
    for (;;) {
      const text = await from.ask(`${question}: `);
      if (text === undefined) {
        missing.push(`--${flag}`);
        return undefined;
      }
      const answer = reader(text);
      if (answer.ok) return answer.value;
      io.stderr.write(`  ${answer.error}; try again.\n`);
    }
  }

  try {
    const name = await field('name', 'Name of the dataset', read.readText, values.name);
    const id = values.id ?? (name === undefined ? undefined : deriveId(name));
    const modality = await field('modality', `Modality (${MODALITIES.map((m) => m.id).join(', ')})`, read.readModality, values.modality);
    const subjects = await field('subjects', 'Subjects (a whole number, or N/A)', read.readCount, values.subjects);
    const samples = await field('samples', 'Samples: images, volumes or slides (a whole number, or N/A)', read.readCount, values.samples);
    const formats = await field('formats', 'File formats (such as DICOM, PNG; or N/A)', read.readFormats, values.formats);
    const size = await field('size', 'Download size (such as 22.86 GB; or N/A)', read.readSize, values.size);
    const year = await field('year', 'Year published', read.readYear, values.year);
    const citations = await citationsFrom(values['citation-title'], values['citation-url']);
    const kind = await field('access', `Access (${ACCESS_KINDS.map((k) => k.id).join(', ')})`, read.readAccessKind, values.access);
    const accessUrl = await field('access-url', 'Access URL (where the data is obtained)', read.readUrl, values['access-url']);
    const summary = await field('summary', 'Summary (one or two sentences: what the data is and what it suits)', read.readText, values.summary);

    if (missing.length > 0 || problems.length > 0) {
      for (const p of problems) io.stderr.write(`new-dataset: ${p}\n`);
      if (missing.length > 0) io.stderr.write(`new-dataset: missing ${missing.join(', ')}. Give them as flags, or run without --no-input to be asked.\n`);
      return EXIT.usage;
    }
    const record: Dataset = orderFields({
      id: id!,
      name: name!,
      modality: modality!,
      subjects: subjects!,
      samples: samples!,
      formats: formats!,
      size: size!,
      year: year!,
      citations: citations!,
      access: { kind: kind!, url: accessUrl! },
      summary: summary!,
      synthetic: values.synthetic,
      tasks: values.tasks === undefined ? undefined : splitTasks(values.tasks),
      license: values.license === undefined ? undefined : parseLicence(values.license),
      evidence: [],
    });
    return await write(record);
  } finally {
    prompter?.close();
  }

  async function citationsFrom(titles: string[] | undefined, urls: string[] | undefined): Promise<Citation[] | undefined> {
    if (titles !== undefined || urls !== undefined || prompter === undefined) {
      const answer = read.readCitations(titles ?? [], urls ?? []);
      if (answer.ok) return answer.value;
      problems.push(answer.error);
      return undefined;
    }
    const citations: Citation[] = [];
    for (;;) {
      const title = await prompter.ask(`Citation ${citations.length + 1}: title of the paper (Enter when done): `);
      if (title === undefined || title.trim() === '') return citations;
      const url = await ask(prompter, 'citation-url', `Citation ${citations.length + 1}: URL (a DOI link where there is one)`, read.readUrl);
      if (url === undefined) return undefined;
      citations.push(citationFromLink(title.trim(), url));
    }
  }

  async function write(record: Dataset): Promise<number> {
    const file = `${DATASETS_DIR}/${record.id}.yaml`;
    if (existsSync(path.join(root, file))) {
      io.stderr.write(`new-dataset: ${file} already exists; edit it instead, or choose another --id.\n`);
      return EXIT.failed;
    }
    const text = serializeRecord(record);
    const others = await Promise.all(files.map(async (f) => ({ file: f, text: await readFile(path.join(root, f), 'utf8') })));
    const { messages } = checkRecordFiles([...others, { file, text }], { only: [file] });
    if (countErrors(messages) > 0) {
      io.stderr.write(formatText(messages));
      io.stderr.write('new-dataset: nothing written.\n');
      return EXIT.failed;
    }
    await writeArtifacts(root, [{ path: file, content: text }]);
    io.stdout.write(`Wrote ${file}. Review it, then run \`npm run build-readme\` and commit both.\n`);
    return EXIT.ok;
  }
}

function splitTasks(text: string): Task[] {
  const tasks = text.split(/[,;]\s*|\s+/).filter((t) => t !== '');
  const unknown = tasks.filter((t) => !(TASKS as readonly string[]).includes(t));
  if (unknown.length > 0) throw new UserError(`new-dataset: unknown task ${unknown.join(', ')}; known tasks: ${TASKS.join(', ')}.`);
  return tasks as Task[];
}
