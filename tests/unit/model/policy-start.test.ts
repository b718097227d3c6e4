// A policy starts in its start year: the levers a government moves leave every year before it exactly as the
// baseline has it (review of issue 8, finding 15: a changed absorption setting used to rewrite 2019–2024). The
// regularisation programmes lever (a counterfactual of the past) and the inflow path (an assumption about arrivals,
// not a policy) are meant to reach back, so they are not policies here.
import { describe, expect, it } from 'vitest';
import { modelBaseline } from '../../../shared/data';
import { project } from '../../../shared/model';
import { OUTPUT_IDS, YEARS, type Levers } from '../../../shared/model/types';

const START = 2027;
const POLICIES: readonly [string, Levers][] = [
  ['absorption high', { absorptionCapacity: 'high' }],
  ['absorption low', { absorptionCapacity: 'low' }],
  ['investment 0.5% of GDP', { absorptionInvestmentPctGdp: 0.5 }],
  ['regularisation 60% a year', { regularisationRatePerYear: 0.6 }],
  ['processing capacity 80%', { processingCapacityShare: 0.8 }],
  ['remittance cost cap 1%', { remittanceCostTargetPct: 1 }],
];

describe('before the policy start year', () => {
  const baseline = modelBaseline();
  const base = project(baseline, { levers: {}, countries: {}, parameters: {} });
  for (const [name, levers] of POLICIES) {
    it(`${name} changes no output of any place in any year before ${START}`, () => {
      const run = project(baseline, { levers: { ...levers, policyStartYear: START }, countries: {}, parameters: {} });
      for (const [place, runs] of Object.entries(run.regions)) {
        for (const output of OUTPUT_IDS) {
          for (let i = 0; YEARS[i] !== undefined && (YEARS[i] as number) < START; i++) {
            const a = runs.scenario[output][i];
            const b = base.regions[place]?.scenario[output][i];
            if (a === null || b === null || a === undefined || b === undefined || Number.isNaN(a)) continue;
            expect(a, `${place} ${output} ${YEARS[i]}`).toBeCloseTo(b, 6);
          }
        }
      }
    });
  }
});
