// Pure helpers behind the library and comparison screens: colours, changed assumptions, search/sort, what a card
// says (place, scope, changes, main result, data), which countries a scenario reaches.
import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../../shared/host/library-types';
import { leverDefs, parameterDefs } from '../../../shared/model';
import { LAST_YEAR } from '../../../shared/model/years';
import { defaultScenario, toScenarioInputs, type ScenarioDocument } from '../../../shared/scenario';
import { YEARS } from '../../../shared/model/types';
import { formatCompact } from '../../../renderer/i18n/format';
import { createEngine } from '../../../renderer/compute/engine';
import { assumptionRows, changedRows, formatAssumption, isBaselineValue } from '../../../renderer/features/compare/assumption-rows';
import { baselineText, shownBaseline } from '../../../renderer/features/levers/display-units';
import { compareRows } from '../../../renderer/features/compare/compare-data';
import { keepExisting, MAX_COMPARED, SCENARIO_COLOURS, toggleCompared } from '../../../renderer/features/compare/scenario-colours';
import { createProjectionCache } from '../../../renderer/compute/projection-cache';
import { cardSummary, changesInWords, createCardSummaries, mainResult } from '../../../renderer/features/library/card-summary';
import { datasetName } from '../../../renderer/features/library/dataset-name';
import { scopeSummary } from '../../../renderer/features/levers/scope-text';
import { dataStamp } from '../../../shared/data';
import { queryLibrary } from '../../../renderer/features/library/library-query';

const doc = (name: string, patch: Partial<ScenarioDocument> = {}): ScenarioDocument => ({ ...defaultScenario(name), ...patch });
const entry = (ref: string, d: ScenarioDocument | null, modifiedAt = 0): LibraryEntry => ({
  ref, fileName: `${d?.name ?? ref}.puente.json`, modifiedAt, status: d ? 'ok' : 'not-json', detail: d ? null : { kind: 'content', source: 'file', problem: { kind: 'empty' } }, document: d,
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

  it('leaves out of "what differs" an assumption every scenario sets to the baseline value', () => {
    const engine = createEngine();
    const rate = leverDefs().find((l) => l.id === 'regularisationRatePerYear');
    if (!rate) throw new Error('no regularisation lever');
    const baseline = engine.leverBaseline(rate, 'COL');
    if (typeof baseline !== 'number') throw new Error('regularisation baseline should be a number');
    const same = doc('Same', { levers: { regularisationRatePerYear: baseline, absorptionCapacity: 'high' } });
    const other = doc('Other', { levers: { absorptionCapacity: 'high' } });
    const rows = changedRows(assumptionRows([same, other], leverDefs(), parameterDefs()), engine.leverBaseline, 'COL');
    expect(rows.map((r) => r.id)).toEqual(['lever:absorptionCapacity']);
    expect(isBaselineValue(baseline, baseline)).toBe(true);
    expect(isBaselineValue(baseline + 0.1, baseline)).toBe(false);
    // Where the place's baseline varies by country, any set value counts as a change.
    expect(isBaselineValue(0.2, null)).toBe(false);
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
    entry('1', doc('Ministry proposal', { author: 'Ana Pérez', updatedAt: '2026-03-01T10:00:00Z', view: { region: 'COL', lens: 'host', charts: [] } })),
    entry('2', doc('IOM view', { notes: 'Regularización amplia', updatedAt: '2026-03-05T10:00:00Z' })),
    entry('3', null, Date.parse('2026-03-03T10:00:00Z')),
  ];
  it('searches name, author, notes and place ignoring case and accents', () => {
    expect(queryLibrary(entries, 'perez', 'updated').map((e) => e.ref)).toEqual(['1']);
    const places = (id: string) => ({ COL: 'Colombia', LAC: 'Latin America and the Caribbean' })[id] ?? id;
    expect(queryLibrary(entries, 'colombia', 'updated', 'en', places).map((e) => e.ref)).toEqual(['1']);
    expect(queryLibrary(entries, 'caribbean', 'updated', 'en', places).map((e) => e.ref)).toEqual(['2']);
    expect(queryLibrary(entries, 'REGULARIZACION', 'updated').map((e) => e.ref)).toEqual(['2']);
    expect(queryLibrary(entries, 'nothing like it', 'updated')).toEqual([]);
  });
  it('sorts by last update (unreadable files by their storage time) or by name', () => {
    expect(queryLibrary(entries, '', 'updated').map((e) => e.ref)).toEqual(['2', '3', '1']);
    expect(queryLibrary(entries, '', 'name').map((e) => e.ref)).toEqual(['3', '2', '1']);
  });
});

describe('what a library card says', () => {
  const engine = createEngine();
  const project = (d: ScenarioDocument) => engine.project(toScenarioInputs(d));
  const host = (region: string, charts: string[]) => ({ region, lens: 'host' as const, charts });

  it('names each change in words, with its value, unit and the baseline it replaces', () => {
    const plan = doc('Plan', {
      levers: { regularisationRatePerYear: 0.4, absorptionCapacity: 'high' },
      countries: { COL: { remittanceCostTargetPct: 3 } },
    });
    const changes = changesInWords(plan, engine);
    expect(changes).toContain('Regularisation rate 40 % per year (from 0 % per year)');
    expect(changes).toContain('Absorption capacity High (from Medium)');
    const colombia = changes.find((c) => c.startsWith('Colombia: Remittance cost cap 3 % of USD 200 (from '));
    expect(colombia).toBeDefined();
    // A stored value equal to the baseline changes nothing and is not listed.
    expect(changesInWords(doc('Same', { levers: { regularisationRatePerYear: 0 } }), engine)).toEqual([]);
  });

  it('gives the main result at the scenario’s own place: the first charted output it changes in 2030', () => {
    const plan = doc('Plan', { levers: { regularisationRatePerYear: 0.4 }, view: host('COL', ['remittancesUsd', 'migrantsRegular', 'netFiscalUsd']) });
    const result = mainResult(plan, project(plan), engine);
    // Regularisation does not move remittances: the first output it changes is the regular stock.
    expect(result?.output).toBe('migrantsRegular');
    expect(result?.label).toBe('Migrants with regular status in Colombia, 2030');
    const runs = project(plan).regions.COL;
    const i = YEARS.indexOf(2030);
    const change = (runs?.scenario.migrantsRegular[i] ?? 0) - (runs?.baseline.migrantsRegular[i] ?? 0);
    expect(change).toBeGreaterThan(0);
    expect(result?.value).toBe(`+${formatCompact(change, 'persons')}`);
    // Nothing changes at its place (a cap above the current cost): no result.
    const idle = doc('Idle', { levers: { remittanceCostTargetPct: 20 }, view: host('COL', ['remittancesUsd']) });
    expect(mainResult(idle, project(idle), engine)).toBeNull();
  });

  it('puts place, scope, changes (three, then a count) and the data in words, with no internal ids', () => {
    const many = doc('Many', {
      levers: { regularisationRatePerYear: 0.4, absorptionCapacity: 'high', inflowPath: 'high', remittanceCostTargetPct: 3 },
      countries: { GTM: { regularisationRatePerYear: 0.1 } },
      view: host('GTM', ['migrantsRegular']),
      baseline: dataStamp(),
    });
    const summary = cardSummary(many, project(many), engine, dataStamp());
    expect(summary.place).toBe('Guatemala');
    expect(summary.scope).toBe('All countries; own levers for Guatemala');
    expect(summary.changes).toHaveLength(3);
    expect(summary.moreChanges).toBe(2);
    expect(summary.dataset).not.toContain(dataStamp().datasetId);
    expect(summary.dataset).toMatch(/^the paper’s baseline/);
    for (const text of [summary.place, summary.scope, ...summary.changes, summary.result?.label ?? '', summary.dataset]) {
      expect(text).not.toMatch(/lac-|[A-Z]{3}:|\bGTM\b|_/);
    }
  });

  it('computes a card once per scenario inputs, view and data; a rename costs nothing', () => {
    const cache = createProjectionCache(engine.project);
    const summaries = createCardSummaries(engine, cache.project, dataStamp);
    const plan = doc('Plan', { levers: { regularisationRatePerYear: 0.3 } });
    const first = summaries.summary(plan);
    expect(summaries.summary(doc('Plan, renamed', { levers: { regularisationRatePerYear: 0.3 } }))).toBe(first);
    expect(cache.runs()).toBe(1);
    // Another place: another card, from the same projection.
    expect(summaries.summary(doc('Plan', { levers: { regularisationRatePerYear: 0.3 }, view: host('COL', ['migrantsRegular']) })).place).toBe('Colombia');
    expect(cache.runs()).toBe(1);
    expect(summaries.summary(doc('Baseline')).changes).toEqual([]);
    expect(cache.runs()).toBe(2);
  });
});

describe('scope: which countries the levers reach', () => {
  it('says all countries, only some, or both; and when no lever moves', () => {
    expect(scopeSummary(doc('A', { levers: { regularisationRatePerYear: 0.2 } }), createEngine())).toBe('All countries');
    expect(scopeSummary(doc('B', { countries: { GTM: { remittanceCostTargetPct: 3 } } }), createEngine())).toBe('Only Guatemala');
    expect(scopeSummary(doc('C', { countries: { PER: { regularisationRatePerYear: 0.1 }, COL: { regularisationRatePerYear: 0.2 } } }), createEngine())).toBe('Only Colombia and Peru');
    expect(scopeSummary(doc('D', { levers: { inflowPath: 'high' }, countries: { COL: { regularisationRatePerYear: 0.2 }, ECU: {} } }), createEngine())).toBe('All countries; own levers for Colombia');
    expect(scopeSummary(doc('E'), createEngine())).toBe('No lever moved');
  });
});

describe('the data a scenario was made on, in words', () => {
  const bundled = { datasetId: 'lac-baseline-2019+observed-2025', checksum: 'a'.repeat(64) };
  it('names known datasets, another edition of the bundled one, and unknown ones without their ids', () => {
    expect(datasetName(bundled, bundled)).toBe('the paper’s baseline (2018–2019) and the record to 2025');
    expect(datasetName({ ...bundled, checksum: 'b'.repeat(64) }, bundled)).toBe('an earlier edition of the paper’s baseline (2018–2019) and the record to 2025');
    expect(datasetName({ datasetId: 'lac-baseline-2019', checksum: '0'.repeat(64) }, bundled)).toBe('the paper’s baseline (2018–2019), without the record since 2019');
    expect(datasetName({ datasetId: 'someone-elses-data-v7', checksum: '0'.repeat(64) }, bundled)).toBe('another dataset, not part of this version');
    expect(datasetName(null, bundled)).toBe('not recorded');
  });
});

describe('one rounding rule for measured baselines', () => {
  it('writes a measured baseline on cards and in Compare by the lever panel’s rule, and a setting as set', () => {
    const cap = leverDefs().find((l) => l.id === 'remittanceCostTargetPct');
    if (!cap) throw new Error('no cost cap lever');
    const row = { id: 'lever:remittanceCostTargetPct', kind: 'lever' as const, def: cap, country: null, values: [] };
    // The lever panel writes a measured 12.345 % as "12.3 %" (three significant figures): so do the card and Compare.
    expect(formatAssumption(row, 12.345, '', true)).toBe(`${baselineText(shownBaseline(12.345, cap.unit), cap.unit, '% of USD 200')}`);
    expect(formatAssumption(row, 12.345, '', true)).toBe('12.3 % of USD 200');
    // A value the user typed is shown as typed.
    expect(formatAssumption(row, 12.34, '')).toBe('12.34 % of USD 200');
  });
});
