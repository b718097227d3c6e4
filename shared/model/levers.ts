// Resolves the simple-mode levers for one country: per-country override → scenario lever → baseline value.
import { LEVER_BY_ID } from './catalogue';
import type { ParamValues } from './parameter-ids';
import type { AbsorptionCapacity, CountryInputs, InflowPath, LeverId, Levers, ScenarioInputs } from './types';

export interface ResolvedLevers {
  /** c*: target price of sending US$200, %. */
  costTargetPct: number;
  /** T*: year the target price is reached. */
  costTargetYear: number;
  /** π: share of the irregular stock regularised per year. */
  regularisationRate: number;
  /** κ: processing capacity, share of the 2019 migrant stock. */
  processingCapacityShare: number;
  absorptionCapacity: AbsorptionCapacity;
  /** i: extra investment in service capacity, % of GDP a year (custom preset). */
  absorptionInvestmentPctGdp: number;
  inflowPath: InflowPath;
}

function numberBaseline(id: LeverId): number {
  const baseline = LEVER_BY_ID[id].baseline;
  if (typeof baseline !== 'number') throw new Error(`Lever ${id} needs a numeric baseline in data/model/levers.json`);
  return baseline;
}

function choiceBaseline<T extends string>(id: LeverId): T {
  return LEVER_BY_ID[id].baseline as T;
}

/**
 * The value a lever takes when the scenario leaves it alone. The remittance cost keeps the country's
 * own cost; the regularisation rate and processing capacity follow their status-quo parameters, so a
 * user who edits those parameters moves the baseline with them.
 */
export function baselineLeverValue(lever: LeverId, country: CountryInputs, params: ParamValues): number | string {
  switch (lever) {
    case 'remittanceCostTargetPct':
      return country.remittanceCostPct;
    case 'regularisationRatePerYear':
      return params.statusQuoRegularisationRate;
    case 'processingCapacityShare':
      return params.statusQuoProcessingCapacityShare;
    case 'absorptionCapacity':
    case 'inflowPath':
      return choiceBaseline(lever);
    case 'remittanceCostTargetYear':
    case 'absorptionInvestmentPctGdp':
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
    costTargetPct: pick('remittanceCostTargetPct', own, all) ?? country.remittanceCostPct,
    costTargetYear: pick('remittanceCostTargetYear', own, all) ?? numberBaseline('remittanceCostTargetYear'),
    regularisationRate: pick('regularisationRatePerYear', own, all) ?? params.statusQuoRegularisationRate,
    processingCapacityShare: pick('processingCapacityShare', own, all) ?? params.statusQuoProcessingCapacityShare,
    absorptionCapacity: pick('absorptionCapacity', own, all) ?? choiceBaseline<AbsorptionCapacity>('absorptionCapacity'),
    absorptionInvestmentPctGdp: pick('absorptionInvestmentPctGdp', own, all) ?? numberBaseline('absorptionInvestmentPctGdp'),
    inflowPath: pick('inflowPath', own, all) ?? choiceBaseline<InflowPath>('inflowPath'),
  };
}
