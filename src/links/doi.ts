/**
 * doi.org links are judged at doi.org: a redirect with a Location means the DOI is registered,
 * 404 means it is not. The publisher behind it is not asked, so its bot wall (403, 418) cannot
 * make a good DOI look broken.
 */
import { doiFromUrl } from '../fields/url.js';

/** The URL that asks `resolver` about the DOI of a doi.org link; undefined for any other link. */
export function doiResolverUrl(url: string, resolver: string): string | undefined {
  const doi = doiFromUrl(url);
  if (doi === undefined) return undefined;
  const base = resolver.endsWith('/') ? resolver : `${resolver}/`;
  return base + doi.split('/').map(encodeDoiSegment).join('/');
}

/** Percent-encodes what would end or break a URL path; leaves the characters DOIs use as they are. */
function encodeDoiSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/%(3A|28|29|3B|40|2B|24|2C|3D)/gi, (escaped) => decodeURIComponent(escaped));
}
