/** Licences: an SPDX identifier from the vocabulary, or a named licence with its URL. */
import type { License } from '../catalog/schema.js';
import { LICENCES, licenceById, type LicenceId } from '../catalog/vocabularies.js';

export function licenceLabel(licence: License): string {
  return typeof licence === 'string' ? (licenceById(licence)?.label ?? licence) : licence.name;
}

export function licenceUrl(licence: License): string {
  return typeof licence === 'string' ? (licenceById(licence)?.url ?? '') : licence.url;
}

/** Whether the licence allows commercial use; false for a named licence, which a reader must read. */
export function allowsCommercialUse(licence: License | undefined): boolean {
  return typeof licence === 'string' && licenceById(licence)?.commercial === true;
}

const WORDS: readonly [RegExp, string][] = [
  [/\bcreative commons\b/g, 'cc'],
  [/\battribution\b/g, 'by'],
  [/\bnon-?commercial\b/g, 'nc'],
  [/\bshare-?alike\b/g, 'sa'],
  [/\bno-?deriv(?:ative)?s?\b/g, 'nd'],
  [/\bpublic domain dedication\b|\bzero\b/g, '0'],
  [/\binternational\b|\bgeneric\b|\bunported\b|\blicen[cs]e\b|\bversion\b|\bv(?=\d)/g, ' '],
];

/**
 * The SPDX identifier a licence name spells: "CC BY 4.0", "cc-by-nc 4.0", "Creative Commons
 * Attribution-NonCommercial 4.0 International" and "CC-BY-NC-4.0" all read as the identifier.
 * Undefined when the text names no licence of the vocabulary.
 */
export function parseLicence(text: string): LicenceId | undefined {
  let words = text.toLowerCase().replace(/[()]/g, ' ');
  for (const [pattern, replacement] of WORDS) words = words.replace(pattern, ` ${replacement} `);
  const key = words.replace(/\bcc\s*0\b/, 'cc0').split(/[\s_-]+/).filter((w) => w !== '').join('-');
  return LICENCES.find((l) => l.id.toLowerCase() === key || l.id.toLowerCase() === key.replace(/-(\d)$/, '-$1.0'))?.id;
}
