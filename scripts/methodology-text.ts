// The words from data that each edition of the methodology's generated tables prints: the model's catalogues in the
// edition's language (data/model/text/<lang>.json, applied as the app applies them), the unit and choice words, and
// the Spanish of the anchoring rule's reasons and the calibration targets (data/model/text/methodology.es.json).
import { z } from 'zod';
import methodologyEs from '../data/model/text/methodology.es.json';
import { modelCataloguesIn, modelTextFor } from '../shared/i18n/model-text-data';
import type { LeverDef, ParameterDef } from '../shared/model/types';
import type { TableLanguage } from './methodology-words';

export interface TableText {
  levers: readonly LeverDef[];
  parameters: readonly ParameterDef[];
  /** A unit code of data/model ("share per year") in the edition's words. */
  unit(english: string): string;
  /** A lever choice: its code, with its label where the edition's language names it ("medium (Media)"). */
  choice(leverId: string, value: string): string;
  /** An anchoring setting's reason (data/model/anchoring.json `why`). */
  anchoring(english: string): string;
  /** A calibration target's what, source or tuned (data/model/calibration.json); a list of parameter ids as it is. */
  calibration(english: string): string;
}

/** A calibration target's `tuned` that names parameters only ("revenueBasePerMigrantUsd, revenuePerFormalJobUsd"): ids, the same in every edition. */
export const isIdList = (text: string): boolean => /^\w+(, \w+)*$/.test(text);

const phrasebookSchema = z.strictObject({
  about: z.string(),
  anchoring: z.record(z.string(), z.string().min(1)),
  calibration: z.record(z.string(), z.string().min(1)),
});

function english(): TableText {
  const { levers, parameters } = modelCataloguesIn('en');
  return { levers, parameters, unit: (u) => u, choice: (_id, value) => value, anchoring: (s) => s, calibration: (s) => s };
}

function spanish(): TableText {
  // Numbers as the edition's prose writes them (0.508; 1,174,743): Latin American Spanish.
  const { levers, parameters, unitWords } = modelCataloguesIn('es', 'es-419');
  const modelText = modelTextFor('es');
  const phrasebook = phrasebookSchema.parse(methodologyEs);
  const translated = (section: 'anchoring' | 'calibration') => (english: string) => {
    if (section === 'calibration' && isIdList(english)) return english;
    const words = phrasebook[section][english];
    // An edited English text has no translation yet: stop rather than print English in the Spanish edition.
    if (words === undefined) throw new Error(`data/model/text/methodology.es.json has no Spanish for the ${section} text "${english}"`);
    return words;
  };
  return {
    levers,
    parameters,
    unit: (u) => {
      const words = unitWords.get(u);
      if (words === undefined) throw new Error(`data/model/text/es.json gives no Spanish for the unit "${u}"`);
      return words;
    },
    choice: (id, value) => {
      const label = modelText?.levers[id]?.choices?.[value]?.label;
      return label === undefined ? `\`${value}\`` : `\`${value}\` (${label})`;
    },
    anchoring: translated('anchoring'),
    calibration: translated('calibration'),
  };
}

const BUILD: Readonly<Record<TableLanguage, () => TableText>> = { en: english, es: spanish };
const texts = new Map<TableLanguage, TableText>();

/** The data's words for the tables of one edition, built on first use. */
export function tableText(language: TableLanguage): TableText {
  let text = texts.get(language);
  if (!text) {
    text = BUILD[language]();
    texts.set(language, text);
  }
  return text;
}
