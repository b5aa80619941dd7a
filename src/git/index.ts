/** The files as staged for the next commit, read from git's index rather than the working tree. */
import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** The top folder of the repository, or undefined outside one. */
export async function repositoryRoot(cwd: string): Promise<string | undefined> {
  try {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch {
    return undefined;
  }
}

/** Paths added, copied, modified or renamed in the index, relative to the repository root. */
export async function stagedPaths(root: string): Promise<string[]> {
  return splitZ(await git(root, ['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z']));
}

/** Every path in the index under a folder. */
export async function indexPaths(root: string, folder: string): Promise<string[]> {
  return splitZ(await git(root, ['ls-files', '-z', '--', folder]));
}

/** Every path under a folder in a commit. */
export async function revisionPaths(root: string, revision: string, folder: string): Promise<string[]> {
  return splitZ(await git(root, ['ls-tree', '-r', '--name-only', '-z', revision, '--', folder]));
}

/** The staged contents of the given paths; undefined when not staged. */
export function readIndex(root: string, paths: readonly string[]): Promise<Map<string, string | undefined>> {
  return readObjects(root, '', paths);
}

/** The contents of the given paths in a commit; undefined where the commit has no such file. */
export function readRevision(root: string, revision: string, paths: readonly string[]): Promise<Map<string, string | undefined>> {
  return readObjects(root, revision, paths);
}

/** File contents at `revision:path` (the index when revision is ''), read in one `git cat-file --batch`. */
async function readObjects(root: string, revision: string, paths: readonly string[]): Promise<Map<string, string | undefined>> {
  const contents = new Map<string, string | undefined>();
  if (paths.length === 0) return contents;
  const output = await new Promise<Buffer>((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`git cat-file exited with ${code}`))));
    // `./` makes each path relative to the folder git runs in, as ls-tree and ls-files print them.
    child.stdin.end(paths.map((p) => `${revision}:./${p}\n`).join(''));
  });
  let offset = 0;
  for (const file of paths) {
    const headerEnd = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, headerEnd).toString('utf8');
    offset = headerEnd + 1;
    const size = /^\S+ blob (\d+)$/.exec(header)?.[1];
    if (size === undefined) {
      contents.set(file, undefined);
      continue;
    }
    contents.set(file, output.subarray(offset, offset + Number(size)).toString('utf8'));
    offset += Number(size) + 1;
  }
  return contents;
}

function splitZ(text: string): string[] {
  return text.split('\0').filter((p) => p !== '');
}

/**
 * The files of the last commit under `folder` of the catalogue at `root`, named relative to `root`
 * (datasets/busi.yaml); undefined outside a repository or before its first commit.
 */
export async function committedRecordFiles(root: string, folder: string): Promise<Set<string> | undefined> {
  const top = await repositoryRoot(root);
  if (top === undefined) return undefined;
  const within = path.relative(top, path.join(root, folder)).split(path.sep).join('/');
  try {
    const files = await revisionPaths(top, 'HEAD', within);
    return new Set(files.map((file) => `${folder}/${file.slice(within.length + 1)}`));
  } catch {
    return undefined;
  }
}
