// Compiles src/ into dist/ in one esbuild pass: the CLI (dist/cli.js) and the remark preset
// (dist/remark-preset.js), as ES modules with shared chunks. Each command's module is imported only
// when that command runs, so a command loads what it uses and nothing more. Type checking is
// `npm run typecheck`; esbuild only strips the types.
//
// Run as a script (`npm run build`) or imported by bin/catalogue.mjs, which rebuilds when src/ is
// newer than dist/ so a command never runs code older than its sources.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');

export async function buildDist() {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { cli: 'src/cli/main.ts', 'remark-preset': 'src/remark-preset.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: DIST,
    chunkNames: 'chunks/[name]-[hash]',
    // Native code and packages read as files stay in node_modules.
    external: ['@resvg/resvg-js', 'dejavu-fonts-ttf'],
    // CommonJS packages bundled into ES modules call require() for Node's own modules.
    banner: { js: "import { createRequire as __catalogueRequire } from 'node:module'; const require = __catalogueRequire(import.meta.url);" },
    legalComments: 'none',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  // Chunks first, the entry points last, each written whole and renamed into place, so a command
  // started during a rebuild reads either the old files or the new ones.
  const outputs = [...result.outputFiles].sort((a, b) => Number(isEntry(a.path)) - Number(isEntry(b.path)));
  for (const file of outputs) {
    mkdirSync(path.dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  // What an earlier build left and this one does not write: old chunks, the old compiled tree.
  const written = new Set(outputs.map((f) => f.path));
  for (const entry of readdirSync(DIST, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && !written.has(file)) rmSync(file, { force: true });
  }
  for (const entry of readdirSync(DIST, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== 'chunks') rmSync(path.join(DIST, entry.name), { recursive: true, force: true });
  }
}

function isEntry(file) {
  return path.dirname(file) === DIST;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildDist();
}
