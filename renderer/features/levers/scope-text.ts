// Which countries a scenario's levers reach, in words: the note under a lever ("Applies to Guatemala only") and the
// scope of a library card or a compared scenario ("Only Guatemala"). Pure: tested under node.
import type { RegionId } from '../../../shared/model/types';
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

/** The scope of a scenario's levers in a few words, for library cards and the comparison table: every country,
 * some countries only ("Only Colombia and Peru"), or both ("All countries; own levers for Colombia"). */
export function scopeSummary(doc: Pick<ScenarioDocument, 'levers' | 'countries'>, engine: Places): string {
  const regionWide = Object.values(doc.levers).some((v) => v !== undefined);
  const own = Object.keys(doc.countries).filter((iso3) => Object.values(doc.countries[iso3] ?? {}).some((v) => v !== undefined));
  if (own.length === 0) return regionWide ? t('scope.allCountries') : t('scope.noLevers');
  const countries = countryList(engine, own);
  return regionWide ? t('scope.allWithOwn', { countries }) : t('scope.only', { countries });
}
