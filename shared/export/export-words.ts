// The words an exported file prints in one language: its headings (the export catalogue), the model's labels,
// units, sources and notes (data/model/text/<lang>.json, as the screen shows them) and the places' names (the
// screen's region names, Intl's country names). Ids, codes and numbers are the same in every language.
import { regionName } from '../data';
import { countryName } from '../i18n/country-codes';
import { MAIN_REGION_FORMAT, type Language } from '../i18n/languages';
import { modelCataloguesIn, modelTextFor } from '../i18n/model-text-data';
import { AGGREGATE_IDS } from '../model/regions';
import type { AggregateId, LeverDef, OutputDef, OutputId, ParameterDef, RegionId } from '../model/types';
import { exportText } from './catalogues';
import { EXPORT_MESSAGES_EN, type ExportMessageKey, type ExportText } from './messages.en';

export interface ExportWords {
  /** Headings and fixed words: the app's t(), or exportText(language). */
  text: ExportText;
  /** The model's catalogues with their labels, sources and notes in the export's language. */
  levers: readonly LeverDef[];
  parameters: readonly ParameterDef[];
  outputs: readonly OutputDef[];
  output(id: OutputId): OutputDef | undefined;
  /** A model unit ("share per year", "% of GDP") in words of the export's language. */
  unit(modelUnit: string): string;
  /** A place's name: a region's from the catalogue ("América del Sur"), a country's from Intl ("Brasil"). */
  place(id: RegionId): string;
  /** A choice lever's value in words ("medium" → "Media"); a value without words stays as it is. */
  choice(value: string): string;
}

const isAggregate = (id: RegionId): id is AggregateId => (AGGREGATE_IDS as readonly string[]).includes(id);
const isMessageKey = (key: string): key is ExportMessageKey => key in EXPORT_MESSAGES_EN;

/**
 * The words of an export in `language`; `text` is the caller's catalogue when it has one (the app's t()), and
 * `formatLocale` the region format of the numbers inside the model's words (the screen's, else the language's main region).
 */
export function exportWords(language: Language, text: ExportText = exportText(language), formatLocale: string = MAIN_REGION_FORMAT[language]): ExportWords {
  const { levers, parameters, outputs, unitWords } = modelCataloguesIn(language, formatLocale);
  // applyModelText words the units of levers and parameters; the outputs' units are words of their own.
  const outputText = modelTextFor(language)?.outputs;
  const outputUnits = new Map<string, string>(outputs.map((o) => [o.unit, outputText?.[o.id]?.unit ?? o.unit]));
  const byId = new Map(outputs.map((o) => [o.id, o]));
  return {
    text,
    levers,
    parameters,
    outputs,
    output: (id) => byId.get(id),
    unit: (modelUnit) => unitWords.get(modelUnit) ?? outputUnits.get(modelUnit) ?? modelUnit,
    place: (id) => (isAggregate(id) ? text(`region.${id}`) : countryName(id, language, regionName(id))),
    choice: (value) => {
      const key = `levers.choice.${value}`;
      return isMessageKey(key) ? text(key) : value;
    },
  };
}
