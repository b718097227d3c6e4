// Small helpers for the model tests.
import { YEARS } from '../../../shared/model/types';
import type { ScenarioInputs, Series } from '../../../shared/model/types';

export const STATUS_QUO: ScenarioInputs = { levers: {}, countries: {}, parameters: {} };

export function idx(year: number): number {
  const i = YEARS.indexOf(year);
  if (i < 0) throw new Error(`year ${year} outside YEARS`);
  return i;
}

export function at(series: Series | undefined, year: number): number {
  const v = series?.[idx(year)];
  if (v === null || v === undefined) throw new Error(`no value in ${year}`);
  return v;
}
