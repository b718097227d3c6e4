// Which outputs each lever moves, so the presentation's lever strip offers only the levers that move the chart on
// the slide (a compact strip, and no lever that would do nothing in front of the room). Found by running the model,
// not written down: each lever at its two ends, with every other lever where it matters most (numbers at their
// maximum, choices at their last option, e.g. a custom absorption capacity for the investment lever). How far it
// moves each output (as a share of the output's size) ranks the levers when the strip has room for only some.
import type { LeverDef, LeverId, Levers, OutputId, Projection, RegionId, ScenarioInputs } from '../../../shared/model/types';
import { OUTPUT_IDS } from '../../../shared/model/types';

/** Per lever: the outputs it moves, each with how far (largest change over the years / the output's largest value). */
export type LeverReach = ReadonlyMap<LeverId, ReadonlyMap<OutputId, number>>;

const ends = (def: LeverDef): (number | string)[] =>
  def.kind === 'choice' ? [...(def.choices ?? [])] : [def.min ?? 0, def.max ?? 1];

const high = (def: LeverDef): number | string => ends(def).at(-1) ?? 0;

/** How far two runs of an output differ, relative to its size (0: not at all; a null on one side only counts as 1). */
function distance(a: Projection, b: Projection, region: RegionId, output: OutputId): number {
  const x = a.regions[region]?.scenario[output] ?? [];
  const y = b.regions[region]?.scenario[output] ?? [];
  let size = 1;
  let largest = 0;
  for (let i = 0; i < x.length; i += 1) {
    const v = x[i] ?? null;
    const w = y[i] ?? null;
    if (v === null || w === null) {
      if (v !== w) return 1;
      continue;
    }
    size = Math.max(size, Math.abs(v), Math.abs(w));
    largest = Math.max(largest, Math.abs(v - w));
  }
  return largest / size;
}

export function leverReach(levers: readonly LeverDef[], project: (inputs: ScenarioInputs) => Projection, region: RegionId = 'LAC'): LeverReach {
  const reach = new Map<LeverId, Map<OutputId, number>>();
  const others = Object.fromEntries(levers.map((d) => [d.id, high(d)])) as Levers;
  for (const def of levers) {
    const runs = ends(def).map((value) => project({ levers: { ...others, [def.id]: value }, countries: {}, parameters: {} }));
    const moved = new Map<OutputId, number>();
    for (const output of OUTPUT_IDS) {
      const far = Math.max(0, ...runs.map((run, i) => (i > 0 && runs[0] !== undefined ? distance(runs[0], run, region, output) : 0)));
      if (far > 1e-9) moved.set(output, far);
    }
    reach.set(def.id, moved);
  }
  return reach;
}
