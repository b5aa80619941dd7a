/**
 * `catalogue pre-commit`: checks what the commit touches, as staged. Dataset records are
 * validated, and README.md and the generated files must be what the staged records and template
 * give. Skip it with `git commit --no-verify`.
 */
import { artifactBytes } from '../artifact.js';
import { buildFromCatalog } from '../build/build.js';
import { checkRecordFiles, DATASETS_DIR, isRecordFile } from '../catalog/load.js';
import { committedRecordFiles, indexPaths, readIndex, repositoryRoot, stagedPaths } from '../git/index.js';
import type { Project } from '../lint/project.js';
import { README_FILE, TEMPLATE_FILE } from '../readme/template.js';
import { countErrors, type Message } from '../report/message.js';
import { formatText } from '../report/text.js';
import { parseCommandArgs } from './args.js';
import { EXIT, UserError, type Io } from './io.js';

const HELP = `Usage: node bin/catalogue.mjs pre-commit (run by the git hook)

Run by the git pre-commit hook. Checks the staged dataset records, lints a staged README.md, and
checks that the staged README.md and generated files match what the staged records and
README.template.md give. Images are left to CI. Skip with \`git commit --no-verify\`.
Exit codes: 0 the commit may go ahead, 1 it holds a problem (named above),
2 not in a git repository.
`;

const isRecord = (file: string) => file.startsWith(`${DATASETS_DIR}/`) && isRecordFile(file);
const GENERATED = /^(README\.md|schema\/|data\/)/;

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs('pre-commit', args, { help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const root = await repositoryRoot(io.cwd);
  if (root === undefined) throw new UserError('pre-commit: not inside a git repository.');
  const staged = await stagedPaths(root);
  const touched = staged.filter((f) => isRecord(f) || f === TEMPLATE_FILE || GENERATED.test(f));
  if (touched.length === 0) return EXIT.ok;

  const recordFiles = (await indexPaths(root, DATASETS_DIR)).filter(isRecord);
  const contents = await readIndex(root, [...recordFiles, TEMPLATE_FILE]);
  const inputs = recordFiles.map((file) => ({ file, text: contents.get(file) ?? '' }));
  const stagedRecords = new Set(staged.filter(isRecord));
  const committed = await committedRecordFiles(root, DATASETS_DIR);
  const { catalog, records, messages } = checkRecordFiles(inputs, committed === undefined ? {} : { committed });
  const own = messages.filter((m) => stagedRecords.has(m.file));
  if (countErrors(own) > 0) {
    io.stdout.write(formatText(own));
    io.stderr.write('\npre-commit: fix the records above and `git add` them again (or commit with --no-verify to skip).\n');
    return EXIT.failed;
  }
  if (countErrors(messages) > 0) {
    const files = [...new Set(messages.filter((m) => m.severity === 'error').map((m) => m.file))];
    io.stderr.write(`pre-commit: ${files.join(', ')} ${files.length === 1 ? 'is' : 'are'} invalid as staged; run \`npm run validate\` to see why.\n`);
    return EXIT.failed;
  }
  // The README is compared with the staged records, not those of the working tree.
  const project: Project = { kind: 'valid', records };
  const readme = staged.includes(README_FILE) ? [...(await readIndex(root, [README_FILE])).values()][0] : undefined;
  if (readme !== undefined) {
    const { lintReadme } = await import('../lint/lint.js');
    const found = await lintReadme(readme, { file: README_FILE, dir: root, root, projects: new Map([[root, Promise.resolve(project)]]) });
    if (countErrors(found) > 0) {
      io.stdout.write(formatText(found, { quiet: true }));
      io.stderr.write(`\npre-commit: ${README_FILE} is generated from ${DATASETS_DIR}/ and ${TEMPLATE_FILE}: make the changes there and run \`npm run build-readme\`.\n`);
      return EXIT.failed;
    }
  }
  const template = contents.get(TEMPLATE_FILE);
  if (template === undefined) return EXIT.ok;

  const artifacts = await buildFromCatalog(template, catalog, { images: false });
  const current = await readIndex(root, artifacts.map((a) => a.path));
  const stale = artifacts.filter((a) => current.get(a.path) !== Buffer.from(artifactBytes(a)).toString('utf8'));
  if (stale.length === 0) return EXIT.ok;

  const readmeEdited = readme !== undefined && !staged.some((f) => isRecord(f) || f === TEMPLATE_FILE);
  const expectedReadme = stale.find((a) => a.path === README_FILE);
  if (readmeEdited && expectedReadme !== undefined) {
    // The tables matched their records (the linter said so): the edit is in the prose, which the template holds.
    io.stdout.write(formatText([proseEdit(readme, String(expectedReadme.content))]));
    return EXIT.failed;
  }
  for (const artifact of stale) io.stdout.write(`${artifact.path}: not what the staged records and ${TEMPLATE_FILE} give.\n`);
  io.stderr.write(`\nRun \`npm run build-readme\`, then \`git add ${stale.map((a) => a.path).join(' ')}\`.\n`);
  return EXIT.failed;
}

/** The first line where a hand-edited README leaves what build-readme writes. */
function proseEdit(actual: string, expected: string): Message {
  const have = actual.split('\n');
  const want = expected.split('\n');
  let index = have.findIndex((line, i) => line !== want[i]);
  if (index < 0) index = have.length - 1;
  const wanted = want[index] === undefined ? 'nothing' : want[index] === '' ? 'an empty line' : `\`${want[index]!.length > 80 ? `${want[index]!.slice(0, 77)}...` : want[index]}\``;
  const line = index + 1;
  return {
    file: README_FILE,
    line,
    column: 1,
    endLine: line,
    endColumn: (have[index] ?? '').length + 1,
    severity: 'error',
    ruleId: 'in-sync',
    message: `Unexpected text, expected what build-readme writes here (${wanted}): this part of ${README_FILE} comes from ${TEMPLATE_FILE}; edit that and run \`npm run build-readme\`.`,
  };
}
