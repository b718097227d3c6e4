// Types shared by the baseline data, the projection engine and every consumer of results.
import { YEARS } from './years';

export { FIRST_YEAR, FIRST_PROJECTION_YEAR, LAST_YEAR, N_YEARS, SDG_YEAR, STOCK_BASE_YEAR, YEARS, yearIndex } from './years';

export type Subregion = 'Caribbean' | 'Central America' | 'South America';
/** Aggregates reported besides single countries. */
export type AggregateId = 'LAC' | 'CAR' | 'CAM' | 'SAM';
export type RegionId = string; // an ISO3 code or an AggregateId

export type EvidenceTag = 'S' | 'D' | 'A';

/** A yearly series aligned with YEARS; null where the year has no value. */
export type YearValues = readonly (number | null)[];

/**
 * What happened after the paper, as the model uses it (shared/data builds it from data/observed): one value per
 * year of YEARS, null where the year was not observed. Each value is a record of the observed dataset (or, for
 * 2018, the paper-era WDI value the model starts from).
 */
export interface CountryHistory {
  remittancesUsd: YearValues;
  /** WDI's own ratio in the years it publishes one (reproduced exactly in those years). */
  remittancesPctGdp: YearValues;
  gdpUsd: YearValues;
  /** Average cost of sending US$200 (%); excluded artefacts are null. */
  remittanceCostPct: YearValues;
  /** Venezuelan refugees and migrants hosted at the end of the year (UNHCR / host governments). */
  venezuelans: YearValues;
  /** Immigrant stock, all origins (UN DESA 2024 revision: mid-2020 and mid-2024). */
  immigrants: YearValues;
  /**
   * Years whose change in the Venezuelan count is a reporting break (decision series-breaks-venezuelans): a level
   * shift, not extrapolated and, where it is a rise, not counted as arrivals.
   */
  venezuelanBreaks: readonly boolean[];
}

/** A growth assumption derived from the observed record by the documented rule (docs/methodology.md, "Anchoring"). */
export interface DerivedGrowth {
  /** Near-term growth per year the projection starts from, or null where there is no record (the long-run rate applies). */
  recent: number | null;
  /** Where `recent` comes from: the country's own record blended with its subregion's, the subregion's alone, or none. */
  basis: 'country' | 'subregion' | 'none';
  /** Years of the record the rate was measured over, e.g. [2021, 2024]. */
  window: readonly [number, number] | null;
  /** Weight on the country's own record where it was blended (1: its own record alone); null without one. */
  ownShare: number | null;
  /** What the own record was blended with, or stood in for it: the subregion's aggregate or the worldwide count. */
  reference: 'subregion' | 'worldwide' | null;
  /** Whether the rule's floor or cap set the rate (the record's own pace was outside them). */
  capped: boolean;
  /** Standard deviation of annual log growth over the record (remittances only; 0 elsewhere). */
  volatility: number;
  /**
   * Venezuelans only: the share of the host's rising recent growth kept so that the hosts together do not outgrow the
   * worldwide count (1: not scaled); null elsewhere.
   */
  worldwideScale?: number | null;
}

/** Yearly flows of the regularisation programmes that ran (data/observed programmes table), aligned with YEARS. */
export interface ProgrammeFlows {
  /** Permits issued, including renewals and conversions of earlier permits. */
  permits: YearValues;
  /** People moved out of irregular status: permits minus conversions. */
  newlyRegularised: YearValues;
  /** The part of `newlyRegularised` holding a time-limited permit (can lapse). */
  newlyRegularisedTimeLimited: YearValues;
  /** Holders of earlier permits who lost regular status under a programme's rules. */
  lapses: YearValues;
  /** Programme ids contributing, for the record. */
  programmeIds: readonly string[];
}

/** What the projection engine needs to know about one country (built from data/ by shared/data). */
export interface CountryInputs {
  iso3: string;
  name: string;
  subregion: Subregion;
  population2019: number;
  /** GDP 2018, current USD, paper-era vintage (null where not published, e.g. Venezuela). */
  gdp2018Usd: number | null;
  /** Personal remittances received 2018, USD, paper-era vintage; null where unknown. */
  remittances2018Usd: number | null;
  /** Average cost of sending USD 200, 2019 (paper era), %; the anchored run starts from its own record instead. */
  remittanceCostPct: number;
  /** Where remittanceCostPct comes from: the country's own WDI/RPW figure, or a fallback. */
  remittanceCostBasis: 'country' | 'lac-mean' | 'regional-median';
  /** Immigrants living in the country, 2019, excluding Venezuelans counted separately below. */
  otherImmigrants2019: number;
  /** Venezuelan refugees and migrants hosted at the end of 2019; 0 where none reported. */
  venezuelans2019: number;
  /** Observed irregular share (0–1) of the Venezuelan stock, e.g. Colombia 0.574 at 31 Dec 2019; null = use the parameter default. */
  venezuelanIrregularShare2019: number | null;
  /** Emigrants born in the country living abroad, 2019 (UN DESA). */
  emigrants2019: number;
  /** The observed record since the paper; null in the paper-anchored run. */
  history: CountryHistory | null;
  /** Near-term growth derived from the record (all `none` in the paper-anchored run). */
  growth: {
    remittances: DerivedGrowth;
    gdp: DerivedGrowth;
    otherImmigrants: DerivedGrowth;
    venezuelans: DerivedGrowth;
  };
  /** Regularisation programmes as implemented; null where none ran (and in the paper-anchored run). */
  programmes: ProgrammeFlows | null;
}

/** Which starting point a baseline has: the observed record (the app's baseline) or the paper's 2018/2019 values. */
export type Anchor = 'observed' | 'paper';

/** A parameter's values replaced by an anchor (the paper-anchored run keeps the earlier model's assumptions). */
export interface ParameterOverride {
  default: number;
  low: number;
  high: number;
}

/** The paper-era Venezuelan outflow path: worldwide stock at knot years, per inflow path and parameter set. */
export interface InflowKnots {
  years: readonly number[];
  low: Readonly<Record<'default' | 'low' | 'high', readonly number[]>>;
  central: Readonly<Record<'default' | 'low' | 'high', readonly number[]>>;
  high: Readonly<Record<'default' | 'low' | 'high', readonly number[]>>;
}

export interface ModelBaseline {
  datasetId: string;
  datasetVersion: string;
  checksum: string;
  anchor: Anchor;
  countries: readonly CountryInputs[];
  /** Parameters whose default/low/high this anchor replaces. */
  parameterOverrides: Readonly<Record<string, ParameterOverride>>;
  /** Paper anchor only: the knot path of Venezuelans abroad (each host keeps its 2019 share). */
  inflowKnots: InflowKnots | null;
  /**
   * How the low and high runs are built: `by-sign` picks, per output and country, the end of each parameter's
   * range that lowers (raises) the output; `envelope` is the earlier model's all-low / all-high pair.
   */
  bands: 'by-sign' | 'envelope';
}

export type AbsorptionCapacity = 'low' | 'medium' | 'high' | 'custom';
export type InflowPath = 'low' | 'central' | 'high';
export type ProgrammesOption = 'as-implemented' | 'none-since-2019';

/** Simple-mode levers (model-evidence §3.8). Every lever is optional: an omitted lever keeps its baseline value. */
export interface Levers {
  /** Cap on the cost of sending USD 200, % of the amount sent; never raises a cost. Baseline: no cap. */
  remittanceCostTargetPct?: number;
  /** Year the cap is reached (the ramp starts at the policy start year). */
  remittanceCostTargetYear?: number;
  /** Share of the irregular stock regularised per year, 0–1, on top of the programmes as implemented. */
  regularisationRatePerYear?: number;
  /** Permits that can be processed per year, as a share of the 2019 migrant stock (0–1). */
  processingCapacityShare?: number;
  absorptionCapacity?: AbsorptionCapacity;
  /** Ceiling on yearly investment in service capacity, % of GDP; spent only while eligible demand is unmet. */
  absorptionInvestmentPctGdp?: number;
  inflowPath?: InflowPath;
  /** First year the policy levers act (cost cap ramp, regularisation, investment). */
  policyStartYear?: number;
  /** Replay the record with the programmes as implemented, or without any programme since 2019. */
  regularisationProgrammes?: ProgrammesOption;
}

export type LeverId = keyof Levers;

/** What the engine projects: levers, per-country overrides and advanced parameter values. */
export interface ScenarioInputs {
  levers: Levers;
  countries: Readonly<Record<string, Levers>>;
  /** Advanced parameter values by parameter id; omitted ones take their defaults. */
  parameters: Readonly<Record<string, number>>;
}

export const OUTPUT_IDS = [
  'remittancesUsd',
  'remittancesPctGdp',
  'feeSavingsUsd',
  'remittanceCostPct',
  'venezuelans',
  'immigrants',
  'migrantsRegular',
  'migrantsIrregular',
  'permitsIssued',
  'permitsCumulative',
  'newlyRegularised',
  'formalJobsMigrants',
  'taxRevenueUsd',
  'publicCostUsd',
  'netFiscalUsd',
  'unmetServiceDemand',
  'gdpContributionUsd',
] as const;
export type OutputId = (typeof OUTPUT_IDS)[number];

/**
 * The runs of a projection. `baselineLow` and `baselineHigh` are the baseline's own low and high runs (the same
 * parameter sets as `low` and `high`, every lever at its baseline value): an effect's band is computed within each set
 * (scenario low − baseline low, scenario high − baseline high; shared/model/effects.ts).
 */
export const RUN_IDS = ['baseline', 'scenario', 'low', 'high', 'baselineLow', 'baselineHigh'] as const;
export type RunId = (typeof RUN_IDS)[number];

/** One yearly series aligned with YEARS; null where a value does not exist (e.g. migrant stocks in 2018). */
export type Series = (number | null)[];
export type OutputSeries = Record<OutputId, Series>;
export type RegionRuns = Record<RunId, OutputSeries>;

export interface Projection {
  years: readonly number[];
  /** Keyed by ISO3 code and by aggregate id (LAC, CAR, CAM, SAM). */
  regions: Record<RegionId, RegionRuns>;
  /**
   * Cells whose band a pinned parameter (or a lever combination the band plan's probes did not cover) reversed, by
   * country, output and year: there the band is the envelope of low, central and high (shared/model/band-order.ts).
   * Expected empty with nothing pinned; absent in projections made before it existed.
   */
  bandsReversed?: Record<string, Partial<Record<OutputId, number[]>>>;
}

export type ModuleId = 'A' | 'B' | 'C' | 'inflows';

/** One model parameter, as kept in data/model/parameters.json (model-evidence §3.4–3.6). */
export interface ParameterDef {
  id: string;
  /** Symbol used in docs/methodology.md, e.g. "β". */
  symbol: string;
  label: string;
  description: string;
  module: ModuleId;
  unit: string;
  default: number;
  /** Values the low and high runs may use (which end goes where is chosen per output by the sign of its effect). */
  low: number;
  high: number;
  /** Hard bounds a user may type. */
  min: number;
  max: number;
  step: number;
  evidence: EvidenceTag;
  source: string;
  note?: string;
  /**
   * Its past values are known (observed, or recorded as programme flows): the low and high runs hold it at its central
   * value in the history years and open its band from the first projection year.
   */
  knownInHistory?: true;
}

export interface LeverReference {
  label: string;
  value: number;
}

/** A simple-mode lever as shown in the lever panel. */
export interface LeverDef {
  id: LeverId;
  label: string;
  description: string;
  module: ModuleId;
  unit: string;
  kind: 'number' | 'choice';
  /** For numbers: bounds and step. */
  min?: number;
  max?: number;
  step?: number;
  /** For choices: the allowed values. */
  choices?: readonly string[];
  /** Baseline value: a constant, or 'country' where it comes from the country's data (remittance cost). */
  baseline: number | string | 'country';
  references: readonly LeverReference[];
  evidence: EvidenceTag;
  source: string;
}

export type OutputUnit = 'USD' | '% of GDP' | '% of US$200' | 'persons' | 'permits' | 'jobs';

export interface OutputDef {
  id: OutputId;
  label: string;
  unit: OutputUnit;
  definition: string;
  module: ModuleId;
  /** True where the aggregate is a sum; false where it is a recomputed ratio. */
  additive: boolean;
  /** Whether more is better for a ministry reading the cards (null where it is not unambiguous). */
  higherIsBetter: boolean | null;
  /** Whether it is driven mostly by parameters tagged as assumptions ("driven by assumptions" badge). */
  assumptionDriven: boolean;
  /** Source line under the chart. */
  source: string;
  /** The equations behind it, as docs/methodology.md writes them (a test checks they are there). */
  equation: readonly string[];
  /** The parameters those equations use, shown with their values and sources. */
  parameters: readonly string[];
  /** Id of the docs/methodology.md section that explains it (the heading's id in the in-app methodology). */
  methodology: string;
}

/** One row of a one-at-a-time sensitivity run. */
export interface SensitivityRow {
  parameterId: string;
  /** Output value (target year) with the parameter at its low and high value, everything else central. */
  atLow: number;
  atHigh: number;
  central: number;
  /** max(|atLow − central|, |atHigh − central|): what the ranking sorts by. */
  swing: number;
}

/** An empty yearly series (all null), for inputs that have no record. */
export const NO_VALUES: YearValues = YEARS.map(() => null);
