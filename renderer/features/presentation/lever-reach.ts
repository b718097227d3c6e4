// Which outputs each lever moves, so the presentation's lever strip offers only the levers that move the chart on
// the slide (a compact strip, and no lever that would do nothing in front of the room). Found by running the model,
// not written down: each lever at its two ends, with every other lever where it matters most (numbers at their
// maximum, choices at their last option, e.g. a custom absorption capacity for the investment lever).
import type { LeverDef, LeverId, Levers, OutputId, Projection, RegionId, ScenarioInputs } from '../../../shared/model/types';
import { OUTPUT_IDS } from '../../../shared/model/types';

export type LeverReach = ReadonlyMap<LeverId, ReadonlySet<OutputId>>;

const ends = (def: LeverDef): (number | string)[] =>
  def.kind === 'choice' ? [...(def.choices ?? [])] : [def.min ?? 0, def.max ?? 1];

const high = (def: LeverDef): number | string => ends(def).at(-1) ?? 0;

function differs(a: Projection, b: Projection, region: RegionId, output: OutputId): boolean {
  const x = a.regions[region]?.scenario[output] ?? [];
  const y = b.regions[region]?.scenario[output] ?? [];
  return x.some((v, i) => {
    const w = y[i] ?? null;
    if (v === null || w === null) return v !== w;
    return Math.abs(v - w) > 1e-9 * Math.max(1, Math.abs(v), Math.abs(w));
  });
}

export function leverReach(levers: readonly LeverDef[], project: (inputs: ScenarioInputs) => Projection, region: RegionId = 'LAC'): LeverReach {
  const reach = new Map<LeverId, Set<OutputId>>();
  const others = Object.fromEntries(levers.map((d) => [d.id, high(d)])) as Levers;
  for (const def of levers) {
    const runs = ends(def).map((value) => project({ levers: { ...others, [def.id]: value }, countries: {}, parameters: {} }));
    const moved = new Set<OutputId>();
    for (const output of OUTPUT_IDS) {
      if (runs.some((run, i) => i > 0 && runs[0] !== undefined && differs(runs[0], run, region, output))) moved.add(output);
    }
    reach.set(def.id, moved);
  }
  return reach;
}
