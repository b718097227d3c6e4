// The catalogues load, cover every id, and reject bad edits with a clear message.
import { readFileSync } from 'node:fs';
import { withFreshDataTables, withFreshTables } from '../../../scripts/methodology-tables';
import { describe, expect, it } from 'vitest';
import { leverDefs, OUTPUT_IDS, outputDefs, parameterDef, parameterDefs, project } from '../../../shared/model';
import { parseLevers } from '../../../shared/model/catalogue';
import { LAST_YEAR, SDG_YEAR } from '../../../shared/model/years';
import { parseOutputs, parseParameters } from '../../../shared/model/catalogue';
import { FIXTURE } from './fixture';
import { sectionId } from '../../../renderer/features/methodology/section-id';
import { modelCataloguesIn } from '../../../shared/i18n/model-text-data';
import { anchoringSettings } from '../../../shared/data';
import { calibrationTargets } from '../../../shared/calibration';
import { TABLE_WORDS } from '../../../scripts/methodology-words';
import { tableText } from '../../../scripts/methodology-text';

/** The text of a methodology page's generated tables, without code spans (ids are the same in every edition). */
const generatedText = (doc: string): string =>
  [...doc.matchAll(/<!-- ([\w-]+):start[^>]*-->([\s\S]*?)<!-- \1:end -->/g)].map((m) => m[2] ?? '').join('\n').replace(/`[^`]*`/g, '');

/**
 * Every English text the tables can print that Spanish writes differently: the model's labels, units, sources and
 * notes (data/model/*.json against data/model/text/es.json), the tables' fixed words, the anchoring rule's reasons
 * and the calibration targets.
 */
function englishWordsSpanishWritesDifferently(): string[] {
  const en = modelCataloguesIn('en');
  const es = modelCataloguesIn('es');
  const prose = tableText('es');
  const pairs: [string, string | undefined][] = [];
  en.levers.forEach((l, i) => {
    const t = es.levers[i];
    pairs.push([l.label, t?.label], [l.source, t?.source], [l.unit, es.unitWords.get(l.unit)]);
    l.references.forEach((r, j) => pairs.push([r.label, t?.references[j]?.label]));
  });
  en.parameters.forEach((p, i) => {
    const t = es.parameters[i];
    pairs.push([p.label, t?.label], [p.source, t?.source], [p.unit, es.unitWords.get(p.unit)]);
    if (p.note) pairs.push([p.note, t?.note]);
  });
  en.outputs.forEach((o, i) => pairs.push([o.label, es.outputs[i]?.label]));
  const fixed = (words: typeof TABLE_WORDS.en) => [
    ...Object.values(words.headers).map((h) => `| ${h.join(' | ')} |`),
    ...Object.values(words.evidence),
    ...Object.values(words.growth),
    words.countryBaseline,
    words.calibration.pctGdp,
    words.calibration.outside,
    words.calibration.check,
    words.calibration.target('').replace(/\)$/, ''),
  ];
  const esFixed = fixed(TABLE_WORDS.es);
  fixed(TABLE_WORDS.en).forEach((w, i) => pairs.push([w, esFixed[i]]));
  for (const s of anchoringSettings()) pairs.push([s.why, prose.anchoring(s.why)]);
  for (const t of calibrationTargets()) pairs.push([t.what, prose.calibration(t.what)], [t.source, prose.calibration(t.source)]);
  return pairs.filter(([e, t]) => e !== t).map(([e]) => e);
}

describe('model catalogues', () => {
  it('every output id has exactly one definition', () => {
    expect(outputDefs().map((o) => o.id).sort()).toEqual([...OUTPUT_IDS].sort());
  });

  it('every output’s equations are the methodology’s own, and its section exists there (the key figures’ (i) shows them)', () => {
    const methodology = readFileSync('docs/methodology.md', 'utf8');
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    const body = flat(methodology);
    const sections = new Set(methodology.split('\n').filter((l) => /^#{1,3}\s/.test(l)).map((l) => sectionId(l.replace(/^#+\s+/, ''))));
    const parameterIds = new Set(parameterDefs().map((p) => p.id));
    for (const o of outputDefs()) {
      for (const line of o.equation) expect(body, `${o.id}: ${line}`).toContain(flat(line));
      expect(sections.has(o.methodology), `${o.id}: section ${o.methodology}`).toBe(true);
      for (const id of o.parameters) expect(parameterIds.has(id), `${o.id}: ${id}`).toBe(true);
    }
  });

  it('every parameter has low <= default <= high inside its hard bounds, and a source', () => {
    for (const p of parameterDefs()) {
      expect(p.low, p.id).toBeLessThanOrEqual(p.default);
      expect(p.default, p.id).toBeLessThanOrEqual(p.high);
      expect(p.source.length, p.id).toBeGreaterThan(10);
    }
  });

  it('assumption placeholders say so in their note', () => {
    const placeholders = parameterDefs().filter((p) => p.evidence === 'A');
    expect(placeholders.length).toBeGreaterThan(0);
    for (const p of placeholders) expect(p.note ?? p.source, p.id).toMatch(/placeholder|assum|no source|convention|norm/i);
  });

  it('year levers read their bounds from the model\'s year constants, so the horizon is one constant', () => {
    const byId = Object.fromEntries(leverDefs().map((l) => [l.id, l]));
    expect(byId.remittanceCostTargetYear?.max).toBe(LAST_YEAR);
    expect(byId.remittanceCostTargetYear?.baseline).toBe(SDG_YEAR);
    expect(byId.policyStartYear?.max).toBe(LAST_YEAR);
    const raw = leverDefs().map((l) => (l.id === 'policyStartYear' ? { ...l, max: 'nextCentury' } : l));
    expect(() => parseLevers(raw)).toThrow(/policyStartYear/);
  });

  it('lever baselines tied to status-quo parameters match their defaults', () => {
    const byId = Object.fromEntries(leverDefs().map((l) => [l.id, l]));
    expect(byId.regularisationRatePerYear?.baseline).toBe(parameterDef('statusQuoRegularisationRate').default);
    expect(byId.processingCapacityShare?.baseline).toBe(parameterDef('statusQuoProcessingCapacityShare').default);
    expect(byId.remittanceCostTargetPct?.baseline).toBe('country');
  });

  it('a bad parameter entry is rejected with its id in the message', () => {
    const bad = parameterDefs().map((p) => (p.id === 'lapseRate' ? { ...p, low: 0.5, high: 0.1 } : p));
    expect(() => parseParameters(bad)).toThrow(/lapseRate.*min <= low <= high <= max/s);
    expect(() => parseParameters(parameterDefs().slice(1))).toThrow(/missing \[remittanceGrowthRate\]/);
    expect(() => parseOutputs([...outputDefs(), outputDefs()[0]])).toThrow(/duplicate id remittancesUsd/);
  });

  it('no magic numbers: every number in the module equations is 0, 1, 100 or an index', () => {
    const files = ['remittance-costs.ts', 'migrant-stock.ts', 'regularisation.ts', 'absorption.ts'];
    for (const f of files) {
      const code = readFileSync(new URL(`../../../shared/model/${f}`, import.meta.url), 'utf8')
        .replace(/\/\/.*$/gm, '')
        .replace(/\/\*[\s\S]*?\*\//g, '');
      const numbers = code.match(/(?<![\w.])\d+(\.\d+)?(?![\w.])/g) ?? [];
      expect(numbers.filter((n) => !['0', '1', '100'].includes(n)), f).toEqual([]);
    }
  });

  it('docs/methodology.md shows every parameter and lever exactly as the model runs them', () => {
    const doc = readFileSync(new URL('../../../docs/methodology.md', import.meta.url), 'utf8');
    // Stale tables fail here; `npx tsx scripts/build-methodology.ts` regenerates them.
    expect(withFreshTables(doc, 'en')).toBe(doc);
    for (const p of parameterDefs()) expect(doc).toContain(`| \`${p.id}\` |`);
  });

  it('docs/methodology.es.md, the Spanish edition, carries the same generated tables and every section of the English', () => {
    const es = readFileSync(new URL('../../../docs/methodology.es.md', import.meta.url), 'utf8');
    const en = readFileSync(new URL('../../../docs/methodology.md', import.meta.url), 'utf8');
    expect(withFreshTables(es, 'es')).toBe(es);
    // Every English heading's id is an anchor of the Spanish edition, so the app's links land on the same section.
    const ids = [...en.matchAll(/^#{1,3} (.+)$/gm)].map((m) => sectionId((m[1] ?? '').replace(/[*_`]/g, '')));
    for (const id of ids) expect(es, id).toContain(`<a id="${id}"></a>`);
  });

  it('docs/methodology.es.md: its generated tables are in Spanish, with no English label, unit, source or fixed word, and digits as its prose writes them', () => {
    const tables = generatedText(readFileSync(new URL('../../../docs/methodology.es.md', import.meta.url), 'utf8'));
    const words = englishWordsSpanishWritesDifferently();
    expect(words.length).toBeGreaterThan(100);
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const english = words.filter((w) => new RegExp(`(?<![\\p{L}\\d])${escape(w)}(?![\\p{L}\\d])`, 'u').test(tables));
    expect(english).toEqual([]);
    expect(tables).not.toMatch(/US\$[\d.,]+(bn|m)\b/);
    // The prose writes 0.508 and 1,174,743 (es-MX style); the translations' 0,508 and 1.174.743 are rewritten.
    expect(tables.match(/\d,\d{1,2}(?!\d)|\d\.\d{3}\.\d{3}/g) ?? []).toEqual([]);
  });

  it('docs/data.md shows every decision on the observed record and every programme as the data holds them', () => {
    const doc = readFileSync(new URL('../../../docs/data.md', import.meta.url), 'utf8');
    expect(withFreshDataTables(doc)).toBe(doc);
  });
});

describe('bad scenario input gets a clear message', () => {
  it('names the unknown parameter, the out-of-range lever and the unknown country', () => {
    expect(() => project(FIXTURE, { levers: {}, countries: {}, parameters: { beta: 2 } })).toThrow(/parameters\.beta is not a model parameter/);
    expect(() => project(FIXTURE, { levers: { regularisationRatePerYear: 1.5 }, countries: {}, parameters: {} })).toThrow(
      /levers\.regularisationRatePerYear is 1\.5, out of range; allowed 0 to 1/,
    );
    expect(() => project(FIXTURE, { levers: {}, countries: { XXX: {} }, parameters: {} })).toThrow(/XXX is not in the baseline/);
    expect(() => project(FIXTURE, { levers: {}, countries: {}, parameters: { lapseRate: 2 } })).toThrow(/parameters\.lapseRate is 2, out of range; allowed 0 to 1/);
  });
});
