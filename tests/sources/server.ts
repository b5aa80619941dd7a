/**
 * A local server that answers like doi.org and the registries behind it, and serves pages with and
 * without the quotes the records give. Crossref and DataCite shapes are those of their real CSL-JSON
 * answers (Crossref's carries `sequence` and `affiliation` on each author and full dates; DataCite's
 * an `id` URL and a `publisher`). Nothing leaves the machine.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SourcesServer {
  readonly port: number;
  /** http://<host>.test:<port><path>, for names the test lookup sends to 127.0.0.1. */
  url(path: string, host?: string): string;
  /** Requests seen, by path. */
  requests(path: string): number;
  close(): Promise<void>;
}

export const CROSSREF_DOI = '10.5555/crossref.good';
export const DATACITE_DOI = '10.7937/datacite.good';
export const NO_CSL_DOI = '10.5555/no.csl';

const CROSSREF_WORK = {
  indexed: { 'date-parts': [[2024, 1, 5]] },
  publisher: 'Springer Science and Business Media LLC',
  issue: '1',
  DOI: CROSSREF_DOI,
  type: 'article-journal',
  page: '170177',
  source: 'Crossref',
  title: 'A curated mammography data set for use in computer-aided detection and diagnosis <i>research</i>',
  volume: '4',
  author: [
    { given: 'Rebecca Sawyer', family: 'Lee', sequence: 'first', affiliation: [] },
    { given: 'Francisco', family: 'Gimenez', sequence: 'additional', affiliation: [] },
  ],
  'container-title': 'Scientific Data',
  'container-title-short': 'Sci Data',
  issued: { 'date-parts': [[2017, 12, 19]] },
  URL: `https://doi.org/${CROSSREF_DOI}`,
};

const DATACITE_WORK = {
  type: 'dataset',
  id: `https://doi.org/${DATACITE_DOI}`,
  categories: ['Mammography'],
  author: [{ family: 'Cui', given: 'Chunyan' }, { family: 'Li', given: 'Li' }],
  issued: { 'date-parts': [[2021]] },
  abstract: 'A collection of mammograms.',
  DOI: DATACITE_DOI,
  publisher: 'The Cancer Imaging Archive',
  title: 'The Chinese Mammography Database (CMMD)',
  URL: 'https://www.cancerimagingarchive.net/collection/cmmd/',
  version: '1',
};

const PAGES: Readonly<Record<string, string>> = {
  '/page/quote': '<!doctype html><html><head><title>A collection</title><script>var subjects = 9999;</script></head><body><div><p>The collection holds <b>1,775</b>\n   subjects and <i>3,728</i> images &amp; masks.</p><table><tr><td>Breast</td><td>Human</td><td>1,775</td></tr></table></div></body></html>',
  '/page/other': '<!doctype html><html><body><p>This page no longer gives any figure.</p></body></html>',
};

export async function startSourcesServer(): Promise<SourcesServer> {
  const counts = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const accept = req.headers.accept ?? '';
    const send = (status: number, body: string, type: string, headers: http.OutgoingHttpHeaders = {}) => {
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    if (path.startsWith('/doi/')) {
      const doi = path.slice('/doi/'.length);
      const wantsCsl = accept.includes('application/vnd.citationstyles.csl+json');
      if (doi === CROSSREF_DOI || doi === '10.5555/crossref.other') return send(302, '', 'text/plain', { location: wantsCsl ? `/crossref/${doi}/transform` : '/page/other' });
      if (doi === DATACITE_DOI) return send(302, '', 'text/plain', { location: wantsCsl ? `/datacite/${doi}` : '/page/other' });
      if (doi === NO_CSL_DOI) return wantsCsl ? send(406, 'Not Acceptable', 'text/plain') : send(302, '', 'text/plain', { location: '/page/other' });
      return send(404, 'DOI Not Found', 'text/html');
    }
    if (path === `/crossref/${CROSSREF_DOI}/transform`) return send(200, JSON.stringify(CROSSREF_WORK), 'application/vnd.citationstyles.csl+json');
    if (path === '/crossref/10.5555/crossref.other/transform') {
      return send(200, JSON.stringify({ ...CROSSREF_WORK, title: 'Another work entirely', author: [{ given: 'Ada', family: 'Other', sequence: 'first' }], issued: { 'date-parts': [[2019, 3]] } }), 'application/vnd.citationstyles.csl+json');
    }
    if (path === `/datacite/${DATACITE_DOI}`) return send(200, JSON.stringify(DATACITE_WORK), 'application/vnd.citationstyles.csl+json; charset=utf-8');
    const page = PAGES[path];
    if (page !== undefined) return send(200, page, 'text/html; charset=utf-8');
    if (path === '/page/forbidden') return send(403, '<html><body>Are you a robot?</body></html>', 'text/html');
    if (path === '/page/pdf') return send(200, '%PDF-1.7 1,775 subjects', 'application/pdf');
    if (path === '/page/slow') return void setTimeout(() => send(200, '<p>late</p>', 'text/html'), 5_000).unref();
    return send(404, '<html><body>Not found</body></html>', 'text/html');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path, host = 'sources') => `http://${host}.test:${port}${path}`,
    requests: (path) => counts.get(path) ?? 0,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
