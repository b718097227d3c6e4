import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/sha256';
import { defaultScenario } from '../../../shared/scenario/defaults';
import { fingerprintSource, scenarioFingerprint } from '../../../shared/scenario/fingerprint';

const nodeSha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256', () => {
  it('matches Node’s crypto on known and random text, across block boundaries and non-Latin characters', () => {
    for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'Regularización — São Paulo — Haïti 🇭🇹']) {
      expect(sha256Hex(text)).toBe(nodeSha(text));
    }
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => sha256Hex(text) === nodeSha(text)), { numRuns: 200 });
  });
});

describe('scenario fingerprint', () => {
  const base = { ...defaultScenario('A'), baseline: { datasetId: 'lac-baseline-2019', checksum: 'abc' } };

  it('is 12 hex digits of the hash of the canonical assumptions', () => {
    const fp = scenarioFingerprint(base);
    expect(fp).toMatch(/^[0-9a-f]{12}$/);
    expect(fp).toBe(nodeSha(fingerprintSource(base)).slice(0, 12));
  });

  it('ignores the name, notes, times and view, but not a lever, an override, a parameter or the baseline', () => {
    const fp = scenarioFingerprint(base);
    expect(scenarioFingerprint({ ...base, name: 'B', notes: 'x', updatedAt: '2026-01-01T00:00:00Z', view: { region: 'COL', lens: 'origin', charts: [] } } as typeof base)).toBe(fp);
    expect(scenarioFingerprint({ ...base, levers: { regularisationRatePerYear: 0.3 } })).not.toBe(fp);
    expect(scenarioFingerprint({ ...base, countries: { COL: { regularisationRatePerYear: 0.3 } } })).not.toBe(fp);
    expect(scenarioFingerprint({ ...base, parameters: { exitRate: 0.02 } })).not.toBe(fp);
    expect(scenarioFingerprint({ ...base, baseline: { datasetId: 'lac-baseline-2019', checksum: 'def' } })).not.toBe(fp);
  });

  it('does not depend on the order keys were written in', () => {
    const a = { ...base, levers: { regularisationRatePerYear: 0.3, remittanceCostTargetPct: 3 } };
    const b = { ...base, levers: { remittanceCostTargetPct: 3, regularisationRatePerYear: 0.3 } };
    expect(scenarioFingerprint(a)).toBe(scenarioFingerprint(b));
  });
});
