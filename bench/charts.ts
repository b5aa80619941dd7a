/**
 * The charts for the seed's 35 datasets, in phases: the first import of the chart libraries, the
 * first render (cold) and a second one (warm). `npm run bench` runs it as a cold process beside
 * build-readme (`--json`); run alone it prints the phases and the size of each image, and writes
 * the images to a folder if one is given:
 *
 *   node node_modules/.cache/bench/bench/charts.js [--json] [<output dir>]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { seedCatalog } from '../tests/charts/fixtures.js';

export interface ChartPhases {
  readonly importMs: number;
  readonly firstRenderMs: number;
  readonly warmRenderMs: number;
}

const json = process.argv.includes('--json');
const outDir = process.argv.slice(2).find((arg) => arg !== '--json');
const catalog = seedCatalog();

const t0 = performance.now();
const { chartArtifacts } = await import('../src/charts/index.js');
await import('../src/charts/render.js');
const t1 = performance.now();
const artifacts = await chartArtifacts(catalog);
const t2 = performance.now();
await chartArtifacts(catalog);
const t3 = performance.now();

const phases: ChartPhases = { importMs: t1 - t0, firstRenderMs: t2 - t1, warmRenderMs: t3 - t2 };
if (json) {
  process.stdout.write(`${JSON.stringify(phases)}\n`);
} else {
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(`import vega, vega-lite, resvg: ${ms(phases.importMs)}`);
  console.log(`first render, 4 charts:       ${ms(phases.firstRenderMs)}`);
  console.log(`warm render, 4 charts:        ${ms(phases.warmRenderMs)}`);
  console.log(`added to a cold build:        ${ms(t2 - t0)}`);
  for (const artifact of artifacts) {
    const bytes = typeof artifact.content === 'string' ? Buffer.byteLength(artifact.content) : artifact.content.byteLength;
    console.log(`  ${artifact.path.padEnd(36)} ${(bytes / 1024).toFixed(1).padStart(7)} KiB`);
  }
}
if (outDir !== undefined) {
  for (const artifact of artifacts) {
    const file = join(outDir, artifact.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, artifact.content);
  }
}
