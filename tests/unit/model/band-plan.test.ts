// The stored band plan (data/model/band-plan.json) is what the model finds today for the bundled baseline, so the app
// can start without finding it; for any other baseline or parameter ranges the plan is found by running the model.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { modelBaseline } from '../../../shared/data';
import { bandPlan, bandPlanJson, computeBandPlan } from '../../../shared/model/bands';
import { FIXTURE } from './fixture';

const baseline = modelBaseline();

describe('stored band plan', () => {
  it('equals the plan found by running the model (stale: run npm run data:build)', () => {
    const stored: unknown = JSON.parse(readFileSync(new URL('../../../data/model/band-plan.json', import.meta.url), 'utf8'));
    expect(stored).toStrictEqual(JSON.parse(JSON.stringify(bandPlanJson(baseline))));
  }, 30_000);

  it('is read, not recomputed, for the bundled baseline; another baseline gets its own plan', async () => {
    // A stored plan marked in a way no computation produces shows that the file is what the engine uses.
    const stored = bandPlanJson(baseline);
    const marked = { ...stored, countries: { ...stored.countries, COL: { groups: [], mixed: {} } } };
    vi.resetModules();
    vi.doMock('../../../data/model/band-plan.json', () => ({ default: marked }));
    const fresh = await import('../../../shared/model/bands');
    const data = await import('../../../shared/data');
    expect(fresh.bandPlan(data.modelBaseline()).get('COL')?.groups).toEqual([]);
    const other = { ...data.modelBaseline(), checksum: 'another' };
    expect(fresh.bandPlan(other).get('COL')?.groups.length).toBeGreaterThan(0);
    vi.doUnmock('../../../data/model/band-plan.json');
    vi.resetModules();
    expect(bandPlan(FIXTURE).size).toBe(FIXTURE.countries.length);
    expect(computeBandPlan(FIXTURE).size).toBe(FIXTURE.countries.length);
  }, 30_000);
});
