// The command line's own words, in English; messages.{es,pt,fr}.ts translate every key (a missing one does not
// compile). `--lang` picks the catalogue. Argument errors and the usage text are still English (see README).
export const CLI_MESSAGES_EN = {
  'cli.wrote': 'wrote {file}',
  'cli.noBrowser': 'no browser to print the report with.',
  'cli.badCountry': '--country {country} is not a country code or region; use an ISO3 code such as COL, or LAC, CAR, CAM, SAM.',
} as const;

export type CliMessageKey = keyof typeof CLI_MESSAGES_EN;
