// Which aggregate each country belongs to, besides LAC.
import type { AggregateId, Subregion } from './types';

export const AGGREGATE_IDS: readonly AggregateId[] = ['LAC', 'CAR', 'CAM', 'SAM'];

export const SUBREGION_AGGREGATE: Readonly<Record<Subregion, AggregateId>> = {
  Caribbean: 'CAR',
  'Central America': 'CAM',
  'South America': 'SAM',
};

/** True where the country counts in the region (its own ISO3, LAC, or its subregion's aggregate). */
export function countryInRegion(iso3: string, subregion: Subregion, region: string): boolean {
  return region === iso3 || region === 'LAC' || SUBREGION_AGGREGATE[subregion] === region;
}
