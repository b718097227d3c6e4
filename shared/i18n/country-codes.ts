// ISO 3166 alpha-3 → alpha-2 for the places Puente names, so Intl.DisplayNames can name them in each language
// ("Brazil", "Brasil", "Brésil") instead of a hand-kept table per language.
export const ISO2: Readonly<Record<string, string>> = {
  ATG: 'AG', BHS: 'BS', BRB: 'BB', CUB: 'CU', DMA: 'DM', DOM: 'DO', GRD: 'GD', HTI: 'HT', JAM: 'JM', KNA: 'KN', LCA: 'LC',
  VCT: 'VC', TTO: 'TT', ABW: 'AW', CUW: 'CW', BLZ: 'BZ', CRI: 'CR', SLV: 'SV', GTM: 'GT', HND: 'HN', MEX: 'MX', NIC: 'NI',
  PAN: 'PA', ARG: 'AR', BOL: 'BO', BRA: 'BR', CHL: 'CL', COL: 'CO', ECU: 'EC', GUY: 'GY', PRY: 'PY', PER: 'PE', SUR: 'SR',
  URY: 'UY', VEN: 'VE',
  // Birth countries outside the region (baseline Figure 1b).
  USA: 'US', ESP: 'ES', ITA: 'IT', PRT: 'PT', FRA: 'FR', CHN: 'CN', DEU: 'DE', JPN: 'JP', LBN: 'LB', KOR: 'KR', CAN: 'CA',
  GBR: 'GB', IND: 'IN',
};

const namers = new Map<string, Intl.DisplayNames | null>();

/** A country's name in `language` (Intl), or `fallback` where Intl has none (an old engine, an unknown code). */
export function countryName(iso3: string, language: string, fallback: string): string {
  if (language === 'en') return fallback; // the data's own English names ("Bahamas", not "The Bahamas")
  const iso2 = ISO2[iso3];
  if (!iso2) return fallback;
  let namer = namers.get(language);
  if (namer === undefined) {
    try {
      namer = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    } catch {
      namer = null;
    }
    namers.set(language, namer);
  }
  return namer?.of(iso2) ?? fallback;
}
