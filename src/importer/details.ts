/**
 * The line under a summary bullet, as build-readme writes it: "Tasks: classification, detection.
 * Annotations: segmentation masks, BI-RADS. Licence: CC BY 4.0. Sources: ...". Read back into the
 * fields it shows; a part that says "not recorded" leaves its field unknown.
 */
import type { Dataset } from '../catalog/schema.js';
import { ANNOTATIONS, TASKS, type AnnotationId, type Task } from '../catalog/vocabularies.js';
import { parseLicence } from '../fields/licence.js';
import { DETAILS, DETAILS_UNKNOWN } from '../readme/render.js';

export interface Details {
  readonly tasks?: Task[];
  readonly annotations?: AnnotationId[];
  readonly license?: Dataset['license'];
  /** The licence as the line names it. */
  readonly licenceText?: string;
  readonly problems?: { field: string; message: string }[];
}

/** The text after `label` up to the next label or the end, without its final full stop. */
function part(text: string, label: string): string | undefined {
  const start = text.indexOf(label);
  if (start < 0) return undefined;
  const rest = text.slice(start + label.length);
  const next = Object.values(DETAILS).map((l) => rest.indexOf(` ${l}`)).filter((i) => i >= 0);
  return rest.slice(0, next.length === 0 ? undefined : Math.min(...next)).trim().replace(/\.$/, '');
}

export function readDetails(text: string): Details {
  const problems: { field: string; message: string }[] = [];
  const details: { -readonly [K in keyof Details]: Details[K] } & { problems: typeof problems } = { problems };
  const tasks = part(text, DETAILS.tasks);
  if (tasks !== undefined && tasks !== DETAILS_UNKNOWN) {
    const read = tasks.split(/,\s*/).map((t) => t.trim().replace(/\s+/g, '-'));
    const unknown = read.filter((t) => !(TASKS as readonly string[]).includes(t));
    if (unknown.length > 0) problems.push({ field: 'tasks', message: `Tasks ${unknown.map((t) => `\`${t}\``).join(', ')} are not in the vocabulary (${TASKS.join(', ')}); the tasks were left as they were.` });
    else details.tasks = read as Task[];
  }
  const annotations = part(text, DETAILS.annotations);
  if (annotations !== undefined && annotations !== DETAILS_UNKNOWN) {
    const read = annotations === 'none' ? [] : annotations.split(/,\s*/).map((a) => ANNOTATIONS.find((x) => x.label.toLowerCase() === a.trim().toLowerCase() || x.id === a.trim())?.id ?? a);
    const unknown = read.filter((a) => !ANNOTATIONS.some((x) => x.id === a));
    if (unknown.length > 0) problems.push({ field: 'annotations', message: `Annotations ${unknown.map((a) => `\`${a}\``).join(', ')} are not in the vocabulary; the annotations were left as they were.` });
    else details.annotations = read as AnnotationId[];
  }
  const licence = part(text, DETAILS.licence);
  if (licence !== undefined && licence !== DETAILS_UNKNOWN) {
    details.licenceText = licence;
    const id = parseLicence(licence);
    if (id === undefined) problems.push({ field: 'license', message: `Licence \`${licence}\` is no SPDX licence of the vocabulary; the licence was left as it was.` });
    else details.license = id;
  }
  return details;
}
