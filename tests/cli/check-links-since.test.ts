import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinksCommand } from '../../src/cli/check-links.js';
import { FAST } from '../links/fast.js';
import { startServer, type TestServer } from '../links/server.js';
import { catalogueCopy, read, recordYaml, runCli } from '../helpers/project.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore' });

async function run(cwd: string, args: string[]) {
  let stdout = '';
  let stderr = '';
  // The test lookup fails every real host name at once, so a link that is not filtered out never leaves the machine.
  const code = await checkLinksCommand(args, { cwd, env: {}, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } }, FAST);
  return { code, stdout, stderr };
}

describe('check-links --since', () => {
  it('checks only the links a change adds to the records', async () => {
    const root = catalogueCopy();
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '-A');
    git(root, '-c', 'user.email=t@example.org', '-c', 'user.name=T', 'commit', '-q', '--no-verify', '-m', 'base');
    writeFileSync(
      path.join(root, 'datasets/new-set.yaml'),
      recordYaml(
        {
          citations: `\n  - title: Paper\n    url: ${server.url('/status/404')}\n    type: article\n    authors: [{family: Doe}]\n    year: 2020`,
          access: `\n  kind: download\n  url: ${server.url('/ok')}`,
          evidence: `\n  - url: ${server.url('/ok')}\n    quote: 10 patients and 20 images.\n    supports: [subjects, samples, sample_unit]`,
        },
        'new-set',
      ),
    );
    // An existing record's changed link counts as added too.
    const busi = path.join(root, 'datasets/busi.yaml');
    writeFileSync(busi, read(root, 'datasets/busi.yaml').replace(/^(access:\n  kind: \w+\n  url: ).*$/m, `$1${server.url('/ok/changed')}`));

    const summaryFile = path.join(root, 'summary.md');
    const result = await run(root, ['--since', 'HEAD', '--format', 'json', '--no-cache', '--summary', summaryFile]);
    expect(result.stderr).toMatch(/check-links: 3 of \d+ links are new since HEAD\./);
    const rows = JSON.parse(result.stdout) as { url: string; verdict: string }[];
    expect(rows.map((r) => [r.url, r.verdict]).sort()).toEqual(
      [
        [server.url('/ok'), 'ok'],
        [server.url('/ok/changed'), 'ok'],
        [server.url('/status/404'), 'broken'],
      ].sort(),
    );
    expect(result.code).toBe(1);
    const summary = read(root, 'summary.md');
    expect(summary).toMatch(/^### Link check\n\n1 broken, 0 could not tell, 2 ok \(3 links\)/);
    expect(summary).toMatch(new RegExp(`^\\| \`${server.url('/status/404')}\` \\| 404 \\| .* \\| datasets/new-set\\.yaml:12 citations\\[0\\]\\.url \\|$`, 'm'));
  });

  it('exits 2 naming a revision git does not know', async () => {
    const root = catalogueCopy();
    git(root, 'init', '-q', '-b', 'main');
    // Through the dispatcher, which turns the error into a message; nothing is checked before it.
    const result = await runCli(['check-links', '--since', 'no-such-branch', '--no-cache'], root);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringMatching(/cannot read `no-such-branch` from git/) });
  });
});
