/** `mailto:` links are judged by their syntax alone: no DNS or SMTP lookups. */
import type { Outcome } from './verdict.js';

// RFC 5322 dot-atom local part and a host name with a dot; enough to catch the typos that happen.
const ADDRESS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** Why a mailto: URL is malformed, or undefined when it is well formed (RFC 6068). */
export function mailtoProblem(url: string): string | undefined {
  const match = /^mailto:([^?]*)(\?.*)?$/i.exec(url);
  if (match === null) return 'not a mailto: URL';
  let to: string;
  try {
    to = decodeURIComponent(match[1]!);
  } catch {
    return 'the address is not valid percent-encoding';
  }
  const query = match[2];
  const addresses = to.split(',').map((a) => a.trim());
  if (to.trim() === '') return query !== undefined && /[?&]to=/i.test(query) ? undefined : 'no address';
  const bad = addresses.find((a) => !ADDRESS.test(a));
  return bad === undefined ? undefined : `\`${bad}\` is not an e-mail address`;
}

export function checkMailto(url: string): Outcome {
  const problem = mailtoProblem(url);
  return {
    verdict: problem === undefined ? 'ok' : 'broken',
    status: null,
    finalUrl: url,
    attempts: 0,
    reason: problem === undefined ? 'well-formed address (syntax only; not looked up)' : `malformed mailto: ${problem}`,
  };
}
