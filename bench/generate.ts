/**
 * Synthetic catalogues for the scale cases: N valid records with the field mixes of the real
 * catalogue across the five modalities, unique names, ids and access URLs, from a seeded PRNG, so
 * the same N and seed give the same bytes on every machine. Written with the project's own
 * serializer, next to the project's README template.
 *
 *   node node_modules/.cache/bench/bench/generate.js <N> <folder> [seed]
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATASETS_DIR } from '../src/catalog/load.js';
import type { Dataset } from '../src/catalog/schema.js';
import { serializeRecord } from '../src/catalog/serialize.js';
import {
  MODALITIES,
  type AccessKindId,
  type FormatId,
  type ModalityId,
  type SizeUnit,
  type Task,
} from '../src/catalog/vocabularies.js';
import { TEMPLATE_FILE } from '../src/readme/template.js';

/** mulberry32: small, fast, and the same sequence everywhere for a given seed. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Profile {
  /** Share of the real catalogue (35 datasets: 5 ultrasound, 3 DBT, 7 mammography, 12 MRI, 8 histopathology). */
  readonly weight: number;
  readonly formats: readonly FormatId[];
  readonly subjects: readonly [number, number];
  /** Samples per subject. */
  readonly perSubject: readonly [number, number];
  /** Size per sample, MB. */
  readonly mbPerSample: readonly [number, number];
  readonly nouns: readonly string[];
  readonly tasks: readonly Task[];
}

const PROFILES: Record<ModalityId, Profile> = {
  ultrasound: {
    weight: 5,
    formats: ['PNG', 'JPEG', 'DICOM', 'BMP', 'MAT'],
    subjects: [40, 2_000],
    perSubject: [1, 4],
    mbPerSample: [0.02, 0.5],
    nouns: ['Breast Ultrasound Images', 'Lesion Ultrasound Set', 'Sonography Collection', 'ABUS Volumes'],
    tasks: ['classification', 'segmentation', 'detection'],
  },
  dbt: {
    weight: 3,
    formats: ['DICOM', 'NIfTI', 'HDF5'],
    subjects: [100, 6_000],
    perSubject: [1, 5],
    mbPerSample: [50, 400],
    nouns: ['Tomosynthesis Screening Set', 'DBT Volumes', 'Tomosynthesis Trial'],
    tasks: ['detection', 'classification', 'reconstruction'],
  },
  mammography: {
    weight: 7,
    formats: ['DICOM', 'PNG', 'JPEG', 'PGM', 'TIFF'],
    subjects: [80, 10_000],
    perSubject: [2, 6],
    mbPerSample: [2, 40],
    nouns: ['Screening Mammography', 'Digital Mammograms', 'Contrast-Enhanced Mammography', 'Film Mammography Archive'],
    tasks: ['classification', 'detection', 'segmentation', 'synthesis'],
  },
  mri: {
    weight: 12,
    formats: ['DICOM', 'NIfTI', 'NRRD', 'MAT', 'HDF5'],
    subjects: [20, 3_000],
    perSubject: [1, 3],
    mbPerSample: [20, 600],
    nouns: ['DCE-MRI Cohort', 'Breast MRI Collection', 'Neoadjuvant MRI Trial', 'Diffusion MRI Set'],
    tasks: ['segmentation', 'response-prediction', 'radiogenomics', 'registration', 'classification'],
  },
  histopathology: {
    weight: 8,
    formats: ['SVS', 'TIFF', 'PNG', 'JPEG', 'XML', 'HDF5'],
    subjects: [10, 1_500],
    perSubject: [1, 300],
    mbPerSample: [0.05, 900],
    nouns: ['Whole-Slide Images', 'Histology Patches', 'Tumour Microenvironment Atlas', 'Mitosis Challenge'],
    tasks: ['classification', 'segmentation', 'detection'],
  },
};

const PLACES = [
  'Lisbon', 'Porto', 'Coimbra', 'Madrid', 'Barcelona', 'Lyon', 'Leiden', 'Ghent', 'Aarhus', 'Tartu', 'Krakow', 'Brno',
  'Cairo', 'Lagos', 'Nairobi', 'Pune', 'Chennai', 'Hanoi', 'Seoul', 'Osaka', 'Quito', 'Recife', 'Toronto', 'Denver',
];
const PREFIXES = ['Open', 'Multi-Centre', 'Annotated', 'Longitudinal', 'Paired', 'Public', 'Curated', 'Prospective'];
const ADJECTIVES = ['annotated', 'multi-vendor', 'multi-centre', 'longitudinal', 'curated', 'expert-labelled', 'de-identified'];
const PURPOSES = [
  'lesion detection and benchmarking of screening models',
  'segmentation of masses and calcifications',
  'treatment response prediction',
  'training and validating classification models',
  'studies of inter-reader variability',
  'domain shift and harmonisation experiments',
];
const LICENSES: readonly NonNullable<Dataset['license']>[] = ['CC-BY-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'ODbL-1.0', { name: 'Custom data use agreement', url: 'https://example.org/dua' }];
const FAMILIES = ['Lee', 'Silva', 'Nguyen', 'Müller', 'Kowalska', 'Okafor', 'García', 'Tanaka', 'Haddad', 'Novak'];
const GIVEN = ['Ana', 'Wei', 'Sara', 'Jonas', 'Amal', 'Ravi', 'Elena', 'Kofi'];
const JOURNALS = ['Scientific Data', 'Medical Physics', 'Data in Brief', 'Radiology', 'The Cancer Imaging Archive'];
const HOSTS = [
  'data.example.org', 'repository.example.net', 'archive.example.edu', 'imaging.example.com', 'zenodo.example.org',
  'figshare.example.com', 'kaggle.example.com', 'physionet.example.org', 'github.example.com', 'grand-challenge.example.org',
];
const ACCESS_WEIGHTS: Record<AccessKindId, number> = { download: 70, registration: 15, request: 10, contact: 5 };
const MODALITY_IDS = MODALITIES.map((m) => m.id);

class Picker {
  constructor(readonly random: () => number) {}
  chance(p: number): boolean {
    return this.random() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  /** Log-uniform: many small datasets, a few very large ones, as in the real list. */
  logInt(min: number, max: number): number {
    return Math.round(Math.exp(Math.log(min) + this.random() * (Math.log(max) - Math.log(min))));
  }
  one<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
  /** `count` distinct items, in the order of `items`. */
  some<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<T>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(this.one(items));
    return items.filter((item) => chosen.has(item));
  }
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T {
    const entries = Object.entries(weights) as [T, number][];
    let left = this.random() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, weight] of entries) {
      left -= weight;
      if (left < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }
}

function kebab(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function size(pick: Picker, samples: number | null, profile: Profile): Dataset['size'] {
  if (samples === null || samples === 0 || pick.chance(0.15)) return null;
  const mb = samples * (profile.mbPerSample[0] + pick.random() * (profile.mbPerSample[1] - profile.mbPerSample[0]));
  const [value, unit]: [number, SizeUnit] = mb >= 1e6 ? [mb / 1e6, 'TB'] : mb >= 1e3 ? [mb / 1e3, 'GB'] : mb >= 1 ? [mb, 'MB'] : [mb * 1e3, 'KB'];
  return { value: Math.max(0.01, Math.round(value * 100) / 100), unit };
}

/** `An annotated`, `A curated`. */
function article(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'An' : 'A'} ${word}`;
}

/** The modality as prose: `mammography`, but `MRI` and `DBT`. */
function studies(modality: ModalityId): string {
  const short = MODALITIES.find((m) => m.id === modality)!.short;
  return short === short.toUpperCase() ? short : short.toLowerCase();
}

/** Record `index` (0-based) of a synthetic catalogue. */
function syntheticDataset(pick: Picker, index: number): Dataset {
  const modality = pick.weighted(Object.fromEntries(MODALITY_IDS.map((id) => [id, PROFILES[id].weight])) as Record<ModalityId, number>);
  const profile = PROFILES[modality];
  const number = String(index + 1).padStart(5, '0');
  const place = pick.one(PLACES);
  const noun = pick.one(profile.nouns);
  const name = pick.chance(0.3) ? `${place} ${noun} (${modality.slice(0, 3).toUpperCase()}-${number})` : `${pick.one(PREFIXES)} ${place} ${noun} ${number}`;
  const id = kebab(name);
  const synthetic = pick.chance(0.03);
  const subjects = synthetic || pick.chance(0.15) ? null : pick.logInt(...profile.subjects);
  const samples = pick.chance(0.05) ? null : Math.max(1, Math.round((subjects || pick.logInt(50, 5_000)) * (profile.perSubject[0] + pick.random() * (profile.perSubject[1] - profile.perSubject[0]))));
  const formats = pick.chance(0.05) ? [] : pick.some(profile.formats, pick.int(1, 3));
  const year = Math.min(2024, 2024 - Math.floor(Math.abs(Math.log(pick.random() + 1e-9)) * 6));
  const citations = Array.from({ length: pick.int(1, 3) }, (_, k): Dataset['citations'][number] => {
    const container = pick.one(JOURNALS);
    return {
      type: container === 'The Cancer Imaging Archive' ? 'dataset' : 'article',
      title: `${pick.chance(0.5) ? `The ${pick.one(ADJECTIVES)}` : article(pick.one(ADJECTIVES))} ${noun} dataset from ${place}${k > 0 ? `: part ${k + 1}` : ''}`,
      authors: Array.from({ length: pick.int(1, 8) }, () => ({ family: pick.one(FAMILIES), given: pick.one(GIVEN) })),
      container,
      year: Math.max(1995, year),
      doi: `10.5555/bench.${number}.${k + 1}`,
    };
  });
  const kind = pick.weighted(ACCESS_WEIGHTS);
  const dataset: Dataset = {
    id,
    name,
    modality,
    subjects,
    samples,
    formats,
    size: size(pick, samples, profile),
    year: Math.max(1995, year),
    citations,
    access: { kind, url: pick.chance(0.2) ? `https://doi.org/10.5555/bench.${number}` : `https://${pick.one(HOSTS)}/datasets/${id}` },
    summary:
      `${article(pick.one(ADJECTIVES))} collection of ${studies(modality)} studies from ${place}, suited to ${pick.one(PURPOSES)}.` +
      (pick.chance(0.4) ? ` Includes ${pick.one(['radiologist reports', 'biopsy-confirmed labels', 'bounding boxes', 'pixel-level masks', 'clinical variables'])}.` : ''),
    evidence: [],
  };
  if (samples !== null) dataset.sample_unit = pick.one(['images', 'volumes', 'studies', 'slides'] as const);
  if (pick.chance(0.5)) dataset.annotations = pick.some(['masks', 'boxes', 'birads', 'pathology', 'clinical'] as const, pick.int(0, 3));
  if (pick.chance(0.08)) dataset.other_modalities = [pick.one(MODALITY_IDS.filter((m) => m !== modality))];
  if (synthetic) dataset.synthetic = true;
  if (pick.chance(0.6)) dataset.tasks = pick.some(profile.tasks, pick.int(1, 3));
  if (pick.chance(0.4)) dataset.license = pick.one(LICENSES);
  if (pick.chance(0.1)) dataset.notes = `Access is reviewed by a data access committee; allow ${pick.int(2, 8)} weeks.`;
  // One quoted page backs every figure the record states, as the catalogue's own records do.
  const stated = (['subjects', 'samples', 'size', 'year', 'license'] as const).filter((f) => dataset[f] !== null && dataset[f] !== undefined);
  dataset.evidence = [
    {
      url: `https://${pick.one(HOSTS)}/datasets/${id}`,
      quote: `${dataset.subjects ?? 'Several'} patients, ${dataset.samples ?? 'many'} ${dataset.sample_unit ?? 'studies'}, released in ${dataset.year}.`,
      supports: [...stated, ...(dataset.sample_unit === undefined ? [] : (['sample_unit'] as const))],
    },
  ];
  return dataset;
}

/** `count` records from `seed`: the same arguments give the same records. */
export function generateDatasets(count: number, seed = 1): Dataset[] {
  const pick = new Picker(prng(seed));
  return Array.from({ length: count }, (_, index) => syntheticDataset(pick, index));
}

/** The record files of `generateDatasets(count, seed)`: path (datasets/<id>.yaml) and text. */
export function generateRecordFiles(count: number, seed = 1): { file: string; text: string }[] {
  return generateDatasets(count, seed).map((dataset) => ({ file: `${DATASETS_DIR}/${dataset.id}.yaml`, text: serializeRecord(dataset) }));
}

/** Writes a catalogue of `count` records into `dir` (datasets/ and the project's README template). */
export function writeCatalogue(dir: string, count: number, templateFrom: string, seed = 1): void {
  mkdirSync(path.join(dir, DATASETS_DIR), { recursive: true });
  for (const { file, text } of generateRecordFiles(count, seed)) writeFileSync(path.join(dir, file), text);
  copyFileSync(path.join(templateFrom, TEMPLATE_FILE), path.join(dir, TEMPLATE_FILE));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [count, dir, seed] = process.argv.slice(2);
  if (count === undefined || dir === undefined || !/^\d+$/.test(count)) {
    process.stderr.write('Usage: generate.js <N> <folder> [seed]   (run from the project root)\n');
    process.exitCode = 2;
  } else {
    writeCatalogue(dir, Number(count), process.cwd(), seed === undefined ? 1 : Number(seed));
    process.stdout.write(`Wrote ${count} records and ${TEMPLATE_FILE} to ${dir}\n`);
  }
}
