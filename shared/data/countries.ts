// The 35 economies Puente models: the 33 LAC states plus Aruba and Curaçao (both in the paper's Figure 4).
// Subregions follow the paper's grouping: Caribbean / Central America (incl. Mexico) / South America;
// Guyana and Suriname are South America (UN M49), Belize is Central America.
import type { Subregion } from '../model/types';

export interface Country {
  iso3: string;
  name: string;
  subregion: Subregion;
}

export const COUNTRIES: readonly Country[] = [
  { iso3: 'ATG', name: 'Antigua and Barbuda', subregion: 'Caribbean' },
  { iso3: 'BHS', name: 'Bahamas', subregion: 'Caribbean' },
  { iso3: 'BRB', name: 'Barbados', subregion: 'Caribbean' },
  { iso3: 'CUB', name: 'Cuba', subregion: 'Caribbean' },
  { iso3: 'DMA', name: 'Dominica', subregion: 'Caribbean' },
  { iso3: 'DOM', name: 'Dominican Republic', subregion: 'Caribbean' },
  { iso3: 'GRD', name: 'Grenada', subregion: 'Caribbean' },
  { iso3: 'HTI', name: 'Haiti', subregion: 'Caribbean' },
  { iso3: 'JAM', name: 'Jamaica', subregion: 'Caribbean' },
  { iso3: 'KNA', name: 'Saint Kitts and Nevis', subregion: 'Caribbean' },
  { iso3: 'LCA', name: 'Saint Lucia', subregion: 'Caribbean' },
  { iso3: 'VCT', name: 'Saint Vincent and the Grenadines', subregion: 'Caribbean' },
  { iso3: 'TTO', name: 'Trinidad and Tobago', subregion: 'Caribbean' },
  { iso3: 'ABW', name: 'Aruba', subregion: 'Caribbean' },
  { iso3: 'CUW', name: 'Curaçao', subregion: 'Caribbean' },
  { iso3: 'BLZ', name: 'Belize', subregion: 'Central America' },
  { iso3: 'CRI', name: 'Costa Rica', subregion: 'Central America' },
  { iso3: 'SLV', name: 'El Salvador', subregion: 'Central America' },
  { iso3: 'GTM', name: 'Guatemala', subregion: 'Central America' },
  { iso3: 'HND', name: 'Honduras', subregion: 'Central America' },
  { iso3: 'MEX', name: 'Mexico', subregion: 'Central America' },
  { iso3: 'NIC', name: 'Nicaragua', subregion: 'Central America' },
  { iso3: 'PAN', name: 'Panama', subregion: 'Central America' },
  { iso3: 'ARG', name: 'Argentina', subregion: 'South America' },
  { iso3: 'BOL', name: 'Bolivia', subregion: 'South America' },
  { iso3: 'BRA', name: 'Brazil', subregion: 'South America' },
  { iso3: 'CHL', name: 'Chile', subregion: 'South America' },
  { iso3: 'COL', name: 'Colombia', subregion: 'South America' },
  { iso3: 'ECU', name: 'Ecuador', subregion: 'South America' },
  { iso3: 'GUY', name: 'Guyana', subregion: 'South America' },
  { iso3: 'PRY', name: 'Paraguay', subregion: 'South America' },
  { iso3: 'PER', name: 'Peru', subregion: 'South America' },
  { iso3: 'SUR', name: 'Suriname', subregion: 'South America' },
  { iso3: 'URY', name: 'Uruguay', subregion: 'South America' },
  { iso3: 'VEN', name: 'Venezuela', subregion: 'South America' },
];

const BY_ISO3 = new Map(COUNTRIES.map((c) => [c.iso3, c]));

/** Codes used in the dataset for groups rather than single countries. */
export const AGGREGATE_NAMES: Readonly<Record<string, string>> = {
  LAC: 'Latin America and the Caribbean',
  LCN: 'Latin America & Caribbean (World Bank aggregate)',
  WLD: 'World',
  NCA: 'Northern Central America (Guatemala, Honduras, El Salvador)',
  CAM: 'Central America',
  NAM: 'Northern America',
  EUR: 'Europe',
  LMY: 'Low and middle income countries',
  OTH: 'Rest of the world',
};

/** Display name for a country or aggregate code (the code itself if unknown). */
export function regionName(code: string): string {
  return BY_ISO3.get(code)?.name ?? AGGREGATE_NAMES[code] ?? code;
}
