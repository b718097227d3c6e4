// The generated tables of docs/methodology.md (parameters, levers, the anchoring rule and the growth it derives per
// country, calibration), of its Spanish edition docs/methodology.es.md (the same tables in Spanish: fixed words in
// methodology-words.ts, the data's words in methodology-text.ts) and of docs/data.md (decisions on the observed
// record's oddities, regularisation programmes), built from data/ so the pages a minister sees can never drift from
// what the model runs. `npm run docs:methodology` rewrites them; a unit test fails when they are stale.
import { calibrationResults } from '../shared/calibration';
import { anchoredRecord, anchoringSettings, COUNTRIES, modelBaseline, observedDataset } from '../shared/data';
import { project } from '../shared/model';
import type { DerivedGrowth } from '../shared/model';
import { countryName } from '../shared/i18n/country-codes';
import { tableText } from './methodology-text';
import { TABLE_WORDS, type TableLanguage, type TableWords } from './methodology-words';

const number = (x: number, unit = ''): string => x.toLocaleString('en-US', { maximumFractionDigits: 6, useGrouping: unit !== 'year' });
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

export function parameterTable(language: TableLanguage): string {
  const words = TABLE_WORDS[language];
  const text = tableText(language);
  return table(
    words.headers.parameters,
    text.parameters.map((p) => [
      `\`${p.id}\``,
      `\`${p.symbol}\``,
      words.modules[p.module] ?? p.module,
      number(p.default, p.unit),
      `${number(p.low, p.unit)} – ${number(p.high, p.unit)}`,
      `${number(p.min, p.unit)} – ${number(p.max, p.unit)}`,
      text.unit(p.unit),
      words.evidence[p.evidence],
      p.note ? `${p.source} *${p.note}*` : p.source,
    ]),
  );
}

export function leverTable(language: TableLanguage): string {
  const words = TABLE_WORDS[language];
  const text = tableText(language);
  return table(
    words.headers.levers,
    text.levers.map((l) => [
      `\`${l.id}\``,
      l.label,
      words.modules[l.module] ?? l.module,
      l.kind === 'choice' ? (l.choices ?? []).map((c) => text.choice(l.id, c)).join(', ') : `${number(l.min ?? 0, l.unit)} – ${number(l.max ?? 0, l.unit)}`,
      text.unit(l.unit),
      l.baseline === 'country' ? words.countryBaseline : l.kind === 'choice' ? text.choice(l.id, String(l.baseline)) : String(l.baseline),
      l.references.map((r) => r.label).join('; '),
      words.evidence[l.evidence],
      l.source,
    ]),
  );
}

export function anchoringTable(language: TableLanguage): string {
  const words = TABLE_WORDS[language];
  const text = tableText(language);
  return table(
    words.headers.anchoring,
    anchoringSettings().map((s) => [`\`${s.id}\``, number(s.value), text.unit(s.unit), words.evidence[s.evidence], text.anchoring(s.why)]),
  );
}

const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const growthCell = (g: DerivedGrowth, words: TableWords['growth']): string => {
  if (g.basis === 'none' || g.recent === null) return words.longRun;
  const window = g.window ? ` ${g.window[0]}–${g.window[1]}` : '';
  const from = g.basis === 'subregion' ? ` (${g.reference === 'worldwide' ? words.worldwide : words.subregion})` : g.reference === 'worldwide' ? ` (${words.withWorldwide})` : '';
  const scaled = g.worldwideScale != null && g.worldwideScale < 1 ? ` (×${g.worldwideScale.toFixed(2)}: ${words.worldwidePace})` : '';
  return `${pct(g.recent)}${g.capped ? ` (${words.atLimit})` : ''}${from}${scaled}${window}`;
};

/** The near-term growth the rule derives for each country, as the parameter cards show it. */
export function derivedGrowthTable(language: TableLanguage): string {
  const words = TABLE_WORDS[language].growth;
  const names = new Map(COUNTRIES.map((c) => [c.iso3, c.name]));
  return table(
    TABLE_WORDS[language].headers.derivedGrowth,
    modelBaseline().countries.map((c) => [
      `${countryName(c.iso3, language, names.get(c.iso3) ?? c.iso3)} (${c.iso3})`,
      growthCell(c.growth.remittances, words),
      c.growth.remittances.volatility > 0 ? pct(c.growth.remittances.volatility) : '—',
      growthCell(c.growth.gdp, words),
      growthCell(c.growth.venezuelans, words),
      growthCell(c.growth.otherImmigrants, words),
    ]),
  );
}

const usd = (x: number): string => `US$${Math.round(x).toLocaleString('en-US')}`;
const measureFormat = (words: TableWords['calibration']): Record<string, (x: number) => string> => ({
  publicCostPctGdp: (x) => `${x.toFixed(2)}${words.pctGdp}`,
  publicCostPerVenezuelanUsd: usd,
  publicCostUsd: (x) => `US$${(x / 1e9).toFixed(2)}${words.billions}`,
  taxRevenueUsd: (x) => `${usd(x / 1e6)}${words.millions}`,
  taxRevenuePotentialUsd: (x) => `${usd(x / 1e6)}${words.millions}`,
  irregularVenezuelans: (x) => Math.round(x).toLocaleString('en-US'),
});

/** The calibration targets and checks with the baseline's value for each. */
export function calibrationTable(language: TableLanguage): string {
  const words = TABLE_WORDS[language].calibration;
  const text = tableText(language);
  const format = measureFormat(words);
  const baseline = modelBaseline();
  const results = calibrationResults(baseline, project(baseline, { levers: {}, countries: {}, parameters: {} }), anchoredRecord().gdp);
  return table(
    TABLE_WORDS[language].headers.calibration,
    results.map(({ target: t, value, met }) => {
      const f = format[t.measure] ?? String;
      return [
        `\`${t.id}\``,
        `${t.country} ${t.year}`,
        text.calibration(t.what),
        `${f(t.min)} – ${f(t.max)}`,
        `${f(value)}${met ? '' : ` (${words.outside})`}`,
        t.role === 'target' ? words.target(text.calibration(t.tuned)) : words.check,
        text.calibration(t.source),
      ];
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

/** A methodology page (docs/methodology.md, or its Spanish edition) with its generated blocks replaced by fresh tables in its language. */
export function withFreshTables(doc: string, language: TableLanguage): string {
  return replaceBlocks(doc, language === 'en' ? 'docs/methodology.md' : `docs/methodology.${language}.md`, [
    ['parameters', () => parameterTable(language)],
    ['levers', () => leverTable(language)],
    ['anchoring', () => anchoringTable(language)],
    ['derived-growth', () => derivedGrowthTable(language)],
    ['calibration', () => calibrationTable(language)],
  ]);
}

/** The data page with its generated blocks replaced by fresh tables. */
export function withFreshDataTables(doc: string): string {
  return replaceBlocks(doc, 'docs/data.md', [
    ['decisions', decisionTable],
    ['programmes', programmeTable],
  ]);
}
