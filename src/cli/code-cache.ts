/**
 * Runs a CommonJS file with V8's code cache, as Node 22's `module.enableCompileCache()` does for
 * every module (Node 20 has no such switch for user code). Each command of the bundle is one such
 * file: the first run compiles it as usual and, as the process exits, saves the code V8 compiled
 * for it, the functions the run called included; later runs load that instead of compiling the
 * parser and the rules again. A short command starts about a fifth sooner.
 *
 * The cache is keyed by the file's content, Node's version, architecture and flags, and V8 checks it again
 * (a cache it rejects is compiled over and replaced). A cache that cannot be read or written is no
 * error: the file then runs as plain `require` would run it.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { crc32 } from 'node:zlib';

export interface CodeCacheRun {
  /** What the file exports. */
  readonly exports: unknown;
  /** Whether compiled code was loaded from the cache. */
  readonly cached: boolean;
}

export function requireWithCodeCache(file: string, cacheDir: string): CodeCacheRun {
  const source = readFileSync(file, 'utf8');
  // CRC-32 is enough to tell builds apart (V8 checks the cache too) and costs well under a millisecond.
  // V8 refuses a cache written under other flags, so each set of Node flags keeps its own.
  const flags = crc32(process.execArgv.join(' ')).toString(36);
  const key = `${process.version}-${process.arch}-${flags}-${source.length.toString(36)}-${crc32(source).toString(36)}`;
  const cacheFile = path.join(cacheDir, `${path.basename(file)}.${key}.bin`);
  const cachedData = readCache(cacheFile);
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    ...(cachedData !== undefined && { cachedData }),
  });
  const cached = cachedData !== undefined && !script.cachedDataRejected;
  // Saved at exit, so the cache holds the functions this run compiled, not only the top level.
  if (!cached) process.once('exit', () => writeCache(cacheFile, () => script.createCachedData()));
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, cached };
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written to a temporary file and renamed, so a run never reads half a cache another is writing. */
function writeCache(file: string, data: () => Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, data());
    renameSync(temporary, file);
  } catch {
    // A read-only install runs without a cache; what was written of this one goes.
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}
