/** The rules of the README linter, in the order the issue lists them: the preset the CLI and remark use. */
import type { Rule } from '../rule.js';
import { countFormat } from './count-format.js';
import { duplicateEntry } from './duplicate-entry.js';
import { formatVocabulary } from './format-vocabulary.js';
import { headingUnique } from './heading-unique.js';
import { imageExists } from './image-exists.js';
import { inSync } from './in-sync.js';
import { linkText } from './link-text.js';
import { linkUrl } from './link-url.js';
import { plausibility } from './plausibility.js';
import { sizeFormat } from './size-format.js';
import { summaryCoverage } from './summary-coverage.js';
import { swappedColumns } from './swapped-columns.js';
import { tableHeader } from './table-header.js';
import { tableShape } from './table-shape.js';
import { toc } from './toc.js';
import { totalCount } from './total-count.js';
import { yearRange } from './year-range.js';

export const RULES: readonly Rule[] = [
  tableHeader,
  tableShape,
  countFormat,
  sizeFormat,
  yearRange,
  swappedColumns,
  formatVocabulary,
  linkUrl,
  linkText,
  duplicateEntry,
  totalCount,
  toc,
  headingUnique,
  imageExists,
  summaryCoverage,
  plausibility,
  inSync,
];
