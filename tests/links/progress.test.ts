import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/links/progress.js';
import type { LinkResult } from '../../src/links/verdict.js';

const result = (url: string, verdict: LinkResult['verdict']): LinkResult => ({
  url,
  verdict,
  status: 200,
  finalUrl: url,
  attempts: 1,
  ms: 1,
  reason: 'why',
  sources: [],
});

function stream(isTTY: boolean) {
  let text = '';
  return { isTTY, write: (t: string) => (text += t), text: () => text };
}

describe('progress', () => {
  it('draws a bar in place on a terminal, and clears it at the end', () => {
    const stderr = stream(true);
    const progress = createProgress({ stderr, env: {} }, 2);
    progress.tick(result('https://a.example/', 'broken'));
    progress.tick(result('https://b.example/', 'ok'));
    progress.done();
    expect(stderr.text()).toContain('\r\x1b[K[########################] 2/2  1 broken, 0 could not tell');
    expect(stderr.text()).not.toContain('\n');
    expect(stderr.text().endsWith('\r\x1b[K')).toBe(true);
  });

  it('writes plain lines in CI, even on a terminal', () => {
    const stderr = stream(true);
    const progress = createProgress({ stderr, env: { CI: 'true' } }, 12);
    progress.tick(result('https://a.example/', 'warn'));
    progress.done();
    expect(stderr.text()).toBe('[ 1/12] warn   https://a.example/  why\n');
  });

  it('writes plain lines when stderr is not a terminal', () => {
    const stderr = stream(false);
    createProgress({ stderr, env: {} }, 1).tick(result('https://a.example/', 'ok'));
    expect(stderr.text()).toBe('[1/1] ok     https://a.example/  why\n');
  });
});
