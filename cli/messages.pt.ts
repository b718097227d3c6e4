// The command line's words in Brazilian Portuguese.
import type { CliMessageKey } from './messages.en';

export const CLI_MESSAGES_PT = {
  'cli.wrote': '{file} gravado',
  'cli.noBrowser': 'não há navegador para imprimir o relatório.',
  'cli.badCountry': '--country {country} não é um código de país nem de região; use um código ISO3 como COL, ou LAC, CAR, CAM, SAM.',
} as const satisfies Record<CliMessageKey, string>;
