// A corrupted dataset is refused with a message that names the bad field.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset, parseManifest } from '../../../shared/data/parse-dataset';

const raw = JSON.parse(readFileSync(resolve(__dirname, '../../../data/baseline/lac-baseline.json'), 'utf8')) as {
  tables: Record<string, Record<string, unknown>[]>;
} & Record<string, unknown>;

function corrupt(edit: (copy: typeof raw) => void): unknown {
  const copy = structuredClone(raw);
  edit(copy);
  return copy;
}

function firstPaperRecord(copy: typeof raw): Record<string, unknown> {
  const r = copy.tables.paper?.[0];
  if (!r) throw new Error('paper table empty');
  return r;
}

describe('parseDataset', () => {
  it('refuses a value of the wrong type and names the field', () => {
    const result = parseDataset(corrupt((c) => { firstPaperRecord(c).value = 'eight point four'; }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('invalid');
      expect(result.message).toContain('tables.paper[0].value');
    }
  });

  it('refuses a record with a missing field and names it', () => {
    const result = parseDataset(corrupt((c) => { delete firstPaperRecord(c).unit; }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('tables.paper[0].unit');
  });

  it('refuses an unknown confidence label', () => {
    const result = parseDataset(corrupt((c) => { firstPaperRecord(c).confidence = 'probably'; }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('tables.paper[0].confidence');
  });

  it('refuses a missing table and duplicate record ids', () => {
    const noTable = parseDataset(corrupt((c) => { delete c.tables.venezuelans; }));
    expect(noTable.ok).toBe(false);
    if (!noTable.ok) expect(noTable.message).toContain('tables.venezuelans');
    const dup = parseDataset(corrupt((c) => { const [a, b] = c.tables.paper ?? []; if (a && b) b.id = a.id; }));
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.message).toMatch(/tables\.paper\[1\]\.id: duplicate id/);
  });

  it('refuses things that are not a dataset at all', () => {
    for (const bad of [null, 42, 'lac-baseline', []]) expect(parseDataset(bad).ok).toBe(false);
  });
});

describe('parseManifest', () => {
  it('names a malformed checksum', () => {
    const result = parseManifest({ id: 'x', version: '1.0.0', sha256: 'abc', recordCount: 1, builtFrom: ['a'], modelVintage: 'v' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('sha256');
  });
});
