// Where a lever's value applies for the place on screen: every country (the scenario's lever, doc.levers), or only
// the place's own countries (per-country overrides, doc.countries; a sub-region writes one to each of its countries).
// The scope is read from the document, never kept beside it, so undo, redo, saving and opening carry it along.
// Pure: tested under node.
import type { Draft } from 'immer';
import type { CountryInputs, LeverId, Levers, RegionId } from '../../../shared/model/types';
import { countryInRegion } from '../../../shared/model/regions';

export type LeverValue = number | string;

/** The part of a scenario document that holds lever values. */
export interface LeverValues {
  levers: Levers;
  countries: Readonly<Record<string, Levers>>;
}

export interface LeverScope {
  /** 'own' when every country of the place has its own value for the lever; otherwise the region-wide value shows. */
  kind: 'all' | 'own';
  /** Where an own value is written: the country itself, or each country of a sub-region. Empty for the whole region. */
  targets: readonly string[];
  /** The value the control shows (the own value, else the region-wide one); undefined means the baseline value. */
  value: LeverValue | undefined;
  /** The own values of a sub-region's countries differ: a change sets them all to one value. */
  mixed: boolean;
  /** Countries with their own value that a region-wide change does not reach (in 'own' scope: none). */
  exceptions: readonly string[];
  /** Countries of the place with an own value while the scope is still 'all' (a sub-region set partly). */
  partial: readonly string[];
}

/** The countries an own value for `region` goes to: the country, each country of a sub-region, none for LAC. */
export function scopeTargets(countries: readonly Pick<CountryInputs, 'iso3' | 'subregion'>[], region: RegionId): string[] {
  if (region === 'LAC') return [];
  return countries.filter((c) => countryInRegion(c.iso3, c.subregion, region)).map((c) => c.iso3);
}

const ownValue = (values: LeverValues, iso3: string, lever: LeverId): LeverValue | undefined => values.countries[iso3]?.[lever];

export function leverScope(values: LeverValues, lever: LeverId, targets: readonly string[]): LeverScope {
  const withOwn = Object.keys(values.countries)
    .filter((iso3) => ownValue(values, iso3, lever) !== undefined)
    .sort();
  const ownTargets = targets.filter((iso3) => ownValue(values, iso3, lever) !== undefined);
  if (targets.length > 0 && ownTargets.length === targets.length) {
    const own = targets.map((iso3) => ownValue(values, iso3, lever));
    return { kind: 'own', targets, value: own[0], mixed: own.some((v) => v !== own[0]), exceptions: [], partial: [] };
  }
  return { kind: 'all', targets, value: values.levers[lever], mixed: false, exceptions: withOwn, partial: ownTargets };
}

type LeverDraft = Draft<LeverValues>;

/** Gives each target country its own value for the lever (a scope change to 'own', or an edit in that scope). */
export function setOwnValue(lever: LeverId, targets: readonly string[], value: LeverValue) {
  return (draft: LeverDraft) => {
    for (const iso3 of targets) {
      const own = (draft.countries[iso3] ??= {}) as Record<string, unknown>;
      own[lever] = value;
    }
  };
}

/** Takes the target countries' own values away: they follow the region-wide value again. */
export function clearOwnValue(lever: LeverId, targets: readonly string[]) {
  return (draft: LeverDraft) => {
    for (const iso3 of targets) {
      const own = draft.countries[iso3];
      if (!own || own[lever] === undefined) continue;
      delete own[lever];
      // An override with no lever left says nothing: it goes, so the file stays as small as what it means.
      if (Object.keys(own).length === 0) delete draft.countries[iso3];
    }
  };
}

/** Sets (or, with undefined, resets to the baseline) the region-wide value. */
export function setRegionValue(lever: LeverId, value: LeverValue | undefined) {
  return (draft: LeverDraft) => {
    if (value === undefined) delete draft.levers[lever];
    else (draft.levers as Record<string, unknown>)[lever] = value;
  };
}
