// The scenario document: what a user edits, saves and exchanges (docs/scenario-format.md).
import type { Levers } from '../model/types';

export const SCENARIO_FORMAT = 'puente-scenario';
export const SCENARIO_SCHEMA_VERSION = 3;

/** What the screen shows; saved with the scenario so a colleague opens the same view. */
export interface ScenarioView {
  /** ISO3 code or aggregate id (LAC, CAR, CAM, SAM). */
  region: string;
  lens: 'host' | 'origin';
  /** Output ids of the charts shown. */
  charts: string[];
}

export interface ScenarioDocument {
  format: typeof SCENARIO_FORMAT;
  schemaVersion: typeof SCENARIO_SCHEMA_VERSION;
  name: string;
  author: string;
  notes: string;
  createdAt: string | null;
  updatedAt: string | null;
  appVersion: string | null;
  baseline: { datasetId: string; checksum: string } | null;
  levers: Levers;
  /** Per-country lever overrides by ISO3 code. */
  countries: Record<string, Levers>;
  /** Advanced parameter values by parameter id; omitted ones take their defaults. */
  parameters: Record<string, number>;
  view: ScenarioView;
}
