// Calibration targets and checks (data/model/calibration.json): what the anchored baseline is held to, each with its
// source, and the baseline's value for it. Used by the calibration test and the methodology page.
import { z } from 'zod';
import calibrationJson from '../data/model/calibration.json';
import type { ObservedPoint } from './data/anchoring';
import { runCountry } from './model/country-run';
import { resolveLevers } from './model/levers';
import { parameterValues } from './model/parameters';
import { runContext } from './model/run-context';
import type { ModelBaseline, Projection } from './model/types';
import { Workspace } from './model/workspace';
import { FIRST_YEAR } from './model/years';

const MEASURES = ['publicCostPctGdp', 'publicCostPerVenezuelanUsd', 'publicCostUsd', 'taxRevenueUsd', 'taxRevenuePotentialUsd', 'irregularVenezuelans'] as const;
const TargetSchema = z.strictObject({
  id: z.string().min(1),
  country: z.string().regex(/^[A-Z]{3}$/),
  year: z.number().int(),
  measure: z.enum(MEASURES),
  min: z.number().finite(),
  max: z.number().finite(),
  role: z.enum(['target', 'check']),
  /** For a target, what was set so the baseline meets it. */
  tuned: z.string(),
  what: z.string().min(1),
  source: z.string().min(1),
});
export type CalibrationTarget = z.infer<typeof TargetSchema>;

/** Parses data/model/calibration.json (a broken file is a broken build). */
export function calibrationTargets(raw: unknown = calibrationJson): CalibrationTarget[] {
  const parsed = z.strictObject({ about: z.string(), targets: z.array(TargetSchema).min(1) }).safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid data/model/calibration.json: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  for (const t of parsed.data.targets) if (!(t.min <= t.max)) throw new Error(`Calibration target ${t.id}: min above max`);
  return parsed.data.targets;
}

export interface CalibrationResult {
  target: CalibrationTarget;
  value: number;
  met: boolean;
}

/** One host's baseline run, for measures the outputs do not show. */
function baselineWorkspace(baseline: ModelBaseline, iso3: string): { ws: Workspace; p: ReturnType<typeof parameterValues> } | null {
  const country = baseline.countries.find((c) => c.iso3 === iso3);
  if (!country) return null;
  const ctx = runContext(parameterValues('default', {}, baseline.parameterOverrides), 'default', baseline.inflowKnots);
  const ws = new Workspace();
  runCountry(country, resolveLevers(country, null, ctx.p), ctx, ws, 'B');
  return { ws, p: ctx.p };
}

/** Irregular Venezuelans in one host (the model's outputs count all irregular migrants together). */
function irregularVenezuelans(baseline: ModelBaseline, iso3: string, year: number): number {
  return baselineWorkspace(baseline, iso3)?.ws.v.irregular[year - FIRST_YEAR] ?? NaN;
}

/**
 * Taxes if every migrant of the response were regular and formally employed at natives' rate (FGmax): the IOM's
 * "potential" for Colombia, read with B9's two rates.
 */
function taxRevenuePotential(baseline: ModelBaseline, iso3: string, year: number): number {
  const run = baselineWorkspace(baseline, iso3);
  if (!run) return NaN;
  const { ws, p } = run;
  const i = year - FIRST_YEAR;
  const clients = (ws.venezuelans[i] ?? NaN) + (ws.o.irregular[i] ?? NaN) + (ws.o.temporary[i] ?? NaN);
  const formal = p.workingAgeShare * p.employmentRate * clients * p.formalShareLongRun;
  return (ws.scale[i] ?? NaN) * (p.revenueBasePerMigrantUsd * clients + p.revenuePerFormalJobUsd * formal);
}

/** The baseline's value for each target (the baseline run of `projection`; GDP from the observed record). */
export function calibrationResults(baseline: ModelBaseline, projection: Projection, gdp: ReadonlyMap<string, readonly ObservedPoint[]>, targets = calibrationTargets()): CalibrationResult[] {
  return targets.map((target) => {
    const runs = projection.regions[target.country]?.baseline;
    const i = projection.years.indexOf(target.year);
    const at = (series: readonly (number | null)[] | undefined) => series?.[i] ?? NaN;
    const gdpUsd = gdp.get(target.country)?.find((p) => p.year === target.year)?.value ?? NaN;
    const value = ((): number => {
      switch (target.measure) {
        case 'publicCostPctGdp':
          return (at(runs?.publicCostUsd) / gdpUsd) * 100;
        case 'publicCostPerVenezuelanUsd':
          return at(runs?.publicCostUsd) / at(runs?.venezuelans);
        case 'publicCostUsd':
          return at(runs?.publicCostUsd);
        case 'taxRevenueUsd':
          return at(runs?.taxRevenueUsd);
        case 'taxRevenuePotentialUsd':
          return taxRevenuePotential(baseline, target.country, target.year);
        case 'irregularVenezuelans':
          return irregularVenezuelans(baseline, target.country, target.year);
      }
    })();
    return { target, value, met: value >= target.min && value <= target.max };
  });
}
