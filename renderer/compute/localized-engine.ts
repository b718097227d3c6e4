// The engine as the screen shows it in one language: the same model and data, with the model's words (labels,
// descriptions, sources) from data/model/text/<lang>.json and country names from Intl. Built once per language and
// kept, so switching back and forth hands components the same objects (their memos hold).
import { countryName } from '../../shared/i18n/country-codes';
import type { Language } from '../../shared/i18n/languages';
import { applyModelText } from '../../shared/i18n/model-text';
import { modelTextFor } from '../../shared/i18n/model-text-data';
import type { Engine } from './engine-types';

const built = new WeakMap<Engine, Map<Language, Engine>>();

function build(engine: Engine, language: Language) {
  let byLanguage = built.get(engine);
  if (!byLanguage) {
    byLanguage = new Map();
    built.set(engine, byLanguage);
  }
  let entry = byLanguage.get(language);
  if (!entry) {
    const { levers, parameters, outputs } = applyModelText(engine, modelTextFor(language));
    const aggregates = engine.regions.filter((r) => r.kind === 'aggregate');
    const countries = engine.regions
      .filter((r) => r.kind === 'country')
      .map((r) => ({ ...r, name: countryName(r.id, language, r.name) }))
      .sort((a, b) => a.name.localeCompare(b.name, language));
    // The baseline figures name countries by ISO3 id (bars of places outside the region too).
    const figures = () =>
      engine.figures().map((f) => ({ ...f, bars: f.bars.map((b) => ({ ...b, label: countryName(b.id, language, b.label) })) }));
    entry = { ...engine, levers, parameters, outputs, regions: [...aggregates, ...countries], figures };
    byLanguage.set(language, entry);
  }
  return entry;
}

export function localizeEngine(engine: Engine, language: Language): Engine {
  return language === 'en' ? engine : build(engine, language);
}
