/**
 * The code cache the bundle runs its commands with: each case runs a CommonJS file in a fresh Node
 * process, as bin.js does, and looks at what the process reports and leaves in the cache folder.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../helpers/project.js';

const COMPILED = pathToFileURL(path.join(REPO, 'dist/cli/code-cache.js')).href;

const PROGRAM = `
const sibling = require('./sibling.js');
module.exports = { value: sibling.double(21), file: __filename, dir: __dirname };
`;

/** Runs `file` through requireWithCodeCache in a new process; what it exported and whether it was cached. */
function run(file: string, cacheDir: string, flags: string[] = []): { cached: boolean; value: number; file: string; dir: string; stderr: string; status: number | null } {
  const script = `import { requireWithCodeCache } from ${JSON.stringify(COMPILED)};
const { exports, cached } = requireWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(cacheDir)});
console.log(JSON.stringify({ cached, ...exports }));`;
  const result = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], { encoding: 'utf8' });
  return { ...(JSON.parse(result.stdout || '{}') as { cached: boolean; value: number; file: string; dir: string }), stderr: result.stderr, status: result.status };
}

function program(): { dir: string; file: string; cache: string } {
  const dir = tempDir({ 'package.json': '{ "type": "commonjs" }\n', 'sibling.js': 'exports.double = (n) => n * 2;\n', 'program.js': PROGRAM });
  return { dir, file: path.join(dir, 'program.js'), cache: path.join(dir, 'cache') };
}

describe('requireWithCodeCache', () => {
  it('runs a CommonJS file as require would: its exports, its own require, __filename and __dirname', () => {
    const { dir, file, cache } = program();
    expect(run(file, cache)).toMatchObject({ status: 0, stderr: '', value: 42, file, dir });
  });

  it('compiles the first time and saves the cache as the process exits; later runs load it', () => {
    const { file, cache } = program();
    expect(run(file, cache)).toMatchObject({ cached: false, value: 42 });
    const saved = readdirSync(cache);
    expect(saved).toEqual([expect.stringMatching(/^program\.js\.v\d+.*\.bin$/)]);
    expect(run(file, cache)).toMatchObject({ cached: true, value: 42, stderr: '' });
    expect(readdirSync(cache)).toEqual(saved);
  });

  it('keys the cache by the file content: an edited file compiles afresh', () => {
    const { file, cache } = program();
    run(file, cache);
    writeFileSync(file, PROGRAM.replace('21', '50'));
    expect(run(file, cache)).toMatchObject({ cached: false, value: 100 });
    expect(run(file, cache)).toMatchObject({ cached: true, value: 100 });
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('keeps a cache per set of Node flags, as V8 refuses one written under others', () => {
    const { file, cache } = program();
    run(file, cache);
    const [plain] = readdirSync(cache);
    const flags = ['--max-semi-space-size=8'];
    expect(run(file, cache, flags)).toMatchObject({ cached: false, value: 42 });
    expect(run(file, cache, flags)).toMatchObject({ cached: true, value: 42 });
    expect(run(file, cache)).toMatchObject({ cached: true, value: 42 });
    expect(readdirSync(cache)).toHaveLength(2);
    expect(readdirSync(cache)).toContain(plain);
  });

  it('compiles over a cache V8 rejects, and replaces it', () => {
    const { file, cache } = program();
    run(file, cache);
    const [saved] = readdirSync(cache);
    writeFileSync(path.join(cache, saved!), 'not compiled code');
    expect(run(file, cache)).toMatchObject({ cached: false, value: 42, stderr: '' });
    expect(run(file, cache)).toMatchObject({ cached: true, value: 42 });
  });

  it('runs without a cache where none can be written, silently', () => {
    const { dir, file } = program();
    const blocked = path.join(dir, 'sibling.js', 'cache');
    expect(run(file, blocked)).toMatchObject({ status: 0, cached: false, value: 42, stderr: '' });
    expect(run(file, blocked)).toMatchObject({ status: 0, cached: false, value: 42 });
    expect(readdirSync(dir).sort()).toEqual(['package.json', 'program.js', 'sibling.js']);
  });
});
