// Resolves the simple-mode levers for one country: per-country override → scenario lever → baseline value.
import { leverDef } from './catalogue';
import type { ParamValues } from './parameter-ids';
import type { AbsorptionCapacity, CountryInputs, InflowPath, LeverId, Levers, ProgrammesOption, ScenarioInputs } from './types';

export interface ResolvedLevers {
  /** c*: cap on the price of sending US$200, %; +∞ where no cap is set (the baseline). */
  costCapPct: number;
  /** T*: year the cap is reached. */
  costTargetYear: number;
  /** π: share of the irregular stock regularised per year from the policy start year. */
  regularisationRate: number;
  /** κ: processing capacity, share of the 2019 migrant stock. */
  processingCapacityShare: number;
  absorptionCapacity: AbsorptionCapacity;
  /** i: ceiling on yearly investment in service capacity, % of GDP. */
  absorptionInvestmentPctGdp: number;
  inflowPath: InflowPath;
  /** t_pol: first year the policy levers act. */
  policyStartYear: number;
  programmes: ProgrammesOption;
}

function numberBaseline(id: LeverId): number {
  const baseline = leverDef(id).baseline;
  if (typeof baseline !== 'number') throw new Error(`Lever ${id} needs a numeric baseline in data/model/levers.json`);
  return baseline;
}

function choiceBaseline<T extends string>(id: LeverId): T {
  return leverDef(id).baseline as T;
}

/**
 * The value a lever takes when the scenario leaves it alone. The cost cap is the country's current cost (a cap
 * there changes nothing); the regularisation rate and processing capacity follow their status-quo parameters, so a
 * user who edits those parameters moves the baseline with them.
 */
export function baselineLeverValue(lever: LeverId, currentCostPct: number, params: ParamValues): number | string {
  switch (lever) {
    case 'remittanceCostTargetPct':
      return currentCostPct;
    case 'regularisationRatePerYear':
      return params.statusQuoRegularisationRate;
    case 'processingCapacityShare':
      return params.statusQuoProcessingCapacityShare;
    case 'absorptionCapacity':
    case 'inflowPath':
    case 'regularisationProgrammes':
      return choiceBaseline(lever);
    case 'remittanceCostTargetYear':
    case 'absorptionInvestmentPctGdp':
    case 'policyStartYear':
      return numberBaseline(lever);
  }
}

function pick<K extends LeverId>(lever: K, own: Levers | undefined, all: Levers | undefined): Levers[K] | undefined {
  const fromCountry = own?.[lever];
  return fromCountry !== undefined ? fromCountry : all?.[lever];
}

/** Levers for one country; scenario = null gives the baseline (every lever at its baseline value). */
export function resolveLevers(country: CountryInputs, scenario: ScenarioInputs | null, params: ParamValues): ResolvedLevers {
  const own = scenario?.countries[country.iso3];
  const all = scenario?.levers;
  return {
    costCapPct: pick('remittanceCostTargetPct', own, all) ?? Number.POSITIVE_INFINITY,
    costTargetYear: pick('remittanceCostTargetYear', own, all) ?? numberBaseline('remittanceCostTargetYear'),
    regularisationRate: pick('regularisationRatePerYear', own, all) ?? params.statusQuoRegularisationRate,
    processingCapacityShare: pick('processingCapacityShare', own, all) ?? params.statusQuoProcessingCapacityShare,
    absorptionCapacity: pick('absorptionCapacity', own, all) ?? choiceBaseline<AbsorptionCapacity>('absorptionCapacity'),
    absorptionInvestmentPctGdp: pick('absorptionInvestmentPctGdp', own, all) ?? numberBaseline('absorptionInvestmentPctGdp'),
    inflowPath: pick('inflowPath', own, all) ?? choiceBaseline<InflowPath>('inflowPath'),
    policyStartYear: pick('policyStartYear', own, all) ?? numberBaseline('policyStartYear'),
    programmes: pick('regularisationProgrammes', own, all) ?? choiceBaseline<ProgrammesOption>('regularisationProgrammes'),
  };
}

/** A key that changes whenever any resolved lever does (used to reuse runs whose levers did not change). */
export function leverKey(lev: ResolvedLevers): string {
  return `${lev.costCapPct}|${lev.costTargetYear}|${lev.regularisationRate}|${lev.processingCapacityShare}|${lev.absorptionCapacity}|${lev.absorptionInvestmentPctGdp}|${lev.inflowPath}|${lev.policyStartYear}|${lev.programmes}`;
}

/** A country's current cost of sending US$200: its last observed cost, or the documented fallback. */
export function currentCostPct(c: CountryInputs): number {
  const record = c.history?.remittanceCostPct ?? [];
  for (let i = record.length - 1; i >= 0; i--) {
    const v = record[i];
    if (v !== null && v !== undefined) return v;
  }
  return c.remittanceCostPct;
}
