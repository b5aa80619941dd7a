/** The token the catalogue writes for an unknown value. */
export const NA = 'N/A';

/** True for any spelling of "not available" (N/A, n/a, N/a, NA). */
export function isNotAvailable(text: string): boolean {
  return /^n\/?a$/i.test(text.trim());
}
