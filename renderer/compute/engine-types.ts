// What the screen needs from the model and the baseline data, in one place. renderer/compute/engine.ts builds it
// from shared/model and shared/data; components depend only on this shape.
import type {
  LeverDef, ModelBaseline, OutputDef, OutputId, ParameterDef, Projection, RegionId, ScenarioInputs, SensitivityRow,
} from '../../shared/model/types';

/** A value printed in the paper or observed in data, drawn as a point on an output chart. */
export interface ChartMarker {
  year: number;
  value: number;
  kind: 'paper' | 'observed';
  source: string;
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
  figures(): readonly BaselineFigure[];
}
