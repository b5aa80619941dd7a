import { describe, expect, it } from 'vitest';
import { doiResolverUrl } from '../../src/links/doi.js';

describe('doiResolverUrl', () => {
  it('asks the resolver about the DOI of any doi.org spelling', () => {
    expect(doiResolverUrl('https://doi.org/10.7937/K9/TCIA.2016.7O02S9CY', 'https://doi.org/')).toBe('https://doi.org/10.7937/K9/TCIA.2016.7O02S9CY');
    expect(doiResolverUrl('http://dx.doi.org/10.1016/j.dib.2019.104863', 'http://127.0.0.1:9/doi')).toBe('http://127.0.0.1:9/doi/10.1016/j.dib.2019.104863');
  });

  it('keeps the characters DOIs use and escapes what would break the path', () => {
    expect(doiResolverUrl('https://doi.org/10.1002/(SICI)1097-4636:1<1::AID>3.0.CO;2-S', 'https://doi.org/')).toBe(
      'https://doi.org/10.1002/(SICI)1097-4636:1%3C1::AID%3E3.0.CO;2-S',
    );
  });

  it('leaves other links alone', () => {
    expect(doiResolverUrl('https://example.org/10.1234/x', 'https://doi.org/')).toBeUndefined();
    expect(doiResolverUrl('https://doi.org/', 'https://doi.org/')).toBeUndefined();
  });
});
