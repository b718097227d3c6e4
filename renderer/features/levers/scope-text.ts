// Which countries a scenario's levers reach, in words: the note under a lever ("Applies to Guatemala only") and the
// scope lines of a library card or a compared scenario ("Guatemala: own remittance cost cap"). Pure: tested under node.
import type { LeverDef, RegionId } from '../../../shared/model/types';
import type { ScenarioDocument } from '../../../shared/scenario/document';
import type { Engine } from '../../compute/engine-types';
import { placeName } from '../../compute/place-name';
import { listFormat } from '../../i18n/format';
import { t } from '../../i18n/t';
import { scopeTargets, type LeverScope } from './lever-scope';

type Places = Pick<Engine, 'regions' | 'baseline'>;

/** More names than this are cut to "A, B, C and 4 more": a note is read at a glance. */
const NAMES_SHOWN = 3;

/** Country names as a list in alphabetical order, cut after a few. */
export function countryList(engine: Places, iso3s: readonly string[]): string {
  const names = iso3s.map((iso3) => placeName(engine, iso3)).sort((a, b) => a.localeCompare(b));
  if (names.length <= NAMES_SHOWN + 1) return listFormat(names);
  return listFormat([...names.slice(0, NAMES_SHOWN), t('scope.more', { count: names.length - NAMES_SHOWN })]);
}

/** What the note under a lever says about where a change goes; null when it goes everywhere, as the panel says. */
export function leverScopeNote(engine: Places, scope: LeverScope, region: RegionId): string | null {
  if (scope.kind === 'own') {
    const place = placeName(engine, region);
    if (scope.targets.length === 1) return t('levers.appliesOnly', { place });
    return t(scope.mixed ? 'levers.appliesEachMixed' : 'levers.appliesEach', { place, count: scope.targets.length });
  }
  if (scope.exceptions.length === 0) return null;
  const whole = wholeSubregion(engine, scope.exceptions);
  if (whole) return t('levers.appliesExceptRegion', { place: placeName(engine, whole) });
  const names = countryList(engine, scope.exceptions);
  return t(scope.exceptions.length === 1 ? 'levers.appliesExceptOne' : 'levers.appliesExceptMany', { names });
}

/** The sub-region whose countries are exactly these (several of them), if there is one. */
function wholeSubregion(engine: Places, iso3s: readonly string[]): RegionId | null {
  if (iso3s.length < 2) return null;
  const key = [...iso3s].sort().join(',');
  const found = engine.regions.find((r) => r.kind === 'aggregate' && r.id !== 'LAC' && scopeTargets(engine.baseline.countries, r.id).sort().join(',') === key);
  return found?.id ?? null;
}

const lowerFirst = (label: string): string => label.charAt(0).toLowerCase() + label.slice(1);
const leverNames = (defs: readonly LeverDef[], ids: ReadonlySet<string>): string =>
  listFormat(defs.filter((d) => ids.has(d.id)).map((d) => lowerFirst(d.label)));

/** Names a group of countries: "Each country of Central America" where it is a whole sub-region, else the names. */
function groupName(engine: Places, iso3s: readonly string[]): string {
  const whole = wholeSubregion(engine, iso3s);
  return whole ? t('scope.eachOf', { place: placeName(engine, whole) }) : countryList(engine, iso3s);
}

/**
 * One line per scope a scenario uses: "All countries: regularisation rate", then each group of countries that has
 * its own values for the same levers ("Guatemala: own remittance cost cap"). Empty when no lever is set.
 */
export function scopeSummary(doc: Pick<ScenarioDocument, 'levers' | 'countries'>, engine: Places & Pick<Engine, 'levers'>): string[] {
  const lines: string[] = [];
  const regionWide = new Set(Object.keys(doc.levers).filter((id) => doc.levers[id as keyof typeof doc.levers] !== undefined));
  if (regionWide.size > 0) lines.push(t('scope.allCountries', { levers: leverNames(engine.levers, regionWide) }));
  // Countries with the same set of own levers are one line, in the order of the lever catalogue.
  const groups = new Map<string, string[]>();
  for (const iso3 of Object.keys(doc.countries).sort((a, b) => placeName(engine, a).localeCompare(placeName(engine, b)))) {
    const own = engine.levers.filter((d) => doc.countries[iso3]?.[d.id] !== undefined).map((d) => d.id);
    if (own.length === 0) continue;
    const key = own.join(',');
    groups.set(key, [...(groups.get(key) ?? []), iso3]);
  }
  for (const [key, iso3s] of groups) {
    lines.push(t('scope.own', { places: groupName(engine, iso3s), levers: leverNames(engine.levers, new Set(key.split(','))) }));
  }
  return lines;
}
