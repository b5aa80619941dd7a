import { describe, expect, it } from 'vitest';
import { plausibility, preprintYear } from '../../../src/lint/rules/plausibility.js';
import { at, row, section, testRule } from '../tester.js';

const fewer = section([row({ dataset: 'EA1141', subjects: '1,444', samples: '500' })]);
const zero = section([row({ dataset: 'Real Set', subjects: '0' })]);
const noSamples = section([row({ samples: '0' })]);
const arxiv = section([row({ dataset: 'BACH', year: '2022', cite: '[Bach](https://arxiv.org/abs/1808.04277)' })]);

testRule(plausibility, {
  valid: [
    { name: 'as many samples as subjects or more', code: section([row({ subjects: '10', samples: '10' }), row({ dataset: 'B', subjects: 'N/A', samples: '5' })]) },
    { name: 'zero subjects for synthetic data', code: section([row({ dataset: 'BUS Synthetic Dataset', subjects: '0' }), row({ dataset: 'V', subjects: '0', cite: '[An In-Silico Trial](https://x.org)' })]) },
    { name: 'a year of the preprint or before', code: section([row({ year: '2022', cite: '[VinDr](https://www.medrxiv.org/content/10.1101/2022.03.07.22272009v1)' })]) },
  ],
  invalid: [
    {
      name: 'fewer samples than subjects',
      code: fewer,
      messages: [{ ...at(fewer, '500'), message: 'Unexpected 500 samples for 1,444 subjects in the row of `EA1141`, expected at least one sample per subject: check both counts.' }],
    },
    {
      name: 'zero subjects for data that does not say it is synthetic',
      code: zero,
      messages: [{ ...at(zero, '0 |'), message: 'Unexpected 0 subjects for `Real Set`, which does not say it is synthetic: expected the number of subjects, or N/A when it is not known.' }],
    },
    { name: 'zero samples', code: noSamples, messages: [{ line: 5, column: at(noSamples, '| 0 |').column + 2, message: 'Unexpected 0 samples for `Example Set`, expected the number of samples, or N/A when it is not known.' }] },
    {
      name: 'a year after the preprint that introduced the dataset',
      code: arxiv,
      messages: [
        {
          ...at(arxiv, '2022'),
          message: 'Unexpected Year 2022 for `BACH`, after its preprint (arXiv 1808.04277, 2018), expected the year the dataset was first published rather than that of a mirror or a later version: check it.',
        },
      ],
    },
  ],
});

describe('preprintYear', () => {
  it('reads arXiv ids and medRxiv/bioRxiv DOIs, nothing else', () => {
    expect(preprintYear('https://arxiv.org/abs/1808.04277')).toEqual({ year: 2018, id: 'arXiv 1808.04277' });
    expect(preprintYear('https://arxiv.org/pdf/2101.00001v2')).toEqual({ year: 2021, id: 'arXiv 2101.00001' });
    expect(preprintYear('https://doi.org/10.1101/2022.03.07.22272009')).toEqual({ year: 2022, id: 'doi:10.1101/2022.03.07' });
    expect(preprintYear('https://doi.org/10.7937/K9/TCIA.2016.HdHpgJLK')).toBeUndefined();
    expect(preprintYear('https://arxiv.org/abs/1813.00001')).toBeUndefined();
  });
});
