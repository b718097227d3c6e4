// What the screen needs from the model and the baseline data, in one place. renderer/compute/engine.ts builds it
// from shared/model and shared/data; components depend only on this shape.
import type {
  DerivedGrowth, LeverDef, ModelBaseline, OutputDef, OutputId, ParameterDef, Projection, RegionId, ScenarioInputs, SensitivityRow,
} from '../../shared/model/types';
import type { TrackRecord } from '../../shared/track-record';
import type { ObservedLine } from './observed-lines';

export type { ObservedLine } from './observed-lines';

/** A value printed in the paper, drawn as ◆ on an output chart. */
export interface ChartMarker {
  year: number;
  value: number;
  kind: 'paper';
  source: string;
}

/** One growth assumption derived from a country's record, for the parameter cards. */
export interface DerivedGrowthRow extends DerivedGrowth {
  series: 'remittances' | 'gdp' | 'venezuelans' | 'otherImmigrants';
}

export interface RegionOption {
  id: RegionId;
  name: string;
  kind: 'aggregate' | 'country';
}

/** One bar in a baseline figure; `paper` is the value the paper prints where it prints one. */
export interface FigureBar {
  id: string;
  label: string;
  value: number;
  paper?: number | null;
  /** Stacked parts (Figure 1), by series key. */
  parts?: Readonly<Record<string, number>>;
}

export interface BaselineFigure {
  id: 'fig1-origin' | 'fig1-destination' | 'fig2' | 'fig3' | 'fig4';
  title: string;
  unit: 'USD' | '% of GDP' | 'persons';
  bars: readonly FigureBar[];
  /** Keys and labels of stacked parts, if any. */
  series?: readonly { key: string; label: string }[];
  source: string;
  caveats: readonly string[];
}

export interface Engine {
  baseline: ModelBaseline;
  levers: readonly LeverDef[];
  parameters: readonly ParameterDef[];
  outputs: readonly OutputDef[];
  regions: readonly RegionOption[];
  project(inputs: ScenarioInputs): Projection;
  sensitivity(inputs: ScenarioInputs, output: OutputId, region: RegionId, year: number): SensitivityRow[];
  /** The lever's baseline value where the scenario leaves it alone; per country where it comes from data. */
  leverBaseline(lever: LeverDef, region: RegionId): number | string | null;
  markers(output: OutputId, region: RegionId): readonly ChartMarker[];
  /** The observed history of an output for a place (empty where nothing is observed, or it is a model estimate). */
  observed(output: OutputId, region: RegionId): ObservedLine;
  /** Why a place has no observed history for an output that has one elsewhere; null otherwise. */
  observedNote(output: OutputId, region: RegionId): string | null;
  /** The growth assumptions derived from a country's record (empty for a region). */
  derivedGrowth(region: RegionId): readonly DerivedGrowthRow[];
  figures(): readonly BaselineFigure[];
  /** The paper-anchored run against what was observed (computed on first use). */
  trackRecord(): TrackRecord;
}
