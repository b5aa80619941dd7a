/** Real files in temp dirs, and commands run in-process with captured output. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { main } from '../../src/cli/main.js';

export const REPO = path.resolve(import.meta.dirname, '../..');
/** The list as it was kept by hand, defects and all: the importer's and the linter's reference input. */
export const SEED_README = path.resolve(REPO, 'tests/fixtures/seed-README.md');

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder with the given files (path → content), removed after the test. */
export function tempDir(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'catalogue-test-'));
  made.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

/** A temp copy of the project's catalogue: datasets/ and README.template.md. */
export function catalogueCopy(): string {
  const dir = tempDir();
  cpSync(path.join(REPO, 'datasets'), path.join(dir, 'datasets'), { recursive: true });
  cpSync(path.join(REPO, 'README.template.md'), path.join(dir, 'README.template.md'));
  return dir;
}

export function read(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], cwd: string = REPO, env: Record<string, string> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    env,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

/**
 * A valid record as YAML, every figure sourced and its citation complete (so strict validation
 * passes too), with fields replaced or removed (value undefined) as given. Lines: id 2, name 3,
 * modality 4, subjects 5, samples 6, formats 7, size 8, year 9, citations 10-15, access 16-18,
 * summary 19, sample_unit 20, evidence 21-24.
 */
export function recordYaml(overrides: Record<string, string | undefined> = {}, id = 'example-set'): string {
  const fields: Record<string, string | undefined> = {
    id,
    name: 'Example Set',
    modality: 'mri',
    subjects: '10',
    samples: '20',
    formats: '[DICOM]',
    size: '{value: 1.5, unit: GB}',
    year: '2020',
    citations: `\n  - title: A paper\n    url: https://doi.org/10.1000/${id}\n    type: article\n    authors: [{family: Doe, given: Jane}]\n    year: 2020`,
    access: `\n  kind: download\n  url: https://example.org/${id}`,
    summary: 'A small example.',
    sample_unit: 'images',
    evidence: `\n  - url: https://example.org/${id}/about\n    quote: 10 patients and 20 images, 1.5 GB, released in 2020.\n    supports: [subjects, samples, sample_unit, size, year]`,
    ...overrides,
  };
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}:${value!.startsWith('\n') ? '' : ' '}${value}`);
  return `# yaml-language-server: $schema=../schema/dataset.schema.json\n${lines.join('\n')}\n`;
}

/** Rewrites a top-level field of a record in place: `subjects: 7` whatever it said before. */
export function setField(root: string, file: string, field: string, value: string): void {
  const full = path.join(root, file);
  const text = readFileSync(full, 'utf8');
  const pattern = new RegExp(`^${field}: .*$`, 'm');
  if (!pattern.test(text)) throw new Error(`${file} has no top-level ${field}`);
  writeFileSync(full, text.replace(pattern, `${field}: ${value}`));
}
