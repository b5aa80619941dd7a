/**
 * The Node flags each command's npm script gives it (`node --max-semi-space-size=8
 * dist/bundle/bin.js build-readme`), read from package.json: the benchmark and the code-cache
 * warm-up run each command as `npm run` does, since V8 keeps a code cache per set of flags.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const SCRIPT = /^node ((?:--\S+ )*)dist\/bundle\/bin\.js ([\w-]+)$/;

export function scriptNodeFlags(root: string): ReadonlyMap<string, readonly string[]> {
  const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return new Map(
    Object.values(scripts).flatMap((script) => {
      const match = SCRIPT.exec(script);
      return match === null ? [] : [[match[2]!, match[1]!.split(' ').filter((flag) => flag !== '')] as const];
    }),
  );
}
