import { describe, expect, it } from 'vitest';
import { checkMailto, mailtoProblem } from '../../src/links/mailto.js';

describe('mailto', () => {
  it.each([
    'mailto:someone@example.org',
    'mailto:first.last+tag@sub.example.co.uk',
    'mailto:a@example.org,b@example.org',
    'mailto:someone@example.org?subject=Dataset%20access',
    'mailto:?to=someone@example.org',
    'MAILTO:Someone@Example.org',
    'mailto:some%2Bone@example.org',
  ])('accepts %s', (url) => {
    expect(mailtoProblem(url)).toBeUndefined();
  });

  it.each([
    ['mailto:', 'no address'],
    ['mailto:someone', '`someone` is not an e-mail address'],
    ['mailto:someone@localhost', '`someone@localhost` is not an e-mail address'],
    ['mailto:some one@example.org', '`some one@example.org` is not an e-mail address'],
    ['mailto:a@example.org,,b@example.org', '`` is not an e-mail address'],
    ['mailto:someone@exa_mple.org', '`someone@exa_mple.org` is not an e-mail address'],
    ['mailto:%E0%A4%A@example.org', 'the address is not valid percent-encoding'],
  ])('refuses %s', (url, problem) => {
    expect(mailtoProblem(url)).toBe(problem);
  });

  it('judges syntax only: broken or ok, no request', () => {
    expect(checkMailto('mailto:x@example.org')).toMatchObject({ verdict: 'ok', attempts: 0, status: null });
    expect(checkMailto('mailto:x')).toMatchObject({ verdict: 'broken', attempts: 0, reason: 'malformed mailto: `x` is not an e-mail address' });
  });
});
