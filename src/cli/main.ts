/**
 * The `catalogue` command. Each subcommand lives in its own module and is imported only when
 * it runs, so `lint-readme` never loads the chart libraries and start-up stays lean.
 */
import { EXIT, UserError, processIo, type Command, type Io } from './io.js';

interface Entry {
  readonly summary: string;
  readonly load: () => Promise<{ run: Command }>;
}

const COMMANDS: Record<string, Entry> = {
  // Commands register here, one entry each.
  'build-readme': {
    summary: 'Write README.md and its generated files from datasets/ (--check: verify only)',
    load: () => import('./build-readme.js'),
  },
  'import-readme': {
    summary: 'Import dataset records from a README in the catalogue format',
    load: () => import('./import-readme.js'),
  },
  'lint-readme': {
    summary: 'Check a README in the catalogue format: tables, values, links, totals, summaries (--fix: safe fixes)',
    load: () => import('./lint-readme.js'),
  },
  'new-dataset': {
    summary: 'Write a new dataset record, asking for each field (or from flags)',
    load: () => import('./new-dataset.js'),
  },
  'pre-commit': {
    summary: 'Check the staged records and generated files (run by the git hook)',
    load: () => import('./pre-commit.js'),
  },
  validate: {
    summary: 'Validate dataset records (all of datasets/, or the files given)',
    load: () => import('./validate.js'),
  },
  'check-links': {
    summary: 'Check the links of the dataset records (or of the Markdown files given)',
    load: () => import('./check-links.js'),
  },
  'check-sources': {
    summary: 'Check citations against the DOI registries and quotes against their pages (--write: fill empty citation fields)',
    load: () => import('./check-sources.js'),
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`);
  return `Usage: npm run <command> -- [options]   (or: node bin/catalogue.mjs <command> [options])\n\nCommands:\n${lines.join('\n')}\n\nRun \`npm run <command> -- --help\` for a command's options.\n`;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout).write(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const entry = COMMANDS[name];
  if (entry === undefined) {
    io.stderr.write(`catalogue: unknown command \`${name}\`.\n\n${usage()}`);
    return EXIT.usage;
  }
  try {
    const { run } = await entry.load();
    return await run(args, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(`catalogue ${name}: internal error: ${detail}\nPlease report this with the command you ran.\n`);
    if (io.env.CATALOGUE_DEBUG) io.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
    return EXIT.usage;
  }
}

/** Runs the command line of this process: bin/catalogue.mjs calls it. */
export async function runFromCommandLine(): Promise<void> {
  // A reader that stops early (`| head -1`) closes the pipe: that ends the output, it is no error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
      throw error;
    });
  }
  try {
    process.exitCode = await main(process.argv.slice(2), processIo());
  } catch {
    process.exitCode = EXIT.usage;
  }
}
