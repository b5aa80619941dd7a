/**
 * The charts of the README, for build-readme.
 *
 * `chartMarkdown` is cheap and never loads the chart libraries. `chartArtifacts` loads vega,
 * vega-lite and resvg on its first call, through a dynamic import, so importing this module
 * costs nothing until charts are actually rendered.
 */
import type { Artifact } from '../artifact.js';
import type { Catalog } from '../catalog/catalog.js';
import { CHARTS, chartPath } from './charts.js';
import { catalogFigures } from './figures.js';

export { chartMarkdown } from './markdown.js';

/** For every chart: images/<name>.png (2x), images/<name>.svg and images/<name>.vg.json. */
export async function chartArtifacts(catalog: Catalog): Promise<Artifact[]> {
  const { renderChart } = await import('./render.js');
  const figures = catalogFigures(catalog);
  const artifacts: Artifact[] = [];
  // One chart at a time: vega's text measurement and SVG id counter are process-wide.
  for (const chart of CHARTS) {
    const rendered = await renderChart(chart.spec(figures), chart.title);
    artifacts.push(
      { path: chartPath(chart, 'png'), content: rendered.png },
      { path: chartPath(chart, 'svg'), content: ensureFinalNewline(rendered.svg) },
      { path: chartPath(chart, 'vg.json'), content: `${JSON.stringify(rendered.vega, null, 2)}\n` },
    );
  }
  return artifacts;
}

function ensureFinalNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
