// Pure helpers behind the library and comparison screens: colours, changed assumptions, search/sort, card figures.
import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../../shared/host/library-types';
import { leverDefs, parameterDefs } from '../../../shared/model';
import { LAST_YEAR } from '../../../shared/model/years';
import { defaultScenario, type ScenarioDocument } from '../../../shared/scenario';
import { createEngine } from '../../../renderer/compute/engine';
import { assumptionRows } from '../../../renderer/features/compare/assumption-rows';
import { compareRows } from '../../../renderer/features/compare/compare-data';
import { keepExisting, MAX_COMPARED, SCENARIO_COLOURS, toggleCompared } from '../../../renderer/features/compare/scenario-colours';
import { createFigureCache } from '../../../renderer/features/library/library-figures';
import { queryLibrary } from '../../../renderer/features/library/library-query';

const doc = (name: string, patch: Partial<ScenarioDocument> = {}): ScenarioDocument => ({ ...defaultScenario(name), ...patch });
const entry = (ref: string, d: ScenarioDocument | null, modifiedAt = 0): LibraryEntry => ({
  ref, fileName: `${d?.name ?? ref}.puente.json`, modifiedAt, status: d ? 'ok' : 'not-json', detail: d ? null : { kind: 'content', source: 'file', explanation: 'The file is empty.' }, document: d,
});

describe('comparison colours', () => {
  it('gives each ticked scenario the first free colour and keeps it when others leave', () => {
    let sel = toggleCompared([], 'a');
    sel = toggleCompared(sel, 'b');
    sel = toggleCompared(sel, 'c');
    expect(sel.map((c) => c.colour)).toEqual([SCENARIO_COLOURS[0], SCENARIO_COLOURS[1], SCENARIO_COLOURS[2]]);
    sel = toggleCompared(sel, 'a');
    expect(sel.find((c) => c.ref === 'c')?.colour).toBe(SCENARIO_COLOURS[2]);
    sel = toggleCompared(sel, 'd');
    expect(sel.find((c) => c.ref === 'd')?.colour).toBe(SCENARIO_COLOURS[0]);
  });

  it('refuses a fifth scenario and drops deleted ones', () => {
    let sel = ['a', 'b', 'c', 'd'].reduce((s, ref) => toggleCompared(s, ref), [] as ReturnType<typeof toggleCompared>);
    expect(toggleCompared(sel, 'e')).toHaveLength(MAX_COMPARED);
    sel = keepExisting(sel, new Set(['b', 'd']));
    expect(sel.map((c) => [c.ref, c.colour])).toEqual([['b', SCENARIO_COLOURS[1]], ['d', SCENARIO_COLOURS[3]]]);
  });
});

describe('changed assumptions', () => {
  it('lists every lever, override and parameter any scenario sets, with undefined where a scenario keeps the baseline', () => {
    const a = doc('A', { levers: { regularisationRatePerYear: 0.1 } });
    const b = doc('B', { levers: { regularisationRatePerYear: 0.4, absorptionCapacity: 'high' }, countries: { COL: { regularisationRatePerYear: 0.5 } } });
    const param = parameterDefs()[0];
    if (!param) throw new Error('no parameters');
    const c = doc('C', { parameters: { [param.id]: param.high } });
    const rows = assumptionRows([a, b, c], leverDefs(), parameterDefs());
    expect(Object.fromEntries(rows.map((r) => [r.id, r.values]))).toEqual({
      'lever:regularisationRatePerYear': [0.1, 0.4, undefined],
      'lever:absorptionCapacity': [undefined, 'high', undefined],
      'override:COL:regularisationRatePerYear': [undefined, 0.5, undefined],
      [`parameter:${param.id}`]: [undefined, undefined, param.high],
    });
    // Levers first, then per-country overrides, then advanced parameters.
    expect(rows.map((r) => r.kind)).toEqual(['lever', 'lever', 'override', 'parameter']);
    expect(assumptionRows([doc('X'), doc('Y')], leverDefs(), parameterDefs())).toEqual([]);
  });
});

describe('comparison chart rows', () => {
  it('puts the baseline and each scenario on the same rows, one per year', () => {
    const engine = createEngine();
    const base = engine.project({ levers: {}, countries: {}, parameters: {} });
    const more = engine.project({ levers: { regularisationRatePerYear: 0.5 }, countries: {}, parameters: {} });
    const rows = compareRows(base, [base, more], 'LAC', 'migrantsRegular');
    const last = rows?.at(-1);
    expect(last?.year).toBe(LAST_YEAR);
    expect(last?.s0).toBe(last?.baseline);
    expect(last?.s1 ?? 0).toBeGreaterThan(last?.baseline ?? 0);
    expect(compareRows(base, [more], 'XXX', 'migrantsRegular')).toBeNull();
  });
});

describe('library search and sort', () => {
  const entries = [
    entry('1', doc('Ministry proposal', { author: 'Ana Pérez', updatedAt: '2026-03-01T10:00:00Z' })),
    entry('2', doc('IOM view', { notes: 'Regularización amplia', updatedAt: '2026-03-05T10:00:00Z' })),
    entry('3', null, Date.parse('2026-03-03T10:00:00Z')),
  ];
  it('searches name, author and notes ignoring case and accents', () => {
    expect(queryLibrary(entries, 'perez', 'updated').map((e) => e.ref)).toEqual(['1']);
    expect(queryLibrary(entries, 'REGULARIZACION', 'updated').map((e) => e.ref)).toEqual(['2']);
    expect(queryLibrary(entries, 'nothing like it', 'updated')).toEqual([]);
  });
  it('sorts by last update (unreadable files by their storage time) or by name', () => {
    expect(queryLibrary(entries, '', 'updated').map((e) => e.ref)).toEqual(['2', '3', '1']);
    expect(queryLibrary(entries, '', 'name').map((e) => e.ref)).toEqual(['3', '2', '1']);
  });
});

describe('library card figures', () => {
  it('computes LAC 2030 changes once per set of inputs', () => {
    const engine = createEngine();
    const cache = createFigureCache(engine.project);
    const plan = doc('Plan', { levers: { regularisationRatePerYear: 0.3 } });
    const figures = cache.figures(plan);
    expect(figures.migrantsRegular ?? 0).toBeGreaterThan(0);
    expect(cache.figures(doc('Plan, renamed', { levers: { regularisationRatePerYear: 0.3 } }))).toBe(figures);
    expect(cache.runs()).toBe(1);
    expect(cache.figures(doc('Baseline')).migrantsRegular).toBe(0);
    expect(cache.runs()).toBe(2);
  });
});
