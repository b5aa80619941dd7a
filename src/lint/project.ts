/**
 * The catalogue a README is compared with: the valid records of datasets/, or the errors that keep
 * them from being compared. Loaded once per root and run, and only when a rule asks, so linting a
 * README with no datasets/ beside it never loads the record loader or the schema validator.
 */
import type { SourcedDataset } from '../catalog/load.js';
import { countErrors, type Message } from '../report/message.js';

export type Project =
  | { readonly kind: 'invalid'; readonly messages: readonly Message[] }
  | { readonly kind: 'valid'; readonly records: readonly SourcedDataset[] };

export async function loadProject(root: string, now?: Date): Promise<Project> {
  const { loadCatalog } = await import('../catalog/load.js');
  const { records, messages } = await loadCatalog(root, now === undefined ? {} : { now });
  if (countErrors(messages) > 0) return { kind: 'invalid', messages: messages.filter((m) => m.severity === 'error') };
  return { kind: 'valid', records };
}
