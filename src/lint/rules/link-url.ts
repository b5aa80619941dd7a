import { describeUrlProblem, httpsDoiUrl, splitGluedTitle, urlProblem } from '../../fields/url.js';
import type { LinkRef } from '../../readme/extract.js';
import { rowLabel } from '../context.js';
import type { Edit, Rule } from '../rule.js';
import { rangeOf } from '../source.js';

export const linkUrl: Rule = {
  meta: {
    id: 'link-url',
    severity: 'error',
    description: 'Links in the tables go to absolute http(s) URLs with nothing glued on; http://doi.org links use https.',
    why: 'A reader who clicks a link with a title glued onto its URL, a relative path or an http DOI link gets an error page or an insecure redirect instead of the data or the paper.',
    fixable: true,
    examples: {
      valid: [
        {
          name: 'absolute https URLs, and a title written with a space',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2020 | [Paper](https://doi.org/10.1/x "Link to paper") | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
        },
        {
          name: 'http to another host than doi.org, which may not serve https',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2020 | [Paper](http://www.inf.ufpr.br/paper.pdf) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
        },
      ],
      invalid: [
        {
          name: 'a title glued on by an underscore, fixed by cutting it off',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| OASBUD | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://zenodo.org/records/545928_"Download_link") |

**Summaries:**

- **OASBUD:** A summary.
`,
          messages: [
            { line: 5, column: 91, message: 'Unexpected title `_"Download_link"` glued onto the URL of the `Download here` link of `OASBUD`, expected `https://zenodo.org/records/545928`: a link title is separated from the URL by a space.' },
          ],
          output: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| OASBUD | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://zenodo.org/records/545928) |

**Summaries:**

- **OASBUD:** A summary.
`,
        },
        {
          name: 'http://doi.org, a warning fixed to https',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| VICTRE | 10 | 20 | DICOM | 1.5 GB | 2020 | [The VICTRE Trial](http://doi.org/10.7937/TCIA.2019.ho23nxaw) | [Download here](https://example.org/victre) |

**Summaries:**

- **VICTRE:** A summary.
`,
          messages: [
            { line: 5, column: 46, severity: 'warning', message: 'Unexpected `http://doi.org/10.7937/TCIA.2019.ho23nxaw` in the `The VICTRE Trial` link of `VICTRE`, expected `https://doi.org/10.7937/TCIA.2019.ho23nxaw`: doi.org serves every DOI over https.' },
          ],
          output: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| VICTRE | 10 | 20 | DICOM | 1.5 GB | 2020 | [The VICTRE Trial](https://doi.org/10.7937/TCIA.2019.ho23nxaw) | [Download here](https://example.org/victre) |

**Summaries:**

- **VICTRE:** A summary.
`,
        },
        {
          name: 'both at once, both fixed in one run',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| VICTRE | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](http://dx.doi.org/10.7937/X_"Download_link") |

**Summaries:**

- **VICTRE:** A summary.
`,
          messages: [
            { line: 5, column: 91, severity: 'warning', message: 'Unexpected `http://dx.doi.org/10.7937/X` in the `Download here` link of `VICTRE`, expected `https://doi.org/10.7937/X`: doi.org serves every DOI over https.' },
            { line: 5, column: 91, message: 'Unexpected title `_"Download_link"` glued onto the URL of the `Download here` link of `VICTRE`, expected `http://dx.doi.org/10.7937/X`: a link title is separated from the URL by a space.' },
          ],
          output: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| VICTRE | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://doi.org/10.7937/X) |

**Summaries:**

- **VICTRE:** A summary.
`,
        },
        {
          name: 'a javascript: URL',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](javascript:alert(1)) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 96, message: 'Unexpected URL `javascript:alert(1)` in the `Download here` link of `Example Set`: `javascript:` URLs are not allowed; use an http(s) URL; expected an absolute http(s) URL.' },
          ],
        },
        {
          name: 'a relative URL in a table',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2020 | [Paper](paper.pdf) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 51, message: 'Unexpected URL `paper.pdf` in the `Paper` link of `Example Set`: `paper.pdf` is not an absolute URL; write it with https://; expected an absolute http(s) URL.' },
          ],
        },
      ],
    },
  },
  check(context, report) {
    for (const row of context.rows) {
      for (const cell of row.row.cells) {
        for (const link of cell.links) {
          const what = `the \`${truncate(link.text)}\` link of ${rowLabel(row)}`;
          const destination = locateDestination(context.text, link);
          const glued = splitGluedTitle(link.url);
          const url = glued?.url ?? link.url;
          if (glued !== undefined) {
            report({
              span: link.span,
              message: `Unexpected title \`${glued.glued}\` glued onto the URL of ${what}, expected \`${url}\`: a link title is separated from the URL by a space.`,
              ...(destination !== undefined && { fix: [{ start: destination + url.length, end: destination + link.url.length, text: '' }] }),
            });
          }
          const problem = urlProblem(url);
          if (problem !== undefined) {
            report({ span: link.span, message: `Unexpected URL \`${url}\` in ${what}: ${describeUrlProblem(problem, url)}; expected an absolute http(s) URL.` });
            continue;
          }
          const https = httpsDoiUrl(url);
          if (https !== undefined) {
            const fix: Edit[] | undefined = destination === undefined ? undefined : [{ start: destination, end: destination + url.length, text: https }];
            report({ span: link.span, severity: 'warning', message: `Unexpected \`${url}\` in ${what}, expected \`${https}\`: doi.org serves every DOI over https.`, ...(fix && { fix }) });
          }
        }
      }
    }
  },
};

/** The offset of a link's destination, when it is written as-is at the end of the link. */
function locateDestination(text: string, link: LinkRef): number | undefined {
  const range = rangeOf(link.node);
  if (range === undefined || link.url === '') return undefined;
  const at = text.lastIndexOf(link.url, range.end - link.url.length);
  return at >= range.start ? at : undefined;
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
