/** Record ids from dataset names: the acronym in parentheses when there is one, else a slug of the name. */
import { slug } from 'github-slugger';

export function deriveId(name: string): string {
  const acronym = /\(([A-Za-z][A-Za-z0-9-]{1,19})\)\s*$/.exec(name)?.[1];
  const base = acronym ?? name;
  const ascii = base.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return slug(ascii.replace(/['\u2019]/g, ''))
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}
