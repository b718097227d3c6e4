// The values of choice levers in words ("medium" → "Media"), as the lever panel names them: shared by the screen,
// the exported files and the command line's wording of a refused scenario file, so they are spread into each catalogue.

export const CHOICE_MESSAGES_EN = {
  'levers.choice.low': 'Low',
  'levers.choice.medium': 'Medium',
  'levers.choice.high': 'High',
  'levers.choice.custom': 'Custom',
  'levers.choice.central': 'Central',
  'levers.choice.as-implemented': 'As implemented',
  'levers.choice.none-since-2019': 'None since 2019',
} as const;

export type ChoiceMessageKey = keyof typeof CHOICE_MESSAGES_EN;

export const CHOICE_MESSAGES_ES: Readonly<Record<ChoiceMessageKey, string>> = {
  'levers.choice.low': 'Baja',
  'levers.choice.medium': 'Media',
  'levers.choice.high': 'Alta',
  'levers.choice.custom': 'Personalizada',
  'levers.choice.central': 'Central',
  'levers.choice.as-implemented': 'Tal como se aplicaron',
  'levers.choice.none-since-2019': 'Ninguno desde 2019',
};

export const CHOICE_MESSAGES_PT: Readonly<Record<ChoiceMessageKey, string>> = {
  'levers.choice.low': 'Baixa',
  'levers.choice.medium': 'Média',
  'levers.choice.high': 'Alta',
  'levers.choice.custom': 'Personalizada',
  'levers.choice.central': 'Central',
  'levers.choice.as-implemented': 'Conforme implementados',
  'levers.choice.none-since-2019': 'Nenhum desde 2019',
};

export const CHOICE_MESSAGES_FR: Readonly<Record<ChoiceMessageKey, string>> = {
  'levers.choice.low': 'Faible',
  'levers.choice.medium': 'Moyenne',
  'levers.choice.high': 'Élevée',
  'levers.choice.custom': 'Personnalisée',
  'levers.choice.central': 'Centrale',
  'levers.choice.as-implemented': 'Tels qu’appliqués',
  'levers.choice.none-since-2019': 'Aucun depuis 2019',
};
