// The command line's words in Spanish (neutral Latin American).
import type { CliMessageKey } from './messages.en';

export const CLI_MESSAGES_ES = {
  'cli.wrote': 'se escribió {file}',
  'cli.noBrowser': 'no hay un navegador con el cual imprimir el informe.',
  'cli.badCountry': '--country {country} no es un código de país ni de región; use un código ISO3 como COL, o LAC, CAR, CAM, SAM.',
} as const satisfies Record<CliMessageKey, string>;
