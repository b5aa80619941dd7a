// Bundles the compiled CLI (dist/) into a few files under dist/bundle/: one module per command
// entry and shared chunks, so a command loads a handful of files instead of hundreds. Dynamic
// imports stay separate chunks, so the chart libraries still load only when charts render.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: start empty so no chunk of an earlier build lingers.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  // The catalogue loader's worker sits beside the chunks, where the code that starts it looks for it.
  entryPoints: { bin: 'dist/cli/bin.js', 'chunks/project-worker': 'dist/lint/project-worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Native code and packages read as files stay in node_modules.
  external: ['@resvg/resvg-js', 'dejavu-fonts-ttf'],
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __catalogueRequire } from 'node:module'; const require = __catalogueRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  legalComments: 'none',
  minify: true,
});
