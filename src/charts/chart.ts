/** What every chart module provides. Type-only import of vega-lite: nothing is loaded at run time. */
import type { TopLevelSpec } from 'vega-lite';
import type { CatalogFigures } from './figures.js';

export interface ChartModule {
  /** File stem under images/: images/<name>.png, .svg and .vg.json. */
  readonly name: string;
  /** Title drawn on the chart. */
  readonly title: string;
  /** Alt text of the README image, stating every number the chart shows. */
  alt(figures: CatalogFigures): string;
  /** The vega-lite spec, data inlined. Its description is the alt text, so the SVG carries it too. */
  spec(figures: CatalogFigures): TopLevelSpec;
}
