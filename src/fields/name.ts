/** Dataset names compare equal whatever their case, spacing and apostrophe style. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[\u2018\u2019`]/g, "'").replace(/\s+/g, ' ').trim();
}
