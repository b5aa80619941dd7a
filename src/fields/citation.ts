/** Citations as a reader meets them: a link and a short reference ("Lee et al., Sci Data 2017"). */
import type { Author, Citation } from '../catalog/schema.js';
import { doiUrl, urlIdentity } from './url.js';

/** Where a citation is read: its DOI link, else its URL, else its arXiv page; undefined when the record has none. */
export function citationUrl(citation: Citation): string | undefined {
  if (citation.doi !== undefined) return doiUrl(citation.doi);
  if (citation.url !== undefined) return citation.url;
  return citation.arxiv === undefined ? undefined : `https://arxiv.org/abs/${citation.arxiv}`;
}

/** An author as a reference names them: the family name, or the consortium. */
export function authorName(author: Author): string {
  return 'literal' in author ? author.literal : author.family;
}

/** "Lee", "Lee and Park", "Lee et al.", or the container when no author is recorded. */
function authorPart(citation: Citation): string | undefined {
  const authors = citation.authors ?? [];
  if (authors.length === 0) return undefined;
  if (authors.length === 1) return authorName(authors[0]!);
  if (authors.length === 2) return `${authorName(authors[0]!)} and ${authorName(authors[1]!)}`;
  return `${authorName(authors[0]!)} et al.`;
}

/** "Lee et al., Sci Data 2017": who, where and when, short enough for a table cell. */
export function shortReference(citation: Citation): string {
  const who = authorPart(citation);
  const where = citation.container_short ?? citation.container;
  const when = citation.year === undefined ? '' : String(citation.year);
  // Proceedings often carry their year in their name: "MICCAI 2022" needs no second 2022.
  const tail = [where, where?.endsWith(when) === true ? '' : when].filter((part) => part !== undefined && part !== '').join(' ');
  if (who !== undefined) return tail === '' ? who : `${who}, ${tail}`;
  const title = citation.title.length > 60 ? `${citation.title.slice(0, 57).trimEnd()}...` : citation.title;
  return tail === '' ? title : `${title}, ${tail}`;
}

/** Two citations are one work when they share a DOI, else a link, else a title. */
export function workIdentity(citation: Citation): string {
  if (citation.doi !== undefined) return `doi:${citation.doi.toLowerCase()}`;
  const arxiv = citation.arxiv ?? (citation.url === undefined ? undefined : /^https?:\/\/arxiv\.org\/(?:abs|pdf)\/([^?#]+?)(?:\.pdf)?$/i.exec(citation.url)?.[1]);
  if (arxiv !== undefined) return `arxiv:${arxiv.replace(/v\d+$/, '')}`;
  if (citation.url !== undefined) return urlIdentity(citation.url);
  return `title:${citation.title.toLowerCase().replace(/\W+/g, ' ').trim()}`;
}
