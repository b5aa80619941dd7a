/** `catalogue build-readme [--check]`: README.md and the generated files from datasets/ and the template. */
import path from 'node:path';
import { buildArtifacts } from '../build/build.js';
import { staleArtifacts } from '../build/compare.js';
import { writeArtifacts } from '../build/write.js';
import { TemplateError } from '../readme/template.js';
import { countErrors } from '../report/message.js';
import { formatText } from '../report/text.js';
import { helpHint, parseCommandArgs } from './args.js';
import { EXIT, type Io } from './io.js';

const HELP = `Usage: npm run build-readme -- [--check] [--root DIR]

Writes README.md (from README.template.md and datasets/*.yaml) and the other generated files.
  --check     write nothing; exit 1 naming every file that is out of date, 0 when all are in sync
  --root DIR  the catalogue's root folder (default: the current folder)
Exit codes: 0 done, 1 invalid data or (with --check) out of date, 2 usage or I/O error.
`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('build-readme', args, {
    check: { type: 'boolean' },
    root: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) {
    io.stderr.write(`build-readme: unexpected argument \`${positionals[0]}\`. ${helpHint('build-readme')}\n`);
    return EXIT.usage;
  }
  const root = path.resolve(io.cwd, values.root ?? '.');

  let result;
  try {
    result = await buildArtifacts(root);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    io.stdout.write(formatText(error.messages));
    io.stderr.write('build-readme: nothing written; fix README.template.md first.\n');
    return EXIT.failed;
  }
  if (countErrors(result.messages) > 0) {
    io.stdout.write(formatText(result.messages));
    io.stderr.write('build-readme: nothing written; fix the records above, then run `npm run build-readme` again.\n');
    return EXIT.failed;
  }
  // Warnings (unsourced figures, incomplete citations) are validate's to list; the build only counts them.
  const warnings = result.messages.length;
  if (warnings > 0) io.stderr.write(`build-readme: the records have ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}; \`npm run validate\` lists them.\n`);

  const stale = await staleArtifacts(root, result.artifacts);
  if (values.check) {
    if (stale.length === 0) {
      io.stdout.write(`All ${result.artifacts.length} generated files are up to date.\n`);
      return EXIT.ok;
    }
    for (const s of stale) io.stdout.write(`${s.path}: ${s.state === 'missing' ? 'missing' : 'out of date'}\n`);
    io.stderr.write(
      `\n${stale.length} generated ${stale.length === 1 ? 'file is' : 'files are'} out of date with datasets/ and README.template.md. ` +
        'Run `npm run build-readme` and commit the result. If you edited README.md by hand, make the change in datasets/<id>.yaml ' +
        'instead, or fold it back with `npm run import-readme -- README.md`.\n',
    );
    return EXIT.failed;
  }
  const changed = new Set(stale.map((s) => s.path));
  await writeArtifacts(root, result.artifacts.filter((a) => changed.has(a.path)));
  io.stdout.write(
    changed.size === 0
      ? `All ${result.artifacts.length} generated files were already up to date.\n`
      : `Wrote ${[...changed].join(', ')}${result.artifacts.length > changed.size ? `; ${result.artifacts.length - changed.size} unchanged` : ''}.\n`,
  );
  return EXIT.ok;
}
