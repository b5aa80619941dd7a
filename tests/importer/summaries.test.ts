/** Which dataset a summary bullet names: by name, acronym, prefix or words, one dataset or none. */
import { describe, expect, it } from 'vitest';
import { labelParts, matchSummaries, NameIndex } from '../../src/importer/summaries.js';
import type { SummaryBullet } from '../../src/readme/extract.js';

const NAMES = [
  'Breast Ultrasound Images (BUSI)',
  'UDIAT Breast Ultrasound Dataset B',
  'ISPY1',
  'ISPY2',
  'QIN Breast DCE-MRI',
  'QIN-BREAST',
  'CBIS-DDSM',
  'Duke Breast Cancer MRI',
];

const at = { line: 1, column: 1 };
const bullet = (label: string): SummaryBullet =>
  ({ label, labelSpan: { start: at, end: at }, text: `About ${label}.`, span: { start: at, end: at }, node: { type: 'listItem', children: [] } }) as SummaryBullet;

describe('NameIndex', () => {
  const index = new NameIndex(NAMES);

  it.each([
    ['cbis-ddsm', 'CBIS-DDSM', 'exact'],
    ['  Breast   Ultrasound Images (BUSI) ', 'Breast Ultrasound Images (BUSI)', 'exact'],
    ['BUSI', 'Breast Ultrasound Images (BUSI)', 'acronym'],
    ['UDIAT Breast Ultrasound', 'UDIAT Breast Ultrasound Dataset B', 'prefix'],
    ['UDIAT Dataset B', 'UDIAT Breast Ultrasound Dataset B', 'words'],
  ] as const)('finds %j as %s (%s)', (part, name, how) => {
    expect(index.find(part)).toEqual({ name, how });
  });

  it('names nothing when a label fits no dataset, or several alike', () => {
    expect(index.find('VinDr-Mammo')).toBeUndefined();
    // Both words are in two names: Duke Breast Cancer MRI and QIN Breast DCE-MRI.
    expect(index.find('Breast MRI')).toBeUndefined();
  });

  it('counts a name listed twice as two datasets, so neither is named for sure', () => {
    expect(new NameIndex(['ISPY1', 'ISPY1', 'ISPY2']).find('ISPY1')).toBeUndefined();
  });
});

describe('matchSummaries', () => {
  it('splits grouped labels and matches every part', () => {
    expect(labelParts('ISPY1 & ISPY2', NAMES)).toEqual(['ISPY1', 'ISPY2']);
    expect(labelParts('QIN (Breast DCE-MRI, QIN-BREAST)', NAMES)).toEqual(['QIN Breast DCE-MRI', 'QIN-BREAST']);
    const matching = matchSummaries(NAMES, ['ISPY1 & ISPY2', 'BUSI', 'QIN (Breast DCE-MRI, QIN-BREAST)', 'Unknown Set'].map(bullet));
    expect(matching.byName.get('ISPY2')?.map((m) => m.how)).toEqual(['exact']);
    expect(matching.byName.get('Breast Ultrasound Images (BUSI)')?.map((m) => m.part)).toEqual(['BUSI']);
    expect(matching.byName.get('QIN Breast DCE-MRI')).toHaveLength(1);
    expect(matching.byName.get('Duke Breast Cancer MRI')).toEqual([]);
    expect(matching.unmatched.map((u) => u.part)).toEqual(['Unknown Set']);
  });
});
