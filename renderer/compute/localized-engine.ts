// The engine as the screen shows it in one language and region format: the same model and data, with the model's
// words (labels, descriptions, sources) from data/model/text/<lang>.json (English from data/model/*.json), the numbers
// inside them in the region format ("0,56" under es-CO, "0.56" under es-MX), and country names from Intl. Built once
// per language and format and kept, so switching back and forth hands components the same objects (their memos hold).
import { countryName } from '../../shared/i18n/country-codes';
import type { Language } from '../../shared/i18n/languages';
import { applyModelText } from '../../shared/i18n/model-text';
import { englishModelText, modelTextFor } from '../../shared/i18n/model-text-data';
import type { Engine } from './engine-types';

const built = new WeakMap<Engine, Map<string, Engine>>();

function build(engine: Engine, language: Language, formatLocale: string): Engine {
  const { levers, parameters, outputs } = applyModelText(engine, modelTextFor(language) ?? englishModelText(), formatLocale);
  // English keeps the data's own place names.
  if (language === 'en') return { ...engine, levers, parameters, outputs };
  const aggregates = engine.regions.filter((r) => r.kind === 'aggregate');
  const countries = engine.regions
    .filter((r) => r.kind === 'country')
    .map((r) => ({ ...r, name: countryName(r.id, language, r.name) }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
  // The baseline figures name countries by ISO3 id (bars of places outside the region too).
  const figures = () =>
    engine.figures().map((f) => ({ ...f, bars: f.bars.map((b) => ({ ...b, label: countryName(b.id, language, b.label) })) }));
  return { ...engine, levers, parameters, outputs, regions: [...aggregates, ...countries], figures };
}

/** The engine in `language`, with the numbers inside the model's words in the region format `formatLocale`. */
export function localizeEngine(engine: Engine, language: Language, formatLocale: string): Engine {
  let byLocale = built.get(engine);
  if (!byLocale) {
    byLocale = new Map();
    built.set(engine, byLocale);
  }
  const key = `${language}|${formatLocale}`;
  let entry = byLocale.get(key);
  if (!entry) {
    entry = build(engine, language, formatLocale);
    byLocale.set(key, entry);
  }
  return entry;
}
