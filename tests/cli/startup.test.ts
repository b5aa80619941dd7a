/**
 * Start-up stays lean: what `lint-readme` loads before it reads a file is its static import graph
 * (dynamic imports run only when used: the catalogue and the build for in-sync, the writer for
 * --fix, one reporter). Read from the compiled files, as node loads them.
 */
import { readFileSync, readdirSync } from 'node:fs';
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
  const chunks = readdirSync(path.join(BUNDLE, 'chunks'));
  const chunk = (command: string) => path.join(BUNDLE, 'chunks', chunks.find((f) => f.startsWith(`${command}-`))!);
  const loaded = (entry: string) => [...staticGraph(entry).files].map((f) => readFileSync(path.join(DIST, f), 'utf8')).join('\n');

  it('keeps each command in its own chunk, loaded on demand', () => {
    for (const command of ['lint-readme', 'build-readme', 'check-links', 'validate']) expect(chunks.some((f) => f.startsWith(`${command}-`)), command).toBe(true);
    expect(loaded(path.join(BUNDLE, 'bin.js'))).not.toMatch(/"tableCell"/);
  });

  it('loads no chart library, HTTP client or schema validator for lint-readme', () => {
    const code = loaded(chunk('lint-readme'));
    // Strings survive minification: mdast's node types show the parser is there.
    expect(code).toMatch(/"tableCell"/);
    expect(code).not.toMatch(/vega\.github\.io|@resvg\/resvg-js|undici|must have required property/);
    // The same markers are found where those libraries do load, so the check above can fail.
    expect(loaded(chunk('validate'))).toMatch(/must have required property/);
    expect(loaded(chunk('check-links'))).toMatch(/undici/);
  });

  it('loads the record loader for check-links only when it checks the records', () => {
    expect(loaded(chunk('check-links'))).not.toMatch(/must have required property/);
    expect(loaded(chunk('charts'))).toMatch(/vega\.github\.io/);
  });
});
