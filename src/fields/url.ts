/** Link destinations: absolute http(s) URLs, with the repairs the seed list needed. */

export type UrlProblem = 'empty' | 'relative' | 'scheme' | 'whitespace' | 'no-host';

export function urlProblem(url: string): UrlProblem | undefined {
  if (url.trim() === '') return 'empty';
  if (/\s/.test(url)) return 'whitespace';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  if (scheme === null) return 'relative';
  const name = scheme[1]!.toLowerCase();
  if (name !== 'http' && name !== 'https') return 'scheme';
  try {
    const parsed = new URL(url);
    if (parsed.hostname === '') return 'no-host';
  } catch {
    return 'no-host';
  }
  return undefined;
}

export function describeUrlProblem(problem: UrlProblem, url: string): string {
  switch (problem) {
    case 'empty':
      return 'the URL is empty';
    case 'whitespace':
      return `the URL \`${url}\` contains white space`;
    case 'relative':
      return `\`${url}\` is not an absolute URL; write it with https://`;
    case 'scheme':
      return `\`${url.split(':')[0]}:\` URLs are not allowed; use an http(s) URL`;
    case 'no-host':
      return `\`${url}\` has no host name`;
  }
}

/**
 * A Markdown link title written with an underscore instead of a space (`url_"Download_link"`)
 * ends up inside the destination. Returns the URL before it and the glued part.
 */
export function splitGluedTitle(url: string): { url: string; glued: string } | undefined {
  const match = /^(.*?)(_+(?:"|%22)[^"]*?(?:"|%22))$/.exec(url);
  if (match === null || match[1] === '') return undefined;
  return { url: match[1]!, glued: match[2]! };
}

const DOI_HOSTS = new Set(['doi.org', 'dx.doi.org', 'www.doi.org']);

export function isDoiUrl(url: string): boolean {
  try {
    return DOI_HOSTS.has(new URL(url).hostname.toLowerCase());
  } catch {
    return false;
  }
}

/** The DOI a doi.org link resolves, e.g. 10.7937/tcia.eqde-4b16. */
export function doiFromUrl(url: string): string | undefined {
  if (!isDoiUrl(url)) return undefined;
  const path = decodeURIComponent(new URL(url).pathname.slice(1));
  return /^10\.\d{4,9}\/\S+$/.test(path) ? path : undefined;
}


/**
 * The https://doi.org/ link of a DOI. Each path segment is percent-encoded so that characters a DOI
 * may hold (`#`, `?`, `;`, `<`) stay part of it; doi.org decodes them back.
 */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
}

/** doi.org serves every DOI over https, so upgrading an http://doi.org link is always safe. */
export function httpsDoiUrl(url: string): string | undefined {
  if (!url.startsWith('http://') || !isDoiUrl(url)) return undefined;
  return 'https://' + url.slice('http://'.length).replace(/^(dx\.|www\.)?doi\.org/i, 'doi.org');
}

/** A key under which two spellings of one URL compare equal (case of host, trailing slash, scheme). */
export function urlIdentity(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/\/+$/, '');
    const doi = doiFromUrl(url);
    if (doi !== undefined) return `doi:${doi.toLowerCase()}`;
    return `${parsed.hostname.toLowerCase()}${path}${parsed.search}`;
  } catch {
    return url.trim();
  }
}
