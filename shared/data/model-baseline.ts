// Builds the projection engine's per-country inputs (CountryInputs): the paper-era values from the baseline dataset,
// in ONE vintage (the anchored baseline then adds the observed record, see toAnchoredBaseline):
// the later WDI vintages for remittances, GDP and population, so remittances/GDP ratios are consistent.
// Every fallback is explicit and reported in `basis`, so the UI can say where each number comes from.
import { median } from '../median';
import type { CountryHistory, CountryInputs, DerivedGrowth, ModelBaseline } from '../model/types';
import { YEARS } from '../model/years';
import {
  countryHistory, countryObserved, deriveGrowth, ObservedIndex, othersFromHistory,
  type AnchoringRule, type CountryObserved, type ObservedPoint, type PaperEraBase,
} from './anchoring';
import { COUNTRIES, type Country } from './countries';
import type { BaselineDataset, BaselineManifest } from './dataset-schema';
import type { ObservedDataset } from './observed-schema';
import type { PaperAnchor } from './paper-anchor';
import { programmeFlows } from './programmes';
import { findRecord, findRecords, usableValue } from './records';

const NO_GROWTH: DerivedGrowth = { recent: null, basis: 'none', window: null, volatility: 0, ownShare: null, reference: null, capped: false };

/** Where each model input of one country comes from (shown next to the number in the UI and in docs/data.md). */
export interface CountryInputBasis {
  iso3: string;
  remittances: 'wdi-2025' | 'wdi-computed' | 'none';
  remittanceCost: 'country' | 'lac-mean';
  /** r4v: R4V count from the paper or a source copy; paper-share: paper's % of host population x UN DESA population; none: 0. */
  venezuelans: 'r4v' | 'paper-share' | 'none';
  /** Whether UN DESA's own Venezuelan-born count was taken out of otherImmigrants2019 (only when R4V Venezuelans are added). */
  immigrantsNetOfUnDesaVenezuelans: boolean;
  notes: string[];
}

/** Mean of the four 2019 quarterly means over monitored LAC-receiving corridors (RPW): the fallback cost. */
export function lacCorridorMeanCost2019(dataset: BaselineDataset): number {
  const quarters = findRecords(dataset, 'remittanceCosts', { iso3: 'LAC', indicator: 'lac_corridor_mean_cost_pct', year: 2019 })
    .map(usableValue)
    .filter((v): v is number => v !== null);
  if (quarters.length !== 4) throw new Error(`Expected four 2019 quarterly LAC corridor means, found ${quarters.length}`);
  return quarters.reduce((a, b) => a + b, 0) / quarters.length;
}

function required(value: number | null, what: string, iso3: string): number {
  if (value === null || !Number.isFinite(value)) throw new Error(`Baseline dataset lacks ${what} for ${iso3}`);
  return value;
}

function remittances2018(dataset: BaselineDataset, iso3: string): { value: number | null; basis: CountryInputBasis['remittances'] } {
  const wdi = usableValue(findRecord(dataset, 'remittances', { iso3, indicator: 'remittances_usd', year: 2018, vintageKey: 'wdi2025' }));
  if (wdi !== null) return { value: wdi, basis: 'wdi-2025' };
  // St Kitts & Nevis and St Vincent: WDI % of GDP x the same GDP the model uses, so the ratio stays consistent.
  const computed = usableValue(findRecord(dataset, 'remittances', { iso3, indicator: 'remittances_usd', year: 2018, vintageKey: 'computed' }));
  if (computed !== null) return { value: computed, basis: 'wdi-computed' };
  return { value: null, basis: 'none' };
}

function venezuelans2019(dataset: BaselineDataset, iso3: string, undesaPopulation: number): { value: number; basis: CountryInputBasis['venezuelans']; note?: string } {
  const hosted = findRecords(dataset, 'venezuelans', { iso3, indicator: 'venezuelans_hosted', year: 2019 });
  const fromR4v = hosted.map(usableValue).find((v): v is number => v !== null);
  if (fromR4v !== undefined) return { value: fromR4v, basis: 'r4v' };
  const paperCount = usableValue(findRecord(dataset, 'paper', { iso3, indicator: 'venezuelans_hosted', year: 2019 }));
  if (paperCount !== null) return { value: paperCount, basis: 'r4v', note: 'Venezuelans: the paper\'s R4V figure as printed.' };
  // The paper's shares of host population match UN DESA 2019 population (baseline-data.md, section 4).
  const paperShare = usableValue(findRecord(dataset, 'paper', { iso3, indicator: 'venezuelans_pct_host_population', year: 2019 }));
  if (paperShare !== null) {
    return {
      value: Math.round((paperShare / 100) * undesaPopulation),
      basis: 'paper-share',
      note: `Venezuelans: paper's ${paperShare}% of host population x UN DESA 2019 population (the only count found is recalled, unverified).`,
    };
  }
  const recalled = hosted.some((r) => r.confidence === 'recalled, unverified');
  return {
    value: 0,
    basis: 'none',
    note: recalled
      ? 'Venezuelans: 0 - the only R4V count found is recalled, unverified and is not used; UN DESA Venezuelans stay in otherImmigrants2019.'
      : 'Venezuelans: 0 - no Dec-2019 R4V figure found for this host; UN DESA Venezuelans stay in otherImmigrants2019.',
  };
}

function countryInputs(dataset: BaselineDataset, country: Country, lacMeanCost: number): { inputs: CountryInputs; basis: CountryInputBasis } {
  const { iso3 } = country;
  const notes: string[] = [];
  const population2019 = required(
    usableValue(findRecord(dataset, 'populationGdp', { iso3, indicator: 'population', year: 2019, vintageKey: 'wdi2026' })),
    'WDI 2019 population',
    iso3,
  );
  const undesaPopulation = required(
    usableValue(findRecord(dataset, 'populationGdp', { iso3, indicator: 'population', year: 2019, vintageKey: 'undesa2019' })),
    'UN DESA 2019 population',
    iso3,
  );
  const gdp2018Usd = usableValue(findRecord(dataset, 'populationGdp', { iso3, indicator: 'gdp_usd', year: 2018, vintageKey: 'wdi2024' }));
  if (gdp2018Usd === null) notes.push('GDP: not published by WDI; ratios to GDP are not computed.');

  const remittances = remittances2018(dataset, iso3);
  if (remittances.basis === 'none') notes.push('Remittances: no WDI value; remittance outputs are not computed.');

  const ownCost = usableValue(findRecord(dataset, 'remittanceCosts', { iso3, indicator: 'cost_to_country_pct', year: 2019 }));
  if (ownCost === null) notes.push(`Remittance cost: no WDI figure; LAC corridor mean ${lacMeanCost.toFixed(2)}% used.`);

  const venezuelans = venezuelans2019(dataset, iso3, undesaPopulation);
  if (venezuelans.note) notes.push(venezuelans.note);

  const immigrants = required(usableValue(findRecord(dataset, 'migrantStocks', { iso3, indicator: 'immigrants', year: 2019 })), 'UN DESA immigrants', iso3);
  const undesaVenezuelans = usableValue(
    findRecord(dataset, 'migrantStocks', { iso3, indicator: 'immigrants_by_origin', year: 2019, counterpart: 'VEN' }),
  );
  // Subtract UN DESA's Venezuelans only where R4V Venezuelans are added back, so each person is counted once.
  const netOut = venezuelans.value > 0 && undesaVenezuelans !== null;
  const otherImmigrants2019 = Math.max(0, immigrants - (netOut ? (undesaVenezuelans ?? 0) : 0));

  const irregularPct = usableValue(findRecord(dataset, 'regularisation', { iso3, indicator: 'venezuelans_irregular_share_pct', year: 2019 }));
  const emigrants2019 = required(
    usableValue(findRecord(dataset, 'migrantStocks', { iso3, indicator: 'emigrants', year: 2019, vintageKey: 'undesa2019' })),
    'UN DESA emigrants',
    iso3,
  );

  return {
    inputs: {
      iso3,
      name: country.name,
      subregion: country.subregion,
      population2019,
      gdp2018Usd,
      remittances2018Usd: remittances.value,
      remittanceCostPct: ownCost ?? lacMeanCost,
      remittanceCostBasis: ownCost === null ? 'lac-mean' : 'country',
      otherImmigrants2019,
      venezuelans2019: venezuelans.value,
      // Stored as a share 0-1, like every other share the engine takes (Colombia 57.4% -> 0.574).
      venezuelanIrregularShare2019: irregularPct === null ? null : irregularPct / 100,
      emigrants2019,
      history: null,
      growth: { remittances: NO_GROWTH, gdp: NO_GROWTH, otherImmigrants: NO_GROWTH, venezuelans: NO_GROWTH },
      programmes: null,
    },
    basis: {
      iso3,
      remittances: remittances.basis,
      remittanceCost: ownCost === null ? 'lac-mean' : 'country',
      venezuelans: venezuelans.basis,
      immigrantsNetOfUnDesaVenezuelans: netOut,
      notes,
    },
  };
}

function build(dataset: BaselineDataset): { inputs: CountryInputs; basis: CountryInputBasis }[] {
  const lacMean = lacCorridorMeanCost2019(dataset);
  return COUNTRIES.map((c) => countryInputs(dataset, c, lacMean));
}

/** The paper-anchored baseline: the paper-era 2018/2019 values and the earlier model's assumptions (Puente 0.1). */
export function toPaperBaseline(dataset: BaselineDataset, manifest: Pick<BaselineManifest, 'sha256'>, anchor: PaperAnchor): ModelBaseline {
  return {
    datasetId: dataset.id,
    datasetVersion: dataset.version,
    checksum: manifest.sha256,
    anchor: 'paper',
    countries: build(dataset).map((c) => c.inputs),
    parameterOverrides: anchor.parameterOverrides,
    inflowKnots: anchor.inflowKnots,
    bands: 'envelope',
  };
}

/** The paper-era 2018 value of a series and the record it comes from, for the start of the anchored record. */
function paperEraBase(dataset: BaselineDataset, iso3: string): PaperEraBase {
  const pick = (table: 'remittances' | 'populationGdp', indicator: string, vintageKey: string) => {
    const r = findRecord(dataset, table, { iso3, indicator, year: 2018, vintageKey });
    const value = usableValue(r);
    return r && value !== null ? { value, record: `baseline:${r.id}`, source: r.vintage } : null;
  };
  return {
    remittances2018: pick('remittances', 'remittances_usd', 'wdi2025') ?? pick('remittances', 'remittances_usd', 'computed'),
    gdp2018: pick('populationGdp', 'gdp_usd', 'wdi2024'),
  };
}

/** Median of the last observed cost of every country with a cost record (the fallback where a country has none). */
export function regionalMedianCost(observed: ReadonlyMap<string, CountryObserved>): number {
  const last = [...observed.values()].flatMap((o) => (o.remittanceCostPct.length ? [o.remittanceCostPct.at(-1)?.value ?? NaN] : []));
  if (last.length === 0) throw new Error('The observed dataset has no remittance cost');
  return median(last);
}

export interface AnchoredBaseline {
  baseline: ModelBaseline;
  /** Per country, the observed value behind each history year of each output, with its record. */
  observed: ReadonlyMap<string, CountryObserved>;
  /** Per country, the GDP record the history follows. */
  gdp: ReadonlyMap<string, readonly ObservedPoint[]>;
  regionalMedianCost: number;
}

/**
 * The app's baseline: the paper-era values, followed by the observed record through each series' last observed year,
 * near-term growth derived from it, and the regularisation programmes as implemented.
 */
export function toAnchoredBaseline(
  dataset: BaselineDataset,
  observedDataset: ObservedDataset,
  stamp: { datasetId: string; checksum: string },
  rule: AnchoringRule,
): AnchoredBaseline {
  const paperEra = build(dataset).map((c) => c.inputs);
  const index = new ObservedIndex(observedDataset);
  const observed = new Map<string, CountryObserved>();
  const gdp = new Map<string, readonly ObservedPoint[]>();
  const histories = new Map<string, CountryHistory>();
  for (const c of paperEra) {
    const base = paperEraBase(dataset, c.iso3);
    const o = countryObserved(index, c.iso3, base);
    observed.set(c.iso3, o.observed);
    gdp.set(c.iso3, o.gdp);
    histories.set(c.iso3, countryHistory(o.observed, o.gdp, base, index.venezuelanBreakYears(c.iso3)));
  }
  const world = YEARS.map((year) => index.records('VEN', 'venezuelans_abroad_unhcr_total').find((r) => r.year === year)?.value ?? null);
  const growth = deriveGrowth(
    paperEra.map((c) => {
      const history = histories.get(c.iso3) as CountryHistory;
      return { iso3: c.iso3, subregion: c.subregion, history, others: othersFromHistory(history, c.venezuelans2019) };
    }),
    world,
    rule,
  );
  const median = regionalMedianCost(observed);
  const countries: CountryInputs[] = paperEra.map((c) => {
    const hasCost = (observed.get(c.iso3)?.remittanceCostPct.length ?? 0) > 0;
    return {
      ...c,
      // Where the record has no cost, the median of the countries' last observed costs (documented fallback).
      remittanceCostPct: hasCost ? c.remittanceCostPct : median,
      remittanceCostBasis: hasCost ? 'country' : 'regional-median',
      history: histories.get(c.iso3) ?? null,
      growth: growth.get(c.iso3) ?? c.growth,
      programmes: programmeFlows(observedDataset.programmes, c.iso3),
    };
  });
  return {
    baseline: {
      datasetId: stamp.datasetId,
      datasetVersion: `${dataset.version}+${observedDataset.version}`,
      checksum: stamp.checksum,
      anchor: 'observed',
      countries,
      parameterOverrides: {},
      inflowKnots: null,
      bands: 'by-sign',
    },
    observed,
    gdp,
    regionalMedianCost: median,
  };
}

export function modelInputBasis(dataset: BaselineDataset): CountryInputBasis[] {
  return build(dataset).map((c) => c.basis);
}
