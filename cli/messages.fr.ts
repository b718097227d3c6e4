// The command line's words in French.
import type { CliMessageKey } from './messages.en';

export const CLI_MESSAGES_FR = {
  'cli.wrote': '{file} écrit',
  'cli.noBrowser': 'aucun navigateur pour imprimer le rapport.',
  'cli.badCountry': '--country {country} n’est pas un code de pays ni de région ; utilisez un code ISO3 comme COL, ou LAC, CAR, CAM, SAM.',
} as const satisfies Record<CliMessageKey, string>;
