// English words of exported files (the workbook, the provenance line every export prints, the save dialog's file
// types, and the place and choice names files share with the screen). The screen's catalogue (renderer/i18n/messages.en.ts)
// includes them, so the app passes its t() and a translation covers the files too; the command line uses exportText(lang).
import { CHOICE_MESSAGES_EN } from '../i18n/choice-messages';

export const EXPORT_MESSAGES_EN = {
  ...CHOICE_MESSAGES_EN,
  // Printed on every exported file and image.
  'export.provenance': 'Scenario “{scenario}” · fingerprint {fingerprint} · baseline {dataset} version {version} · Puente {app} · exported {time}',
  // The save dialog's name for each kind of file (the desktop host picks it by the user's language).
  'export.fileType.pdf': 'PDF document',
  'export.fileType.png': 'PNG image',
  'export.fileType.svg': 'SVG image',
  'export.fileType.csv': 'CSV (comma-separated values)',
  'export.fileType.xlsx': 'Excel workbook',

  'workbook.sheet.about': 'About',
  'workbook.sheet.projection': 'Projection',
  'workbook.sheet.assumptions': 'Assumptions',
  'workbook.sheet.sources': 'Sources',
  'workbook.title.about': 'Puente scenario workbook: {scenario}',
  'workbook.title.projection': '{scenario}: projection {first}–{last}, {places}',
  'workbook.title.assumptions': '{scenario}: levers and parameters, baseline and scenario values',
  'workbook.title.sources': '{scenario}: where the numbers come from',
  'workbook.everyCountry': 'every country and Latin America and the Caribbean',
  'workbook.projectionNote': 'Full model precision; the formats show whole units (% of GDP: two decimals). Empty cells: no value that year. How the runs differ: see About.',
  'workbook.assumptionsNote': 'Values in the model’s own units; shares are shown as per cent. The low and high runs move every parameter the scenario does not set.',

  'workbook.col.placeCode': 'Place code',
  'workbook.col.place': 'Place',
  'workbook.col.output': 'Output',
  'workbook.col.outputId': 'Output id',
  'workbook.col.unit': 'Unit',
  'workbook.col.run': 'Run',
  'workbook.col.source': 'Source',
  'workbook.col.kind': 'Kind',
  'workbook.col.module': 'Module',
  'workbook.col.name': 'Name',
  'workbook.col.id': 'Id',
  'workbook.col.symbol': 'Symbol',
  'workbook.col.baselineValue': 'Baseline value',
  'workbook.col.scenarioValue': 'Scenario value',
  'workbook.col.changed': 'Changed',
  'workbook.col.lowRun': 'Low run',
  'workbook.col.highRun': 'High run',
  'workbook.col.evidence': 'Evidence',
  'workbook.col.note': 'Note',
  'workbook.col.usedFor': 'Used for',

  'workbook.run.baseline': 'Baseline',
  'workbook.run.scenario': 'Scenario',
  'workbook.run.low': 'Low',
  'workbook.run.high': 'High',
  'workbook.run.baselineLow': 'Baseline low',
  'workbook.run.baselineHigh': 'Baseline high',
  'workbook.kind.lever': 'Lever',
  'workbook.kind.override': 'Lever, {place} only',
  'workbook.kind.parameter': 'Parameter',
  'workbook.module.A': 'A: remittance costs',
  'workbook.module.B': 'B: regularisation',
  'workbook.module.C': 'C: absorption, fiscal balance and GDP',
  'workbook.module.inflows': 'Inflows of migrants',
  'workbook.evidence.S': 'S: seen in data',
  'workbook.evidence.D': 'D: derived from data',
  'workbook.evidence.A': 'A: assumption',
  'workbook.changed': 'changed',
  'workbook.eachCountry': 'each country’s own value',

  'workbook.source.output': 'Output: {label}',
  'workbook.source.lever': 'Lever: {label}',
  'workbook.source.parameter': 'Parameter: {label}',
  'workbook.source.dataset': 'Baseline dataset',
  'workbook.source.datasetLine': '{title} ({dataset} {version}, {baseline} + {observed} records)',
  'workbook.source.builtFrom': 'Baseline dataset, built from',
  'workbook.source.vintage': 'Baseline dataset, vintages the model uses',
  'workbook.source.paper': 'Baseline figures and caveats',
  'workbook.source.paperCitation': 'The ICMPD/UNDP paper (GFMD 2019): “Latin America and the Caribbean in the Spotlight: In Search of Better Migration Governance and Increased Cooperation”, background paper for the Global Forum on Migration and Development 2019.',

  'workbook.about.scenario': 'Scenario',
  'workbook.about.author': 'Author',
  'workbook.about.notes': 'Notes',
  'workbook.about.fingerprint': 'Scenario fingerprint',
  'workbook.about.fingerprintHint': 'A hash of the scenario’s levers, country overrides and parameters on this baseline: the same fingerprint gives the same numbers, in the app, on the command line and in every exported file.',
  'workbook.about.places': 'Places',
  'workbook.about.dataset': 'Baseline dataset',
  'workbook.about.datasetVersion': 'Baseline version',
  'workbook.about.checksum': 'Baseline checksum (SHA-256)',
  'workbook.about.madeWith': 'Made with',
  'workbook.about.app': 'Puente {version}',
  'workbook.about.exported': 'Exported',
  'workbook.about.runs': 'Runs',
  'workbook.about.runsText': 'Baseline: every lever at its baseline value and every parameter at its default. Scenario: the scenario’s levers and parameters. Low and high: the scenario with every parameter it does not set at its low or high value; the shaded range on the charts spans low, high and scenario. Baseline low and baseline high: the baseline with the same parameter values as low and high. The range of an effect (scenario − baseline) is taken within each: from the lowest to the highest of low − baseline low, high − baseline high and scenario − baseline.',
  'workbook.about.sheets': 'Sheets',
  'workbook.about.sheetsText': 'Projection: every output, year and run. Assumptions: every lever and parameter with its baseline and scenario value, evidence and source. Sources: where each number comes from.',

  // Also the screen's words: the places the model adds up.
  'region.LAC': 'Latin America and the Caribbean',
  'region.CAR': 'Caribbean',
  'region.CAM': 'Central America',
  'region.SAM': 'South America',
} as const;

export type ExportMessageKey = keyof typeof EXPORT_MESSAGES_EN;
export type ExportText = (key: ExportMessageKey, params?: Readonly<Record<string, string | number>>) => string;

/** Fills {name} placeholders without ICU (kept for callers that build their own text). */
export { fillTemplate } from '../i18n/message-format';
