/**
 * chartMarkdown must stay cheap: neither it nor the module the builder imports may load the chart
 * libraries at import time. Follows the static imports of the sources (type-only imports and
 * dynamic import() are not loads at import time) and looks for the libraries.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
const HEAVY = /^(vega|vega-.*|@resvg\/.*)$/;

/** Specifiers loaded when `file` is imported: static `import`/`export ... from`, not `import type`. */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    if (match[1] === undefined) found.push(match[2]!);
  }
  return found;
}

/** Every package reached from `entry` through static imports, with the chain that reaches it. */
function reachedPackages(entry: string): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of staticImports(file)) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')), [...chain, specifier]);
      else if (!packages.has(specifier)) packages.set(specifier, [...chain, specifier]);
    }
  };
  visit(resolve(SRC, entry), [entry]);
  return packages;
}

describe('chart modules loaded without rendering', () => {
  it.each(['charts/markdown.ts', 'charts/index.ts'])('%s loads no chart library at import time', (entry) => {
    const heavy = [...reachedPackages(entry)].filter(([name]) => HEAVY.test(name)).map(([, chain]) => chain.join(' → '));
    expect(heavy).toEqual([]);
  });

  it('sees the libraries that render.ts does load (the check can fail)', () => {
    expect([...reachedPackages('charts/render.ts').keys()]).toEqual(expect.arrayContaining(['vega', 'vega-lite', '@resvg/resvg-js']));
  });
});
