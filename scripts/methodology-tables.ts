// The generated tables of docs/methodology.md (parameters, levers, the anchoring rule and the growth it derives per
// country) and docs/data.md (decisions on the observed record's oddities, regularisation programmes), built from
// data/ so the pages a minister sees can never drift from what the model runs. `npx tsx scripts/build-methodology.ts`
// rewrites them; a unit test fails when they are stale.
import { calibrationResults } from '../shared/calibration';
import { anchoredRecord, anchoringSettings, COUNTRIES, modelBaseline, observedDataset } from '../shared/data';
import { leverDefs, parameterDefs, project } from '../shared/model';
import type { DerivedGrowth } from '../shared/model';

const EVIDENCE = { S: 'seen', D: 'derived', A: 'assumption' } as const;
const number = (x: number, unit = ''): string => x.toLocaleString('en-US', { maximumFractionDigits: 6, useGrouping: unit !== 'year' });
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function parameterTable(): string {
  const rows = parameterDefs().map((p) =>
    [
      `\`${p.id}\``,
      p.symbol,
      p.module,
      number(p.default, p.unit),
      `${number(p.low, p.unit)} – ${number(p.high, p.unit)}`,
      `${number(p.min, p.unit)} – ${number(p.max, p.unit)}`,
      cell(p.unit),
      `${p.evidence} (${EVIDENCE[p.evidence]})`,
      cell(p.note ? `${p.source} *${p.note}*` : p.source),
    ].join(' | '),
  );
  return [
    '| id | symbol | module | default | low – high run | allowed | unit | evidence | source / note |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

export function leverTable(): string {
  const rows = leverDefs().map((l) => {
    const range = l.kind === 'choice' ? (l.choices ?? []).join(', ') : `${number(l.min ?? 0, l.unit)} – ${number(l.max ?? 0, l.unit)}`;
    const baseline = l.baseline === 'country' ? "the country's current cost" : String(l.baseline);
    const refs = l.references.map((r) => r.label).join('; ');
    return `| \`${l.id}\` | ${cell(l.label)} | ${l.module} | ${cell(range)} | ${cell(l.unit)} | ${cell(baseline)} | ${cell(refs)} | ${l.evidence} (${EVIDENCE[l.evidence]}) | ${cell(l.source)} |`;
  });
  return [
    '| id | lever | module | allowed | unit | baseline value | reference marks | evidence | source |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

const table = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

export function anchoringTable(): string {
  return table(
    ['setting', 'value', 'unit', 'evidence', 'why'],
    anchoringSettings().map((s) => [`\`${s.id}\``, number(s.value), s.unit, `${s.evidence} (${EVIDENCE[s.evidence]})`, s.why]),
  );
}

const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const growthCell = (g: DerivedGrowth): string => {
  if (g.basis === 'none' || g.recent === null) return 'long-run rate';
  const window = g.window ? ` ${g.window[0]}–${g.window[1]}` : '';
  const from = g.basis === 'subregion' ? ` (${g.reference ?? 'subregion'})` : g.reference === 'worldwide' ? ' (with worldwide)' : '';
  const scaled = g.worldwideScale != null && g.worldwideScale < 1 ? ` (×${g.worldwideScale.toFixed(2)}: worldwide pace)` : '';
  return `${pct(g.recent)}${g.capped ? ' (at limit)' : ''}${from}${scaled}${window}`;
};

/** The near-term growth the rule derives for each country, as the parameter cards show it. */
export function derivedGrowthTable(): string {
  const names = new Map(COUNTRIES.map((c) => [c.iso3, c.name]));
  return table(
    ['country', 'remittances', 'σ remittances', 'GDP (US$)', 'Venezuelans hosted', 'other immigrants'],
    modelBaseline().countries.map((c) => [
      `${names.get(c.iso3) ?? c.iso3} (${c.iso3})`,
      growthCell(c.growth.remittances),
      c.growth.remittances.volatility > 0 ? pct(c.growth.remittances.volatility) : '—',
      growthCell(c.growth.gdp),
      growthCell(c.growth.venezuelans),
      growthCell(c.growth.otherImmigrants),
    ]),
  );
}

const MEASURE_FORMAT: Record<string, (x: number) => string> = {
  publicCostPctGdp: (x) => `${x.toFixed(2)}% of GDP`,
  publicCostPerVenezuelanUsd: (x) => `US$${Math.round(x).toLocaleString('en-US')}`,
  publicCostUsd: (x) => `US$${(x / 1e9).toFixed(2)}bn`,
  taxRevenueUsd: (x) => `US$${Math.round(x / 1e6).toLocaleString('en-US')}m`,
  taxRevenuePotentialUsd: (x) => `US$${Math.round(x / 1e6).toLocaleString('en-US')}m`,
  irregularVenezuelans: (x) => Math.round(x).toLocaleString('en-US'),
};

/** The calibration targets and checks with the baseline's value for each. */
export function calibrationTable(): string {
  const baseline = modelBaseline();
  const results = calibrationResults(baseline, project(baseline, { levers: {}, countries: {}, parameters: {} }), anchoredRecord().gdp);
  return table(
    ['id', 'country, year', 'what', 'range', 'baseline', 'role', 'source'],
    results.map(({ target: t, value, met }) => {
      const f = MEASURE_FORMAT[t.measure] ?? String;
      return [`\`${t.id}\``, `${t.country} ${t.year}`, t.what, `${f(t.min)} – ${f(t.max)}`, `${f(value)}${met ? '' : ' (outside)'}`, t.role === 'target' ? `target (tuned: ${t.tuned})` : 'check', t.source];
    }),
  );
}

export function decisionTable(): string {
  return table(
    ['id', 'finding', 'decision', 'records'],
    observedDataset().decisions.map((d) => [`\`${d.id}\``, d.finding, d.decision, String(d.records.length)]),
  );
}

const count = (c: { asOf: string; value: number }): string => `${c.value.toLocaleString('en-US')} (${c.asOf})`;
const MODEL_USE = { flows: 'yearly flows from 2019', 'in-2019-stocks': 'in the 2019 status split', none: 'not used (no permit count)' } as const;

export function programmeTable(): string {
  return table(
    ['id', 'programme', 'issued', 'permit', 'permits counted (cumulative)', 'already regular', 'model use', 'status', 'not sourced'],
    observedDataset().programmes.map((p) => [
      `\`${p.id}\``,
      `${p.name}. ${p.instrument}`,
      `${p.start} – ${p.end ?? 'open'}`,
      `${p.timeLimited ? 'time-limited' : 'long-term'}${p.validityYears === null ? '' : `, ${p.validityYears} yr`}`,
      p.permits.length ? p.permits.map(count).join('; ') : '—',
      p.conversionShare ? pct(p.conversionShare.value) : '0',
      MODEL_USE[p.modelUse],
      p.status,
      p.unsourced.join('; ') || '—',
    ]),
  );
}

const block = (name: string, body: string) => `<!-- ${name}:start (generated by scripts/build-methodology.ts) -->\n${body}\n<!-- ${name}:end -->`;

function replaceBlocks(doc: string, file: string, blocks: readonly (readonly [string, () => string])[]): string {
  let out = doc;
  for (const [name, body] of blocks) {
    const pattern = new RegExp(`<!-- ${name}:start[^>]*-->[\\s\\S]*?<!-- ${name}:end -->`);
    if (!pattern.test(out)) throw new Error(`${file} has no ${name} block`);
    out = out.replace(pattern, () => block(name, body()));
  }
  return out;
}

/** The methodology page with its generated blocks replaced by fresh tables. */
export function withFreshTables(doc: string): string {
  return replaceBlocks(doc, 'docs/methodology.md', [
    ['parameters', parameterTable],
    ['levers', leverTable],
    ['anchoring', anchoringTable],
    ['derived-growth', derivedGrowthTable],
    ['calibration', calibrationTable],
  ]);
}

/** The data page with its generated blocks replaced by fresh tables. */
export function withFreshDataTables(doc: string): string {
  return replaceBlocks(doc, 'docs/data.md', [
    ['decisions', decisionTable],
    ['programmes', programmeTable],
  ]);
}
