// A lever's scope (all countries, or the place's own value) read from the document, the edits that change it, the
// words that say which countries a change reaches, and that the engine projects a country on its own levers.
import { describe, expect, it } from 'vitest';
import { enablePatches, produce } from 'immer';
import { createEngine } from '../../../renderer/compute/engine';
import { clearOwnValue, leverScope, scopeTargets, setOwnValue, setRegionValue } from '../../../renderer/features/levers/lever-scope';
import { leverScopeNote, scopeSummary } from '../../../renderer/features/levers/scope-text';
import { DocumentStore } from '../../../renderer/state/document-store';
import { defaultScenario, type ScenarioDocument } from '../../../shared/scenario';
import { yearIndex } from '../../../shared/model/years';

enablePatches();
const engine = createEngine();
const countries = engine.baseline.countries;
const CAM = scopeTargets(countries, 'CAM');

const doc = (edit: (d: ScenarioDocument) => void = () => undefined): ScenarioDocument => produce(defaultScenario(), edit);

describe('lever scope', () => {
  it('offers an own value for a country and for each country of a sub-region, never for the whole region', () => {
    expect(scopeTargets(countries, 'GTM')).toEqual(['GTM']);
    expect(CAM).toHaveLength(8);
    expect(CAM).toContain('MEX');
    expect(scopeTargets(countries, 'LAC')).toEqual([]);
  });

  it('reads "own" where every target has its own value, and names the countries a region-wide change skips', () => {
    const d = doc((x) => {
      x.levers.remittanceCostTargetPct = 4;
      x.countries.GTM = { remittanceCostTargetPct: 1 };
    });
    expect(leverScope(d, 'remittanceCostTargetPct', ['GTM'])).toMatchObject({ kind: 'own', value: 1, mixed: false });
    expect(leverScope(d, 'remittanceCostTargetPct', ['COL'])).toMatchObject({ kind: 'all', value: 4, exceptions: ['GTM'], partial: [] });
    // Central America with one own value: still the region-wide value, Guatemala set apart.
    expect(leverScope(d, 'remittanceCostTargetPct', CAM)).toMatchObject({ kind: 'all', value: 4, partial: ['GTM'] });
    expect(leverScope(d, 'regularisationRatePerYear', ['GTM'])).toMatchObject({ kind: 'all', value: undefined, exceptions: [] });
  });

  it('sets an own value for each target, notices when they differ, and clears them without leaving empty overrides', () => {
    let d = produce(doc(), setOwnValue('regularisationRatePerYear', CAM, 0.3));
    expect(leverScope(d, 'regularisationRatePerYear', CAM)).toMatchObject({ kind: 'own', value: 0.3, mixed: false });
    d = produce(d, setOwnValue('regularisationRatePerYear', ['HND'], 0.5));
    expect(leverScope(d, 'regularisationRatePerYear', CAM)).toMatchObject({ kind: 'own', mixed: true });
    d = produce(d, setOwnValue('remittanceCostTargetPct', ['HND'], 2));
    d = produce(d, clearOwnValue('regularisationRatePerYear', CAM));
    expect(d.countries).toEqual({ HND: { remittanceCostTargetPct: 2 } });
    d = produce(d, setRegionValue('regularisationRatePerYear', 0.1));
    d = produce(d, setRegionValue('regularisationRatePerYear', undefined));
    expect(d.levers).toEqual({});
  });

  it('makes a scope change and an own-value edit ordinary undo steps', () => {
    const store = new DocumentStore(doc());
    store.edit('scope:remittanceCostTargetPct', setOwnValue('remittanceCostTargetPct', ['GTM'], 2.56));
    store.edit('lever:remittanceCostTargetPct@GTM', setOwnValue('remittanceCostTargetPct', ['GTM'], 1));
    store.edit('scope:remittanceCostTargetPct', clearOwnValue('remittanceCostTargetPct', ['GTM']));
    expect(store.getSnapshot().doc.countries).toEqual({});
    store.undo();
    expect(store.getSnapshot().doc.countries).toEqual({ GTM: { remittanceCostTargetPct: 1 } });
    store.undo();
    expect(store.getSnapshot().doc.countries).toEqual({ GTM: { remittanceCostTargetPct: 2.56 } });
    store.undo();
    expect(store.getSnapshot().doc.countries).toEqual({});
    expect(store.getSnapshot().dirty).toBe(false);
    store.redo();
    store.redo();
    expect(store.getSnapshot().doc.countries).toEqual({ GTM: { remittanceCostTargetPct: 1 } });
  });

  it('says which countries a change reaches', () => {
    const d = doc((x) => {
      x.countries.GTM = { remittanceCostTargetPct: 1 };
    });
    expect(leverScopeNote(engine, leverScope(d, 'remittanceCostTargetPct', ['GTM']), 'GTM')).toBe('Applies to Guatemala only.');
    expect(leverScopeNote(engine, leverScope(d, 'remittanceCostTargetPct', ['COL']), 'COL')).toBe('Applies to every country except Guatemala, which has its own value.');
    expect(leverScopeNote(engine, leverScope(d, 'regularisationRatePerYear', ['COL']), 'COL')).toBeNull();
    const cam = produce(d, setOwnValue('regularisationRatePerYear', CAM, 0.2));
    expect(leverScopeNote(engine, leverScope(cam, 'regularisationRatePerYear', CAM), 'CAM')).toBe('Applies to each of the 8 countries of Central America, and to no other.');
    expect(leverScopeNote(engine, leverScope(cam, 'regularisationRatePerYear', []), 'LAC')).toBe('Applies to every country except those of Central America, which have their own values.');
    const three = produce(d, setOwnValue('regularisationRatePerYear', ['PER', 'ARG', 'HTI', 'JAM', 'MEX'], 0.2));
    expect(leverScopeNote(engine, leverScope(three, 'regularisationRatePerYear', []), 'LAC')).toBe(
      'Applies to every country except Argentina, Haiti, Jamaica, and 2 more, which have their own values.',
    );
  });

  it('says a scenario’s scope in a few words, for library cards and the comparison', () => {
    expect(scopeSummary(doc(), engine)).toBe('No lever moved');
    expect(scopeSummary(doc((x) => void (x.levers.regularisationRatePerYear = 0.2)), engine)).toBe('All countries');
    const d = doc((x) => {
      x.levers.regularisationRatePerYear = 0.2;
      x.countries.GTM = { remittanceCostTargetPct: 1 };
      x.countries.COL = { absorptionCapacity: 'high', processingCapacityShare: 0.5 };
    });
    expect(scopeSummary(d, engine)).toBe('All countries; own levers for Colombia and Guatemala');
    const cam = produce(doc(), setOwnValue('remittanceCostTargetPct', CAM, 2));
    expect(scopeSummary(cam, engine)).toMatch(/^Only .+ and \d more$/);
    expect(scopeSummary(doc((x) => void (x.countries.PER = { regularisationRatePerYear: 0.1 })), engine)).toBe('Only Peru');
  });

  it('projects a country on its own levers: Guatemala’s cap changes Guatemala and the regions it is in, not Colombia', () => {
    const base = engine.project({ levers: {}, countries: {}, parameters: {} });
    const own = engine.project({ levers: {}, countries: { GTM: { remittanceCostTargetPct: 1 } }, parameters: {} });
    const at2030 = (p: typeof base, region: string, run: 'scenario' | 'baseline') => p.regions[region]?.[run].feeSavingsUsd[yearIndex(2030)];
    expect(at2030(own, 'GTM', 'scenario')).toBeGreaterThan(0);
    expect(at2030(own, 'CAM', 'scenario')).toBeCloseTo(at2030(own, 'GTM', 'scenario') ?? NaN, 6);
    expect(own.regions.COL).toEqual(base.regions.COL);
    // The same cap for every country reaches Colombia.
    const all = engine.project({ levers: { remittanceCostTargetPct: 1 }, countries: {}, parameters: {} });
    expect(at2030(all, 'COL', 'scenario')).toBeGreaterThan(0);
  });
});
