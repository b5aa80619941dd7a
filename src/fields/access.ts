/** The access column: a link whose text is derived from the access kind. */
import { ACCESS_KINDS, type AccessKindId } from '../catalog/vocabularies.js';
import { closest } from './suggest.js';

export const ACCESS_LINK_TEXTS = ACCESS_KINDS.map((k) => k.linkText);

export type LinkTextParse =
  | { ok: true; kind: AccessKindId; canonical: string; how: 'exact' | 'case' | 'typo' }
  | { ok: false; text: string };

export function linkTextFor(kind: string): string {
  const found = ACCESS_KINDS.find((k) => k.id === kind);
  if (found === undefined) throw new Error(`unknown access kind ${kind}`);
  return found.linkText;
}

export function parseLinkText(raw: string): LinkTextParse {
  const text = raw.trim().replace(/\s+/g, ' ');
  for (const kind of ACCESS_KINDS) {
    if (kind.linkText === text) return { ok: true, kind: kind.id, canonical: kind.linkText, how: 'exact' };
    if (kind.linkText.toLowerCase() === text.toLowerCase()) {
      return { ok: true, kind: kind.id, canonical: kind.linkText, how: 'case' };
    }
  }
  const near = closest(text, ACCESS_LINK_TEXTS);
  const kind = ACCESS_KINDS.find((k) => k.linkText === near);
  return kind === undefined ? { ok: false, text } : { ok: true, kind: kind.id, canonical: kind.linkText, how: 'typo' };
}
