// The fixed words of the methodology's generated tables, per edition: docs/methodology.md (English) and its Spanish
// edition docs/methodology.es.md. The model's own words (labels, units, sources) come from data/model, translated by
// data/model/text/<lang>.json; these are only the headers and the words the generator writes around them.
// Both editions write digits the same way, as the Spanish edition's prose does (decimal point, comma thousands: the
// es-MX style), so a figure reads identically in both.

export type TableLanguage = 'en' | 'es';

export interface TableWords {
  headers: {
    parameters: readonly string[];
    levers: readonly string[];
    anchoring: readonly string[];
    derivedGrowth: readonly string[];
    calibration: readonly string[];
  };
  /** Module names other than the letters A, B, C, which every edition keeps. */
  modules: Readonly<Record<string, string>>;
  /** The evidence tags S, D, A in words ("A (assumption)"). */
  evidence: Readonly<Record<'S' | 'D' | 'A', string>>;
  /** The baseline of a lever whose baseline is each country's own value (the remittance cost cap). */
  countryBaseline: string;
  growth: {
    longRun: string;
    atLimit: string;
    subregion: string;
    worldwide: string;
    withWorldwide: string;
    worldwidePace: string;
  };
  calibration: {
    pctGdp: string;
    /** Appended to a figure in billions / millions of US$ ("US$1.13bn", "US$1.13 mil millones"). */
    billions: string;
    millions: string;
    outside: string;
    target: (tuned: string) => string;
    check: string;
  };
}

export const TABLE_WORDS: Readonly<Record<TableLanguage, TableWords>> = {
  en: {
    headers: {
      parameters: ['id', 'symbol', 'module', 'default', 'low – high run', 'allowed', 'unit', 'evidence', 'source / note'],
      levers: ['id', 'lever', 'module', 'allowed', 'unit', 'baseline value', 'reference marks', 'evidence', 'source'],
      anchoring: ['setting', 'value', 'unit', 'evidence', 'why'],
      derivedGrowth: ['country', 'remittances', 'σ remittances', 'GDP (US$)', 'Venezuelans hosted', 'other immigrants'],
      calibration: ['id', 'country, year', 'what', 'range', 'baseline', 'role', 'source'],
    },
    modules: {},
    evidence: { S: 'S (seen)', D: 'D (derived)', A: 'A (assumption)' },
    countryBaseline: "the country's current cost",
    growth: {
      longRun: 'long-run rate',
      atLimit: 'at limit',
      subregion: 'subregion',
      worldwide: 'worldwide',
      withWorldwide: 'with worldwide',
      worldwidePace: 'worldwide pace',
    },
    calibration: {
      pctGdp: '% of GDP',
      billions: 'bn',
      millions: 'm',
      outside: 'outside',
      target: (tuned) => `target (tuned: ${tuned})`,
      check: 'check',
    },
  },
  es: {
    headers: {
      parameters: ['id', 'símbolo', 'módulo', 'predeterminado', 'variantes baja – alta', 'permitido', 'unidad', 'evidencia', 'fuente / nota'],
      levers: ['id', 'palanca', 'módulo', 'permitido', 'unidad', 'valor base', 'marcas de referencia', 'evidencia', 'fuente'],
      anchoring: ['parámetro de la regla', 'valor', 'unidad', 'evidencia', 'justificación'],
      derivedGrowth: ['país', 'remesas', 'σ remesas', 'PIB (US$)', 'venezolanos acogidos', 'otros inmigrantes'],
      calibration: ['id', 'país, año', 'qué se contrasta', 'rango', 'escenario base', 'tipo', 'fuente'],
    },
    modules: { inflows: 'llegadas' },
    evidence: { S: 'S (observado)', D: 'D (derivado)', A: 'A (supuesto)' },
    countryBaseline: 'el costo actual del país',
    growth: {
      longRun: 'tasa de largo plazo',
      atLimit: 'en el límite',
      subregion: 'subregión',
      worldwide: 'recuento mundial',
      withWorldwide: 'con el recuento mundial',
      worldwidePace: 'ritmo mundial',
    },
    calibration: {
      pctGdp: '% del PIB',
      billions: ' mil millones',
      millions: ' millones',
      outside: 'fuera del rango',
      target: (tuned) => `meta (se ajustó: ${tuned})`,
      check: 'control',
    },
  },
};
