// One colour per compared scenario, the same on library cards, the comparison chart and the table, each with its own
// line pattern and end marker so that scenarios stay apart without colour (colour-blind readers, grey print, a
// washed-out projector). Okabe–Ito hues, the orange darkened to 3.4:1 on white; the baseline is always the chart's
// grey, dashed. tests/unit/renderer/palettes.test.ts checks contrast and the common colour-blindness types. Rule: a scenario ticked for
// comparison takes the first colour no other ticked scenario holds, and keeps it until it is unticked, so colours
// never jump when another scenario joins or leaves.
export const SCENARIO_COLOURS = ['#0072B2', '#C47A00', '#009E73', '#CC79A7'] as const;
/** SVG dash arrays, by colour slot; the first is solid. */
export const SCENARIO_DASHES = ['', '10 3', '3 3', '10 3 3 3'] as const;
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';
export const SCENARIO_MARKERS: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond'];

/** A scenario colour's line pattern and marker (the first slot's for a colour outside the palette). */
export function scenarioPattern(colour: string): { dash: string; marker: MarkerShape } {
  const slot = Math.max(0, SCENARIO_COLOURS.findIndex((c) => c.toLowerCase() === colour.toLowerCase()));
  return { dash: SCENARIO_DASHES[slot] ?? '', marker: SCENARIO_MARKERS[slot] ?? 'circle' };
}
export const BASELINE_COLOUR = '#6b6b6b';
export const MAX_COMPARED = SCENARIO_COLOURS.length;

/**
 * Stands for the scenario on screen, as it is now, unsaved changes included ("Current scenario (unsaved)"): no host
 * hands out this reference, so it never names a saved file.
 */
export const CURRENT_SCENARIO = '\u0000current';

export interface Compared {
  ref: string;
  colour: string;
}

/** Ticks or unticks `ref`. A fifth scenario is refused (the list comes back unchanged). */
export function toggleCompared(selection: readonly Compared[], ref: string): Compared[] {
  if (selection.some((c) => c.ref === ref)) return selection.filter((c) => c.ref !== ref);
  const free = SCENARIO_COLOURS.find((colour) => !selection.some((c) => c.colour === colour));
  return free === undefined ? [...selection] : [...selection, { ref, colour: free }];
}

/** Drops scenarios that are no longer in the library (the one on screen stays); the rest keep their colours. */
export function keepExisting(selection: readonly Compared[], refs: ReadonlySet<string>): Compared[] {
  return selection.filter((c) => c.ref === CURRENT_SCENARIO || refs.has(c.ref));
}
