// fast-check generators for random but valid scenarios.
import fc from 'fast-check';
import { parameterDefs } from '../../../shared/model';
import type { Levers, ScenarioInputs } from '../../../shared/model';
import { FIRST_PROJECTION_YEAR, LAST_YEAR } from '../../../shared/model/years';

export const leversArb: fc.Arbitrary<Levers> = fc.record(
  {
    remittanceCostTargetPct: fc.double({ min: 0, max: 20, noNaN: true }),
    remittanceCostTargetYear: fc.integer({ min: 2021, max: LAST_YEAR }),
    policyStartYear: fc.integer({ min: FIRST_PROJECTION_YEAR, max: LAST_YEAR }),
    regularisationProgrammes: fc.constantFrom('as-implemented', 'none-since-2019' as const),
    regularisationRatePerYear: fc.double({ min: 0, max: 1, noNaN: true }),
    processingCapacityShare: fc.double({ min: 0, max: 1, noNaN: true }),
    absorptionCapacity: fc.constantFrom('low', 'medium', 'high', 'custom' as const),
    absorptionInvestmentPctGdp: fc.double({ min: 0, max: 1, noNaN: true }),
    inflowPath: fc.constantFrom('low', 'central', 'high' as const),
  },
  { requiredKeys: [] },
);

/** Pins a few parameters at random values inside their hard bounds. */
export const parametersArb: fc.Arbitrary<Record<string, number>> = fc
  .subarray([...parameterDefs()], { maxLength: 6 })
  .chain((defs) =>
    fc.tuple(...defs.map((d) => fc.double({ min: d.min, max: d.max, noNaN: true }))).map((values) =>
      Object.fromEntries(defs.map((d, i) => [d.id, values[i] ?? d.default])),
    ),
  );

export function scenarioArb(isoCodes: readonly string[]): fc.Arbitrary<ScenarioInputs> {
  return fc.record({
    levers: leversArb,
    countries: fc.dictionary(fc.constantFrom(...isoCodes), leversArb, { maxKeys: 3 }),
    parameters: parametersArb,
  });
}
