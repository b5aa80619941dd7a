/**
 * `catalogue pre-commit`: checks what the commit touches, as staged. Dataset records are
 * validated, and README.md and the generated files must be what the staged records and template
 * give. Skip it with `git commit --no-verify`.
 */
import { artifactBytes } from '../build/artifact.js';
import { buildFromCatalog } from '../build/build.js';
import { checkRecordFiles, DATASETS_DIR, isRecordFile } from '../catalog/load.js';
import { indexPaths, readIndex, repositoryRoot, stagedPaths } from '../git/index.js';
import { README_FILE, TEMPLATE_FILE } from '../readme/template.js';
import { countErrors } from '../report/message.js';
import { formatText } from '../report/text.js';
import { parseCommandArgs } from './args.js';
import { EXIT, UserError, type Io } from './io.js';

const HELP = `Usage: catalogue pre-commit

Run by the git pre-commit hook. Checks the staged dataset records, lints a staged README.md, and
checks that the staged README.md and generated files match what the staged records and
README.template.md give. Images are left
to CI. Skip with \`git commit --no-verify\`.
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
  const { catalog, messages } = checkRecordFiles(inputs);
  const own = messages.filter((m) => stagedRecords.has(m.file));
  if (countErrors(own) > 0) {
    io.stderr.write(formatText(own));
    io.stderr.write('\npre-commit: fix the records above and `git add` them again (or commit with --no-verify to skip).\n');
    return EXIT.failed;
  }
  if (countErrors(messages) > 0) {
    io.stderr.write('pre-commit: other records in datasets/ are invalid; run `npm run validate`.\n');
    return EXIT.failed;
  }
  if (staged.includes(README_FILE)) {
    const [readme] = (await readIndex(root, [README_FILE])).values();
    // Sync with the records is checked below, on the staged records rather than the working tree.
    const { lintReadme } = await import('../lint/lint.js');
    const found = await lintReadme(readme ?? '', { file: README_FILE, dir: root });
    if (countErrors(found) > 0) {
      io.stderr.write(formatText(found, { quiet: true }));
      io.stderr.write('\npre-commit: README.md has the errors above; it is generated, so fix them in datasets/ and run `npm run build-readme`.\n');
      return EXIT.failed;
    }
  }
  const template = contents.get(TEMPLATE_FILE);
  if (template === undefined) return EXIT.ok;

  const artifacts = await buildFromCatalog(template, catalog, { images: false });
  const current = await readIndex(root, artifacts.map((a) => a.path));
  const stale = artifacts.filter((a) => current.get(a.path) !== Buffer.from(artifactBytes(a)).toString('utf8')).map((a) => a.path);
  if (stale.length === 0) return EXIT.ok;

  const readmeEdited = staged.includes(README_FILE) && !staged.some((f) => isRecord(f) || f === TEMPLATE_FILE);
  if (readmeEdited && stale.includes(README_FILE)) {
    io.stderr.write(
      `${README_FILE}:1:1  error  README.md was edited by hand; it is generated from datasets/ and ${TEMPLATE_FILE}.  in-sync\n\n` +
        `Make the change in datasets/<id>.yaml (or ${TEMPLATE_FILE}) and run \`npm run build-readme\`, ` +
        'or fold your edit back into datasets/ with `npm run import-readme -- README.md`.\n',
    );
    return EXIT.failed;
  }
  for (const file of stale) io.stderr.write(`${file}:1:1  error  not what the staged records give.  in-sync\n`);
  io.stderr.write(`\nRun \`npm run build-readme\`, then \`git add ${stale.join(' ')}\`.\n`);
  return EXIT.failed;
}
