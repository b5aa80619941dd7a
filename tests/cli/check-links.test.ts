import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinksCommand } from '../../src/cli/check-links.js';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { FAST } from '../links/fast.js';
import { record } from '../links/fixtures.js';
import { startServer, type TestServer } from '../links/server.js';

let server: TestServer;
let root: string;

beforeAll(async () => {
  server = await startServer();
  root = await mkdtemp(path.join(tmpdir(), 'check-links-cli-'));
  await mkdir(path.join(root, 'datasets'));
  await mkdir(path.join(root, 'good', 'datasets'), { recursive: true });
  const u = (p: string) => server.url(p);
  await writeFile(path.join(root, 'datasets', 'alpha.yaml'), record('alpha', u('/ok'), [u('/status/404'), 'https://doi.org/10.1234/good-cli']));
  await writeFile(path.join(root, 'datasets', 'beta.yaml'), record('beta', u('/status/403'), [u('/status/404')]));
  await writeFile(path.join(root, 'good', 'datasets', 'gamma.yaml'), record('gamma', u('/moved/cli'), []));
  await writeFile(
    path.join(root, 'page.md'),
    `# Page\n\n[gone](${u('/status/410')})\n\n[fine](${u('/ok')}) and [blocked](${u('/status/418')})\n\n![missing](images/none.svg)\n`,
  );
});
afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

function io(cwd = root, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const value: Io = {
    cwd,
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env,
  };
  return { io: value, out: () => stdout, err: () => stderr };
}

const cli = (args: string[], cwd = root) => {
  const captured = io(cwd);
  const run = checkLinksCommand(args, captured.io, { ...FAST, doiResolver: `${server.origin}/doi/` });
  return run.then((code) => ({ code, stdout: captured.out(), stderr: captured.err() }));
};

describe('check-links on the dataset records', () => {
  it('prints one JSON array in report order, sources with file, line and field; exit 1 on a broken link', async () => {
    const { code, stdout } = await cli(['--format', 'json', '--no-cache']);
    expect(code).toBe(1);
    const rows = JSON.parse(stdout) as Record<string, unknown>[];
    expect(rows.map((r) => [r.url, r.verdict])).toEqual([
      [server.url('/status/404'), 'broken'],
      [server.url('/status/403'), 'warn'],
      [server.url('/ok'), 'ok'],
      ['https://doi.org/10.1234/good-cli', 'ok'],
    ]);
    for (const row of rows) {
      expect(Object.keys(row).slice(0, 8)).toEqual(['url', 'verdict', 'status', 'finalUrl', 'attempts', 'ms', 'reason', 'sources']);
      expect(typeof row.ms).toBe('number');
    }
    expect(rows[0]).toMatchObject({
      status: 404,
      finalUrl: server.url('/status/404'),
      attempts: 2,
      reason: '404 Not Found',
      sources: [
        { file: 'datasets/alpha.yaml', line: 14, field: 'citations[0].url' },
        { file: 'datasets/beta.yaml', line: 14, field: 'citations[0].url' },
      ],
    });
    expect(rows[2]).toMatchObject({ sources: [{ file: 'datasets/alpha.yaml', line: 20, field: 'access.url' }] });
    expect(rows[3]).toMatchObject({ status: 302, attempts: 1, finalUrl: server.url('/publisher/10.1234/good-cli') });
  });

  it('groups the text report broken first, then could not tell, then ok', async () => {
    const { code, stdout, stderr } = await cli(['--no-cache']);
    expect(code).toBe(1);
    const broken = stdout.indexOf('Broken (1)');
    const warn = stdout.indexOf('Could not tell (1)');
    const ok = stdout.indexOf('OK (2)');
    expect(broken).toBe(0);
    expect(warn).toBeGreaterThan(broken);
    expect(ok).toBeGreaterThan(warn);
    expect(stdout).toContain(`  ✖ ${server.url('/status/404')}\n      404 Not Found\n      datasets/alpha.yaml:14 citations[0].url\n`);
    expect(stdout).toMatch(/\n1 broken, 1 could not tell, 2 ok \(4 links\) in [\d.]+ s\n$/);
    // Not a terminal: plain progress lines on stderr.
    expect(stderr).toMatch(/^\[1\/4\] /m);
  });

  it('exits 0 when nothing is broken, and suggests where a permanently moved link now points', async () => {
    const { code, stdout } = await cli(['--no-cache', '--root', 'good']);
    expect(code).toBe(0);
    expect(stdout).toContain(`moved permanently: update the link to ${server.url('/ok')}\n      datasets/gamma.yaml:14 access.url`);
  });
});

describe('check-links on Markdown files', () => {
  it('reports every link with file and line, repository paths included', async () => {
    const { code, stdout } = await cli(['page.md', '--format', 'json', '--no-cache']);
    expect(code).toBe(1);
    const rows = JSON.parse(stdout) as { url: string; verdict: string; sources: unknown }[];
    expect(rows.map((r) => [r.url, r.verdict, r.sources])).toEqual([
      [server.url('/status/410'), 'broken', [{ file: 'page.md', line: 3 }]],
      ['images/none.svg', 'broken', [{ file: 'page.md', line: 7 }]],
      [server.url('/status/418'), 'warn', [{ file: 'page.md', line: 5 }]],
      [server.url('/ok'), 'ok', [{ file: 'page.md', line: 5 }]],
    ]);
  });
});

describe('deadlines through the command', () => {
  it('--timeout bounds the wait for headers; could-not-tell alone exits 0', async () => {
    await writeFile(path.join(root, 'slow.md'), `[slow](${server.url('/slow-headers/cli')})\n`);
    const started = performance.now();
    const { code, stdout } = await cli(['slow.md', '--timeout', '0.2', '--no-cache']);
    expect(code).toBe(0);
    expect(stdout).toContain('no response headers within 0.20 s (3 attempts)');
    expect(performance.now() - started).toBeLessThan(2_500);
  });
});

describe('the cache through the command', () => {
  it('answers from the cache on the next run, and reports a corrupted cache without failing', async () => {
    const cacheFile = path.join(root, 'cache', 'links.json');
    await mkdir(path.dirname(cacheFile), { recursive: true });
    await writeFile(cacheFile, '{ corrupted');
    const first = await cli(['page.md', '--format', 'json', '--cache', 'cache/links.json']);
    expect(first.stderr).toContain(`check-links: ignoring the link cache ${cacheFile}: it is not valid JSON; it will be rewritten`);
    const saved = JSON.parse(await readFile(cacheFile, 'utf8')) as { entries: Record<string, unknown> };
    // ok and broken kept, warn (418) not; repository paths and mailto are never cached.
    expect(Object.keys(saved.entries)).toEqual([server.url('/ok'), server.url('/status/410')]);

    const requestsBefore = server.path('/status/410').requests;
    const second = await cli(['page.md', '--format', 'json', '--cache', 'cache/links.json']);
    expect(second.stderr).not.toContain('ignoring');
    const rows = JSON.parse(second.stdout) as { url: string; attempts: number; cached?: boolean }[];
    expect(rows.find((r) => r.url === server.url('/status/410'))).toMatchObject({ attempts: 0, cached: true });
    expect(rows.find((r) => r.url === server.url('/status/418'))).toMatchObject({ attempts: 2 });
    expect(server.path('/status/410').requests).toBe(requestsBefore);
  });
});

describe('usage errors exit 2 with a message, never a stack trace', () => {
  it.each([
    [['--format', 'xml'], 'check-links: --format must be text or json, not `xml`.'],
    [['--timeout', '0'], 'check-links: --timeout takes a number of seconds above 0, not `0`.'],
    [['--timeout', 'soon'], 'check-links: --timeout takes a number of seconds above 0, not `soon`.'],
    [['--concurrency', '1.5'], 'check-links: --concurrency takes a whole number above 0, not `1.5`.'],
    [['--cache', 'x.json', '--no-cache'], 'check-links: --cache and --no-cache cannot be used together.'],
    [['--bogus'], 'check-links: unknown option `--bogus`.'],
    [['missing.md'], 'check-links: no such file: missing.md'],
  ])('%j', async (args, message) => {
    const captured = io();
    const code = await main(['check-links', ...args], captured.io);
    expect(code).toBe(2);
    expect(captured.out()).toBe('');
    expect(captured.err()).toContain(message);
    expect(captured.err()).not.toMatch(/\n\s+at /);
  });

  it('exit 2 outside a catalogue folder, naming the problem', async () => {
    const captured = io(path.join(root, 'good', 'datasets'));
    expect(await main(['check-links'], captured.io)).toBe(2);
    expect(captured.err()).toMatch(/^No datasets\/ folder in /);
  });

  it('--help prints usage and exits 0', async () => {
    const captured = io();
    expect(await main(['check-links', '--help'], captured.io)).toBe(0);
    expect(captured.out()).toMatch(/^Usage: npm run check-links/);
  });
});

describe('check-links without a network, and names that do not resolve', () => {
  async function catalogue(links: string[]): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'check-links-dns-'));
    await mkdir(path.join(dir, 'datasets'));
    await writeFile(path.join(dir, 'page.md'), `# Links\n\n${links.map((l, i) => `- [link ${i}](${l})`).join('\n')}\n`);
    return dir;
  }

  it('when no host resolves, says so once, judges nothing, exits 0 and caches nothing', async () => {
    const dir = await catalogue(['https://example.org/a', 'https://doi-less.example.com/b', 'https://www.cancerimagingarchive.net/collection/x/']);
    const captured = io(dir);
    const code = await checkLinksCommand(['page.md', '--format', 'json'], captured.io, { ...FAST, doiResolver: 'https://doi.example/' });
    const [stdout, stderr] = [captured.out(), captured.err()];
    expect(code).toBe(0);
    expect(stderr.split('this machine seems to be offline.')).toHaveLength(2);
    expect(stderr).toContain('check-links: no host could be reached: this machine seems to be offline. No link was judged, and the cache learned nothing from this run.\n');
    const rows = JSON.parse(stdout) as { verdict: string; reason: string }[];
    expect(rows.map((r) => r.verdict)).toEqual(['warn', 'warn', 'warn']);
    expect(rows[0]!.reason).toMatch(/^not checked: no host could be reached, so this machine seems offline/);
    const cache = JSON.parse(await readFile(path.join(dir, '.link-cache.json'), 'utf8')) as { entries: object };
    expect(cache.entries).toEqual({});
    await rm(dir, { recursive: true, force: true });
  });

  it('reports a name that does not resolve, while others do, as broken only when the run before saw the same', async () => {
    const dir = await catalogue([server.url('/ok'), 'https://gone-for-good.example/dataset']);
    const first = await cli(['page.md', '--format', 'json'], dir);
    expect(first.code).toBe(0);
    const firstRows = JSON.parse(first.stdout) as { url: string; verdict: string; reason: string }[];
    expect(firstRows.find((r) => r.url.includes('gone-for-good'))).toMatchObject({ verdict: 'warn', reason: expect.stringMatching(/does not resolve; if it still does not on the next run, the link is reported broken$/) });
    const second = await cli(['page.md', '--format', 'json'], dir);
    expect(second.code).toBe(1);
    expect((JSON.parse(second.stdout) as { url: string; verdict: string }[]).find((r) => r.url.includes('gone-for-good'))).toMatchObject({ verdict: 'broken' });
    await rm(dir, { recursive: true, force: true });
  });
});
