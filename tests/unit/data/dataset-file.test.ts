// The committed dataset file: valid, and exactly the file its manifest describes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/data/canonical-json';
import { CONFIDENCE_LABELS, TABLE_IDS } from '../../../shared/data/dataset-schema';
import { parseDataset, parseManifest } from '../../../shared/data/parse-dataset';

const root = resolve(__dirname, '../../..');
const rawDataset: unknown = JSON.parse(readFileSync(resolve(root, 'data/baseline/lac-baseline.json'), 'utf8'));
const rawManifest: unknown = JSON.parse(readFileSync(resolve(root, 'data/baseline/manifest.json'), 'utf8'));

function parsed() {
  const d = parseDataset(rawDataset);
  const m = parseManifest(rawManifest);
  if (!d.ok) throw new Error(d.message);
  if (!m.ok) throw new Error(m.message);
  return { dataset: d.value, manifest: m.value };
}

describe('data/baseline/lac-baseline.json', () => {
  it('parses with the dataset schema and the manifest with the manifest schema', () => {
    expect(parseDataset(rawDataset).ok).toBe(true);
    expect(parseManifest(rawManifest).ok).toBe(true);
  });

  it('matches the manifest checksum, id, version and record count', () => {
    const { dataset, manifest } = parsed();
    const sha = createHash('sha256').update(canonicalJson(dataset.tables), 'utf8').digest('hex');
    expect(sha).toBe(manifest.sha256);
    expect(manifest.id).toBe(dataset.id);
    expect(manifest.version).toBe(dataset.version);
    const count = TABLE_IDS.reduce((n, t) => n + dataset.tables[t].length, 0);
    expect(manifest.recordCount).toBe(count);
    expect(manifest.modelVintage).toBe(dataset.modelVintage);
  });

  it('a one-digit change anywhere in the tables changes the checksum', () => {
    const { dataset, manifest } = parsed();
    const tampered = structuredClone(dataset.tables);
    const record = tampered.remittances.find((r) => r.value !== null);
    if (!record || record.value === null) throw new Error('no numeric remittance record');
    record.value += 1;
    const sha = createHash('sha256').update(canonicalJson(tampered), 'utf8').digest('hex');
    expect(sha).not.toBe(manifest.sha256);
  });

  it('uses only the four confidence labels and flags recalled values in their own label', () => {
    const { dataset } = parsed();
    const all = TABLE_IDS.flatMap((t) => dataset.tables[t]);
    expect(new Set(all.map((r) => r.confidence))).toEqual(new Set(CONFIDENCE_LABELS));
    const recalled = all.filter((r) => r.confidence === 'recalled, unverified');
    expect(recalled.map((r) => r.iso3)).toEqual(expect.arrayContaining(['COL', 'ARG', 'CUW']));
  });

  it('keeps both population vintages for every country', () => {
    const { dataset } = parsed();
    const pop2018 = dataset.tables.populationGdp.filter((r) => r.indicator === 'population' && r.year === 2018 && r.iso3 === 'HTI');
    expect(pop2018.map((r) => r.vintage).sort()).toEqual(['WDI, Mar-2026 vintage (S15)', 'WDI, early-2020 vintage (S14), closest to the paper']);
  });
});

describe('canonicalJson', () => {
  it('does not depend on key order or whitespace', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: null, c: 'x' }] })).toBe(canonicalJson(JSON.parse('{ "a": [1, {"c":"x", "d": null}], "b": 1 }')));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
});
