#!/usr/bin/env node
// The `catalogue` command, as the npm scripts and the git hook run it. In a checkout, where src/
// is beside dist/, it first makes sure dist/ is not older than the sources: an edit to src/ takes
// effect at the next command, never silently later.
import { existsSync, readdirSync, statSync } from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Node 22.1 and later keep compiled code between runs; Node 20 compiles at every start.
module.enableCompileCache?.();

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

/** The newest modification time of the files the build reads, or 0 outside a checkout. */
function sourcesTime() {
  const src = path.join(ROOT, 'src');
  if (!existsSync(src)) return 0;
  let newest = 0;
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  for (const file of ['package-lock.json', 'scripts/build.mjs']) {
    newest = Math.max(newest, statSync(path.join(ROOT, file), { throwIfNoEntry: false })?.mtimeMs ?? 0);
  }
  return newest;
}

async function ensureBuilt() {
  const built = statSync(CLI, { throwIfNoEntry: false })?.mtimeMs;
  const sources = sourcesTime();
  if (built !== undefined && built >= sources) return true;
  if (sources === 0) {
    process.stderr.write('catalogue: dist/ is missing; run `npm ci` (or `npm run build`) first.\n');
    return false;
  }
  let buildDist;
  try {
    ({ buildDist } = await import(pathToFileURL(path.join(ROOT, 'scripts', 'build.mjs')).href));
  } catch {
    process.stderr.write(`catalogue: src/ is newer than dist/ and esbuild is not installed to rebuild it; run \`npm ci\`, then \`npm run build\`.\n`);
    return false;
  }
  try {
    await buildDist();
  } catch (error) {
    const detail = Array.isArray(error?.errors) ? error.errors.map((e) => `${e.location ? `${e.location.file}:${e.location.line}:${e.location.column + 1}: ` : ''}${e.text}`).join('\n') : String(error?.message ?? error);
    process.stderr.write(`catalogue: src/ changed and does not compile, so nothing was run:\n${detail}\n`);
    return false;
  }
  return true;
}

if (await ensureBuilt()) {
  const { runFromCommandLine } = await import(pathToFileURL(CLI).href);
  await runFromCommandLine();
} else {
  process.exitCode = 2;
}
