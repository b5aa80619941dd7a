/** One test file for the rules' examples (one module each under rules/), so the suite starts one worker for them, not seventeen. */
import './rules/count-format.js';
import './rules/duplicate-entry.js';
import './rules/format-vocabulary.js';
import './rules/heading-unique.js';
import './rules/image-exists.js';
import './rules/in-sync.js';
import './rules/link-text.js';
import './rules/link-url.js';
import './rules/plausibility.js';
import './rules/size-format.js';
import './rules/summary-coverage.js';
import './rules/swapped-columns.js';
import './rules/table-header.js';
import './rules/table-shape.js';
import './rules/toc.js';
import './rules/total-count.js';
import './rules/year-range.js';
