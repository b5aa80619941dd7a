/**
 * Times the charts for the seed's 35 datasets: the first import of the chart libraries, the
 * first render (cold) and a second one (warm). Optionally writes the images to a directory.
 *
 *   npm run bench:charts [-- <output dir>]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { seedCatalog } from '../tests/charts/fixtures.js';

const outDir = process.argv[2];
const catalog = seedCatalog();

const t0 = performance.now();
const { chartArtifacts } = await import('../src/charts/index.js');
await import('../src/charts/render.js');
const t1 = performance.now();
const artifacts = await chartArtifacts(catalog);
const t2 = performance.now();
await chartArtifacts(catalog);
const t3 = performance.now();

const ms = (n: number) => `${n.toFixed(0)} ms`;
console.log(`import vega, vega-lite, resvg: ${ms(t1 - t0)}`);
console.log(`first render, 4 charts:       ${ms(t2 - t1)}`);
console.log(`warm render, 4 charts:        ${ms(t3 - t2)}`);
console.log(`added to a cold build:        ${ms(t2 - t0)}`);
for (const artifact of artifacts) {
  const bytes = typeof artifact.content === 'string' ? Buffer.byteLength(artifact.content) : artifact.content.byteLength;
  console.log(`  ${artifact.path.padEnd(36)} ${(bytes / 1024).toFixed(1).padStart(7)} KiB`);
  if (outDir !== undefined) {
    const file = join(outDir, artifact.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, artifact.content);
  }
}
