import { linkUrl } from '../../../src/lint/rules/link-url.js';
import { at, row, section, testRule } from '../tester.js';

const glued = section([row({ dataset: 'OASBUD', access: '[Download here](https://zenodo.org/records/545928_"Download_link")' })]);
const http = section([row({ dataset: 'VICTRE', cite: '[The VICTRE Trial](http://doi.org/10.7937/TCIA.2019.ho23nxaw)' })]);
const both = section([row({ dataset: 'VICTRE', access: '[Download here](http://dx.doi.org/10.7937/X_"Download_link")' })]);
const script = section([row({ access: '[Download here](javascript:alert(1))' })]);
const relative = section([row({ cite: '[Paper](paper.pdf)' })]);

testRule(linkUrl, {
  valid: [
    { name: 'absolute https URLs, and a title written with a space', code: section([row({ cite: '[Paper](https://doi.org/10.1/x "Link to paper")' })]) },
    { name: 'http to another host than doi.org, which may not serve https', code: section([row({ cite: '[Paper](http://www.inf.ufpr.br/paper.pdf)' })]) },
  ],
  invalid: [
    {
      name: 'a title glued on by an underscore, fixed by cutting it off',
      code: glued,
      messages: [
        {
          ...at(glued, '[Download here]'),
          message: 'Unexpected title `_"Download_link"` glued onto the URL of the `Download here` link of `OASBUD`, expected `https://zenodo.org/records/545928`: a link title is separated from the URL by a space.',
        },
      ],
      output: glued.replace('_"Download_link"', ''),
    },
    {
      name: 'http://doi.org, a warning fixed to https',
      code: http,
      messages: [
        {
          ...at(http, '[The VICTRE'),
          severity: 'warning',
          message: 'Unexpected `http://doi.org/10.7937/TCIA.2019.ho23nxaw` in the `The VICTRE Trial` link of `VICTRE`, expected `https://doi.org/10.7937/TCIA.2019.ho23nxaw`: doi.org serves every DOI over https.',
        },
      ],
      output: http.replace('http://doi.org', 'https://doi.org'),
    },
    {
      name: 'both at once, both fixed in one run',
      code: both,
      messages: [
        {
          ...at(both, '[Download here]'),
          severity: 'warning',
          message: 'Unexpected `http://dx.doi.org/10.7937/X` in the `Download here` link of `VICTRE`, expected `https://doi.org/10.7937/X`: doi.org serves every DOI over https.',
        },
        { ...at(both, '[Download here]'), message: 'Unexpected title `_"Download_link"` glued onto the URL of the `Download here` link of `VICTRE`, expected `http://dx.doi.org/10.7937/X`: a link title is separated from the URL by a space.' },
      ],
      output: both.replace('http://dx.doi.org/10.7937/X_"Download_link"', 'https://doi.org/10.7937/X'),
    },
    {
      name: 'a javascript: URL',
      code: script,
      messages: [{ ...at(script, '[Download here]'), message: 'Unexpected URL `javascript:alert(1)` in the `Download here` link of `Example Set`: `javascript:` URLs are not allowed; use an http(s) URL; expected an absolute http(s) URL.' }],
    },
    {
      name: 'a relative URL in a table',
      code: relative,
      messages: [{ ...at(relative, '[Paper]'), message: 'Unexpected URL `paper.pdf` in the `Paper` link of `Example Set`: `paper.pdf` is not an absolute URL; write it with https://; expected an absolute http(s) URL.' }],
    },
  ],
});
