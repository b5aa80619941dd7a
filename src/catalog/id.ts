/**
 * Record ids from dataset names: the acronym in parentheses when there is one, else a slug of the
 * name before any subtitle ("BUS-BRA: A Breast Ultrasound Dataset..." gives bus-bra).
 */
import { slug } from 'github-slugger';

export function deriveId(name: string): string {
  const acronym = /\(([A-Za-z][A-Za-z0-9-]{1,19})\)\s*$/.exec(name)?.[1];
  const base = acronym ?? name.split(/:\s/)[0]!;
  const ascii = base.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return slug(ascii.replace(/['\u2019]/g, ''))
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}
