// The slides of a presentation, as plain data: a title slide, one chart per slide, a comparison slide when
// scenarios are being compared, and closing slides with the assumptions. Built from the open scenario (moved live
// with the lever strip) or from scenarios chosen in the library. Pure, so the presentation and the presenter view
// (another window) build the same deck from the same input, and unit tests read it under node.
import { leverDefs, OUTPUT_IDS, parameterDefs } from '../../../shared/model';
import type { OutputId, RegionId } from '../../../shared/model/types';
import type { ScenarioDocument } from '../../../shared/scenario/document';
import { assumptionRows, changedRows, type AssumptionRow, type LeverBaseline } from '../compare/assumption-rows';
import { displayUnit } from '../levers/display-units';

/** A scenario on the slides, with the colour it keeps everywhere (scenario-colours.ts). */
export interface DeckScenario {
  /** Its library reference; null for the open scenario when it has never been saved. */
  ref: string | null;
  colour: string;
  document: ScenarioDocument;
}

/** Scenarios ticked in the library and compared on one output and place (the Compare view's choice). */
export interface DeckComparison {
  scenarios: readonly DeckScenario[];
  output: OutputId;
  region: RegionId;
}

export interface DeckInput {
  /** 'current': the open scenario, whose levers move live; 'saved': scenarios chosen in the library, as saved. */
  source: 'current' | 'saved';
  /** One scenario (current, or one chosen), or two to four chosen ones. */
  scenarios: readonly DeckScenario[];
  /** Only with source 'current': the comparison on screen, which gets its own slide. */
  comparison: DeckComparison | null;
}

export type Slide =
  | { kind: 'title'; key: 'title' }
  /** One output of the deck's one scenario against the baseline. */
  | { kind: 'chart'; key: string; output: OutputId }
  /** Several scenarios and the baseline on shared axes: the deck's own scenarios, or the comparison on screen. */
  | { kind: 'compare'; key: string; output: OutputId; region: RegionId; group: 'deck' | 'comparison' }
  /** The assumptions that differ from the baseline, a page at a time. */
  | { kind: 'closing'; key: string; page: number; pages: number; rows: readonly AssumptionRow[] };

export type SlideKind = Slide['kind'];

/** At most this many charts, as on the scenario screen's grid. */
const MAX_CHARTS = 4;
const OUTPUTS = new Set<string>(OUTPUT_IDS);

/** The place, lens and charts a deck shows: those of its first scenario. */
export function deckView(input: DeckInput): ScenarioDocument['view'] {
  const view = input.scenarios[0]?.document.view;
  return view ?? { region: 'LAC', lens: 'host', charts: [] };
}

/** The charts of a deck: its first scenario's, known outputs only, at most four. */
export function deckCharts(input: DeckInput): OutputId[] {
  return deckView(input).charts.filter((c): c is OutputId => OUTPUTS.has(c)).slice(0, MAX_CHARTS);
}

/**
 * Splits assumption rows into closing pages that fit a 1280 × 720 slide at 28 px, each row costing the lines it
 * takes (assumptionLines).
 */
export function paginateAssumptions(rows: readonly AssumptionRow[], scenarios: number, budget = CLOSING_LINES): AssumptionRow[][] {
  const pages: AssumptionRow[][] = [];
  let page: AssumptionRow[] = [];
  let used = 0;
  for (const row of rows) {
    const cost = assumptionLines(row, scenarios);
    if (page.length > 0 && used + cost > budget) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(row);
    used += cost;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/**
 * Lines of 28 px slide text one closing-slide row takes (an estimate, at about 75 characters a line): its heading
 * (label, value, baseline value, evidence tag), one line per scenario in a comparison, and its source.
 */
export function assumptionLines(row: AssumptionRow, scenarios: number): number {
  const unit = displayUnit(row.def.unit).unit.length;
  const heading = row.def.label.length + (row.country ? 12 : 0) + (scenarios > 1 ? 0 : unit + 8) + unit + 18 + 22;
  const perScenario = scenarios > 1 ? scenarios : 0;
  return Math.ceil(heading / CHARS_PER_LINE) + perScenario + Math.ceil((row.def.source.length + 8) / CHARS_PER_LINE);
}

/** Lines of 28 px text a closing slide holds under its title (with the gaps between rows), and characters a line. */
export const CLOSING_LINES = 12;
const CHARS_PER_LINE = 75;

/** The deck. `leverBaseline` tells which stored lever values really differ from the baseline (Engine.leverBaseline). */
export function buildDeck(input: DeckInput, leverBaseline: LeverBaseline): Slide[] {
  const view = deckView(input);
  const charts = deckCharts(input);
  const several = input.scenarios.length > 1;
  const slides: Slide[] = [{ kind: 'title', key: 'title' }];
  for (const output of charts) {
    slides.push(several ? { kind: 'compare', key: `compare:${output}`, output, region: view.region, group: 'deck' } : { kind: 'chart', key: `chart:${output}`, output });
  }
  const comparison = input.source === 'current' ? input.comparison : null;
  if (comparison && comparison.scenarios.length >= 2) {
    slides.push({ kind: 'compare', key: `comparison:${comparison.output}`, output: comparison.output, region: comparison.region, group: 'comparison' });
  }
  const docs = input.scenarios.map((s) => s.document);
  const rows = changedRows(assumptionRows(docs, leverDefs(), parameterDefs()), leverBaseline, view.region);
  const pages = paginateAssumptions(rows, docs.length);
  pages.forEach((page, i) => slides.push({ kind: 'closing', key: `closing:${i + 1}`, page: i + 1, pages: pages.length, rows: page }));
  return slides;
}

/** Where a slide index lands in a deck of `count` slides. */
export const clampIndex = (index: number, count: number): number => Math.max(0, Math.min(count - 1, index));

/** Whether a slide has a scenario line to hide, reveal and replay. */
export const hasScenarioLines = (slide: Slide | undefined): boolean => slide?.kind === 'chart' || slide?.kind === 'compare';

/** The open scenario as a deck, with the comparison on screen when two or more scenarios are ticked. */
export function currentDeckInput(
  document: ScenarioDocument,
  ref: string | null,
  colour: string,
  comparison: { scenarios: readonly DeckScenario[]; output: OutputId; region: RegionId },
): DeckInput {
  return {
    source: 'current',
    scenarios: [{ ref, colour, document }],
    comparison: comparison.scenarios.length >= 2 ? comparison : null,
  };
}

/** Scenarios chosen in the library as a deck (one: its charts against the baseline; several: compared). */
export function savedDeckInput(scenarios: readonly DeckScenario[]): DeckInput {
  return { source: 'saved', scenarios, comparison: null };
}
