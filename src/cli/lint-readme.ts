/** `catalogue lint-readme [files...]`: checks READMEs in the catalogue's format and reports, or fixes, what is wrong. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Artifact } from '../artifact.js';
import { generatedReadmeRoot } from '../lint/context.js';
import { lintReadme } from '../lint/lint.js';
import type { Project } from '../lint/project.js';
import { RULES } from '../lint/rules/index.js';
import { countErrors, type Message } from '../report/message.js';
import { parseCommandArgs } from './args.js';
import { EXIT, UserError, shownPath, type Io } from './io.js';
import { informationUri, VERSION } from './about.js';

const FORMATS = ['text', 'json', 'github', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: npm run lint-readme -- [files...] [--format text|json|github|sarif] [--fix]
                               [--quiet] [--root DIR]

Checks READMEs in the catalogue's format (default: README.md): the dataset tables, their values and
links, the totals, the table of contents, images and summaries. A README.md beside a datasets/
folder (or any file, with --root naming the folder holding it) is compared with what build-readme
renders from the records.
  --format F  text (default), json, github (workflow commands) or sarif (2.1.0, for code scanning)
  --fix       apply the safe fixes (glued link titles, spelling and casing, number style, swapped
              columns, link-text typos) in place, atomically, then report what remains
  --quiet     report errors only
  --root DIR  the catalogue's root folder, holding datasets/ and README.template.md
Exit codes: 0 no errors (warnings allowed), 1 errors, 2 usage or I/O error.
`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('lint-readme', args, {
    format: { type: 'string' },
    fix: { type: 'boolean' },
    quiet: { type: 'boolean' },
    root: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UserError(`lint-readme: --format must be one of ${FORMATS.join(', ')}, not \`${values.format}\`.`);
  const root = values.root === undefined ? undefined : path.resolve(io.cwd, values.root);
  if (root !== undefined && !existsSync(path.join(root, 'datasets'))) throw new UserError(`lint-readme: no datasets/ folder in ${values.root}; --root names the catalogue's root folder.`);

  const named = positionals.length > 0 ? positionals : ['README.md'];
  const unique = [...new Map(named.map((file) => [path.resolve(io.cwd, file), file])).values()];
  const files = await Promise.all(unique.map((file) => readInput(io.cwd, file)));
  const projects = new Map<string, Promise<Project>>();
  const fix = values.fix === true ? await import('../lint/fix.js') : undefined;
  const messages: Message[] = [];
  const writes: Artifact[] = [];
  let fixed = 0;
  for (const file of files) {
    const dir = path.dirname(file.absolute);
    const options = { file: file.shown, dir, root: root ?? generatedReadmeRoot(file.absolute), projects };
    if (fix === undefined) {
      messages.push(...(await lintReadme(file.text, options)));
      continue;
    }
    const result = await fix.fixReadme(file.text, options);
    messages.push(...result.messages);
    if (result.output !== file.text) {
      writes.push({ path: toPosix(path.relative(io.cwd, file.absolute)), content: result.output });
      fixed += result.fixed;
    }
  }
  if (writes.length > 0) {
    const { writeArtifacts } = await import('../build/write.js');
    await writeArtifacts(io.cwd, writes);
    io.stderr.write(`lint-readme: fixed ${fixed} ${fixed === 1 ? 'problem' : 'problems'} in ${writes.map((w) => w.path).join(', ')}.\n`);
  }

  const shown = values.quiet === true ? messages.filter((m) => m.severity === 'error') : messages;
  io.stdout.write(await report(format, shown, values.quiet === true, messages, io.cwd, io.env));
  return countErrors(messages) > 0 ? EXIT.failed : EXIT.ok;
}

async function readInput(cwd: string, file: string): Promise<{ absolute: string; shown: string; text: string }> {
  const absolute = path.resolve(cwd, file);
  const shown = shownPath(cwd, file);
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? String(error));
    throw new UserError(`lint-readme: cannot read ${shown} (${why}). Give the path of a README in the catalogue's format.`);
  }
  // A NUL byte, or bytes that are not UTF-8, mean an image or an archive, not Markdown.
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (bytes.subarray(0, 8192).includes(0) || text.includes('\uFFFD')) {
    throw new UserError(`lint-readme: ${shown} is not a text file (it looks binary, such as an image). Give the path of a README in the catalogue's format.`);
  }
  return { absolute, shown, text };
}

/** Each format's reporter is loaded only when asked for. */
async function report(format: Format, shown: Message[], quiet: boolean, all: Message[], cwd: string, env: Io['env']): Promise<string> {
  switch (format) {
    case 'text':
      return (await import('../report/text.js')).formatText(all, { quiet });
    case 'json':
      return (await import('../report/json.js')).formatJson(shown);
    case 'github':
      return (await import('../report/github.js')).formatGithub(shown);
    case 'sarif':
      return (await import('../report/sarif.js')).formatSarif(shown, { name: 'lint-readme', version: VERSION, rules: RULES, root: cwd, ...informationUri(env) });
  }
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
