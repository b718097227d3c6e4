// Which countries a scenario's levers reach, in a few words: "All countries", "Only Guatemala", "All countries;
// own levers for Colombia and Peru". Shown on library cards and in the comparison table. Pure: tested under node.
import { COUNTRIES } from '../../../shared/data/countries';
import type { ScenarioDocument } from '../../../shared/scenario/document';
import { formatList, numberLocale } from '../../i18n/format';
import { t, tMaybe } from '../../i18n/t';

const countryName = (iso3: string): string => tMaybe(`region.${iso3}`, COUNTRIES.find((c) => c.iso3 === iso3)?.name ?? iso3);

/** The scope of a scenario's levers: every country, some countries only, or both (region-wide with own levers). */
export function scopeSummary(doc: Pick<ScenarioDocument, 'levers' | 'countries'>): string {
  const regionWide = Object.values(doc.levers).some((v) => v !== undefined);
  const own = Object.entries(doc.countries)
    .filter(([, levers]) => Object.values(levers).some((v) => v !== undefined))
    .map(([iso3]) => countryName(iso3))
    .sort((a, b) => a.localeCompare(b, numberLocale()));
  if (own.length === 0) return regionWide ? t('scope.allCountries') : t('scope.noLevers');
  return regionWide ? t('scope.allWithOwn', { countries: formatList(own) }) : t('scope.only', { countries: formatList(own) });
}
