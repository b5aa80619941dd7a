// Bundles the compiled CLI (dist/) into dist/bundle/: bin.js, the dispatcher, and one CommonJS file
// per command under commands/, which bin.js runs with V8's code cache (src/cli/code-cache.ts). A
// command's file holds everything it may need; what it loads lazily (the chart libraries, the
// catalogue for lint-readme's sync check) is only evaluated when used.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const OUT = 'dist/bundle';
/** Where compiled code is cached, beside bin.js; written on first use. */
const CODE_CACHE = '.code-cache';
const COMMANDS = ['build-readme', 'check-links', 'import-readme', 'lint-readme', 'new-dataset', 'pre-commit', 'validate'];

// Start empty so no file of an earlier build lingers, nor a code cache of one.
rmSync(OUT, { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outdir: OUT,
  // Native code and packages read as files stay in node_modules.
  external: ['@resvg/resvg-js', 'dejavu-fonts-ttf'],
  logLevel: 'warning',
  legalComments: 'none',
  minify: true,
};

/**
 * vega-canvas's Node build awaits `import('canvas')` at its top level, which CommonJS cannot hold.
 * The charts never use a canvas (render.ts turns canvas text metrics off, so an installed `canvas`
 * package cannot change the layout): its browser build, which finds none in Node, does the same.
 */
const noCanvas = {
  name: 'no-canvas',
  setup(builder) {
    builder.onResolve({ filter: /^vega-canvas$/ }, async (args) => {
      if (args.pluginData === 'no-canvas') return undefined;
      const node = await builder.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'no-canvas' });
      if (!node.path.endsWith('vega-canvas.node.js')) return { errors: [{ text: `vega-canvas resolved to ${node.path}, not its Node build: check its browser build still finds no canvas` }] };
      return { path: node.path.replace(/vega-canvas\.node\.js$/, 'vega-canvas.browser.js') };
    });
  },
};

// Each command, and the code of the worker thread lint-readme loads the catalogue on.
// import.meta.url becomes the file's own URL.
await build({
  ...common,
  entryPoints: Object.fromEntries([...COMMANDS.map((name) => [`commands/${name}`, `dist/cli/${name}.js`]), ['commands/project-worker-code', 'dist/lint/project-worker.js']]),
  define: { 'import.meta.url': '__catalogueFileUrl' },
  banner: { js: "const __catalogueFileUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [noCanvas],
});

/** Code that runs `file` (beside the output) through the code cache, with the cache beside bin.js. */
const throughCodeCache = (file, cacheDir) => `const path = require('node:path');
const { requireWithCodeCache } = require('./code-cache.js');
module.exports = requireWithCodeCache(path.join(__dirname, ${JSON.stringify(file)}), path.join(__dirname, ${JSON.stringify(cacheDir)})).exports;`;

/** Imports matching `filter` (from a module named `importer`, when given) become modules whose code is `contents(path)`. */
const generated = (name, filter, contents, importer) => ({
  name,
  setup(builder) {
    builder.onResolve({ filter }, (args) => (importer === undefined || path.basename(args.importer) === importer ? { path: args.path, namespace: name } : undefined));
    builder.onLoad({ filter: /.*/, namespace: name }, (args) => ({ resolveDir: path.resolve('dist/cli'), contents: contents(args.path) }));
  },
});

// bin.js: main.js's `import('./lint-readme.js')` reads commands/lint-readme.js through the code cache.
const COMMAND = new RegExp(`^\\./(${COMMANDS.join('|')})\\.js$`);
await build({
  ...common,
  entryPoints: { bin: 'dist/cli/bin.js' },
  plugins: [generated('command', COMMAND, (specifier) => throughCodeCache(`commands/${COMMAND.exec(specifier)[1]}.js`, CODE_CACHE), 'main.js')],
});

// The worker's entry, where src/lint/project-thread.ts looks for it (beside the commands), runs its code through the cache too.
await build({
  ...common,
  entryPoints: { 'commands/project-worker': 'worker-entry' },
  plugins: [generated('worker', /^worker-entry$/, () => throughCodeCache('project-worker-code.js', `../${CODE_CACHE}`))],
});

// The package is ESM; the bundle's .js files are CommonJS, which V8's code cache (vm.Script) needs.
writeFileSync(path.join(OUT, 'package.json'), '{ "type": "commonjs" }\n');

// Fill the code cache with real runs, so the first use after a build is as fast as the next.
await import('./warm-code-cache.mjs');
