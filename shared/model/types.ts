// Types shared by the baseline data, the projection engine and every consumer of results.

/** First and last year of every projection. 2018 is the observed base year for remittances; migrant stocks start in 2019. */
export const FIRST_YEAR = 2018;
export const LAST_YEAR = 2030;
export const YEARS: readonly number[] = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

export type Subregion = 'Caribbean' | 'Central America' | 'South America';
/** Aggregates reported besides single countries. */
export type AggregateId = 'LAC' | 'CAR' | 'CAM' | 'SAM';
export type RegionId = string; // an ISO3 code or an AggregateId

export type EvidenceTag = 'S' | 'D' | 'A';

/** What the projection engine needs to know about one country (built from data/ by shared/data). */
export interface CountryInputs {
  iso3: string;
  name: string;
  subregion: Subregion;
  population2019: number;
  /** GDP 2018, current USD, in the vintage the model uses (null where not published, e.g. Venezuela). */
  gdp2018Usd: number | null;
  /** Personal remittances received 2018, USD, in the model vintage (later WDI; the paper's own figures are chart markers only); null where unknown. */
  remittances2018Usd: number | null;
  /** Average cost of sending USD 200 to this country, % of the amount sent. */
  remittanceCostPct: number;
  /** Where remittanceCostPct comes from: the country's own WDI/RPW figure, or the LAC corridor mean as a fallback. */
  remittanceCostBasis: 'country' | 'lac-mean';
  /** Immigrants living in the country, 2019 (UN DESA), excluding Venezuelans counted separately below. */
  otherImmigrants2019: number;
  /** Venezuelan refugees and migrants hosted, 5 Dec 2019 (R4V); 0 where none reported. */
  venezuelans2019: number;
  /** Observed irregular share (0–1) of the Venezuelan stock, e.g. Colombia 0.574 at 31 Dec 2019; null = use the parameter default. */
  venezuelanIrregularShare2019: number | null;
  /** Emigrants born in the country living abroad, 2019 (UN DESA). */
  emigrants2019: number;
}

export interface ModelBaseline {
  datasetId: string;
  datasetVersion: string;
  checksum: string;
  countries: readonly CountryInputs[];
}

export type AbsorptionCapacity = 'low' | 'medium' | 'high' | 'custom';
export type InflowPath = 'low' | 'central' | 'high';

/** Simple-mode levers (model-evidence §3.8). Every lever is optional: an omitted lever keeps its baseline value. */
export interface Levers {
  /** Target cost of sending USD 200, % of the amount sent. Baseline: the country's current cost. */
  remittanceCostTargetPct?: number;
  /** Year the target cost is reached (the ramp starts in 2020). */
  remittanceCostTargetYear?: number;
  /** Share of the irregular stock regularised per year, 0–1. */
  regularisationRatePerYear?: number;
  /** Permits that can be processed per year, as a share of the 2019 migrant stock (0–1). */
  processingCapacityShare?: number;
  absorptionCapacity?: AbsorptionCapacity;
  /** Extra investment in service capacity, % of GDP per year; used when absorptionCapacity is 'custom'. */
  absorptionInvestmentPctGdp?: number;
  inflowPath?: InflowPath;
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
  'migrantsRegular',
  'migrantsIrregular',
  'permitsIssued',
  'formalJobsMigrants',
  'taxRevenueUsd',
  'publicCostUsd',
  'netFiscalUsd',
  'unmetServiceDemand',
  'gdpContributionUsd',
] as const;
export type OutputId = (typeof OUTPUT_IDS)[number];

export const RUN_IDS = ['baseline', 'scenario', 'low', 'high'] as const;
export type RunId = (typeof RUN_IDS)[number];

/** One yearly series aligned with YEARS; null where a value does not exist (e.g. migrant stocks in 2018). */
export type Series = (number | null)[];
export type OutputSeries = Record<OutputId, Series>;
export type RegionRuns = Record<RunId, OutputSeries>;

export interface Projection {
  years: readonly number[];
  /** Keyed by ISO3 code and by aggregate id (LAC, CAR, CAM, SAM). */
  regions: Record<RegionId, RegionRuns>;
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
  /** Values used by the low and high uncertainty runs. */
  low: number;
  high: number;
  /** Hard bounds a user may type. */
  min: number;
  max: number;
  step: number;
  evidence: EvidenceTag;
  source: string;
  note?: string;
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

export type OutputUnit = 'USD' | '% of GDP' | 'persons' | 'permits' | 'jobs';

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
  /** Evidence tags of the parameters that drive it most, for the "driven by assumptions" badge. */
  assumptionDriven: boolean;
  /** Source line under the chart. */
  source: string;
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
