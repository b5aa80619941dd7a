/**
 * Start-up stays lean: what `lint-readme` runs before it reads a file is its static import graph
 * (dynamic imports run only when used: the catalogue and the build for in-sync, the writer for
 * --fix, one reporter). Read from the compiled files; the bundle keeps that order, as esbuild
 * evaluates a module imported dynamically only when the import runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/project.js';

const DIST = path.join(REPO, 'dist');

function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    // Module-level import and export statements, minified (`import{a as b}from"./x.js";`) or not.
    for (const m of source.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{][^'";]*?from\s*)?['"]([^'"]+)['"]/g)) {
      const specifier = m[1]!;
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier));
      else if (!specifier.startsWith('node:')) packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
    }
  };
  visit(entry);
  return { files: new Set([...files].map((f) => path.relative(DIST, f).split(path.sep).join('/'))), packages };
}

describe('lint-readme start-up', () => {
  const { files, packages } = staticGraph(path.join(DIST, 'cli/lint-readme.js'));

  it('loads the parser, the rules and the field parsers, nothing of the build, the exports or the charts', () => {
    expect(files).toContain('lint/rules/index.js');
    expect([...files].filter((f) => /^(build|exports|charts|links)\/|^catalog\/(load|validate-record|yaml-source|schema)\.js$|^readme\/(render|template)\.js$|^lint\/(project|project-load|project-worker|fix)\.js$|^report\/(json|github|sarif)\.js$/.test(f))).toEqual([]);
    expect([...packages].sort()).toEqual(['fastest-levenshtein', 'github-slugger', 'mdast-util-to-string', 'remark-gfm', 'remark-parse', 'unified']);
  });

  it('in-sync loads the catalogue and the build only through a dynamic import, or on a worker thread', () => {
    const context = readFileSync(path.join(DIST, 'lint/context.js'), 'utf8');
    expect(context).toMatch(/import\('\.\/project-load\.js'\)/);
    expect(staticGraph(path.join(DIST, 'lint/project-load.js')).files).toContain('build/build.js');
    expect(staticGraph(path.join(DIST, 'lint/project-worker.js')).files).toContain('lint/project-load.js');
    // The view of the loaded catalogue renders the dataset sections: it loads after the parse, too.
    expect(readFileSync(path.join(DIST, 'lint/project-thread.js'), 'utf8')).toMatch(/import\('\.\/project\.js'\)/);
  });
});

describe('the bundle the npm scripts run', () => {
  const BUNDLE = path.join(DIST, 'bundle');
  const COMMANDS = ['build-readme', 'check-links', 'import-readme', 'lint-readme', 'new-dataset', 'pre-commit', 'validate'];

  it('has one CommonJS file per command, which bin.js loads only when the command runs', () => {
    expect(readdirSync(path.join(BUNDLE, 'commands')).filter((f) => !f.startsWith('project-worker')).sort()).toEqual(COMMANDS.map((c) => `${c}.js`));
    expect(JSON.parse(readFileSync(path.join(BUNDLE, 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
    const bin = readFileSync(path.join(BUNDLE, 'bin.js'), 'utf8');
    // Strings survive minification: mdast's node types show where the parser is.
    expect(bin).not.toMatch(/"tableCell"/);
    expect(readFileSync(path.join(BUNDLE, 'commands/lint-readme.js'), 'utf8')).toMatch(/"tableCell"/);
    for (const command of COMMANDS) expect(bin).toContain(`"commands/${command}.js"`);
  });

  it('runs each command with V8\'s code cache: filled by the build, written again by a first run when missing', () => {
    const cache = path.join(BUNDLE, '.code-cache');
    const names = readdirSync(cache);
    for (const file of [...COMMANDS, 'project-worker-code']) expect(names.some((f) => f.startsWith(`${file}.js.`)), file).toBe(true);
    const validate = names.find((f) => f.startsWith('validate.js.'))!;
    rmSync(path.join(cache, validate));
    const run = () => spawnSync(process.execPath, [path.join(BUNDLE, 'bin.js'), 'validate'], { cwd: REPO, encoding: 'utf8' });
    expect(run()).toMatchObject({ status: 0, stdout: 'No problems found.\n', stderr: '' });
    expect(existsSync(path.join(cache, validate))).toBe(true);
    expect(run()).toMatchObject({ status: 0, stdout: 'No problems found.\n', stderr: '' });
  });
});
