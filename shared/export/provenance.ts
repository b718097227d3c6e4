// What every exported file says about where its numbers come from: the scenario, its fingerprint, the baseline
// dataset it was computed on, the app and the time. One record, filled once per export, printed by the CSV, the
// workbook and the chart images alike.
import { dataProvenance, dataStamp } from '../data';
import type { ScenarioDocument } from '../scenario/document';
import { scenarioFingerprint } from '../scenario/fingerprint';
import type { ExportText } from './messages.en';

export interface ExportProvenance {
  scenarioName: string;
  /** scenarioFingerprint of the scenario as computed: its assumptions on the baseline the numbers come from. */
  fingerprint: string;
  datasetId: string;
  datasetVersion: string;
  /** SHA-256 of the data the model runs on (the paper-era baseline and the observed record together). */
  datasetChecksum: string;
  appVersion: string;
  /** When the file was made, ISO 8601 in UTC ("2026-03-04T09:15:00.000Z"). */
  exportedAt: string;
}

type Assumptions = Pick<ScenarioDocument, 'schemaVersion' | 'levers' | 'countries' | 'parameters'>;

/**
 * The fingerprint of the numbers an export shows. Results are always computed on the bundled baseline, whatever
 * baseline a file was saved on (or none, for a scenario never saved), so the fingerprint is taken with that
 * baseline: the same assumptions give the same fingerprint in the app, on the command line and in every output.
 */
export function computedFingerprint(doc: Assumptions): string {
  return scenarioFingerprint({ ...doc, baseline: dataStamp() });
}

export function exportProvenance(doc: Assumptions & Pick<ScenarioDocument, 'name'>, appVersion: string, now: Date): ExportProvenance {
  return {
    scenarioName: doc.name,
    fingerprint: computedFingerprint(doc),
    datasetId: dataProvenance().datasetId,
    datasetVersion: dataProvenance().datasetVersion,
    datasetChecksum: dataProvenance().checksum,
    appVersion,
    exportedAt: now.toISOString(),
  };
}

/** "2026-03-04 09:15 UTC": the export time as printed in files (a reader in any time zone knows what it means). */
export function printedTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** The one line of provenance every export prints: scenario, fingerprint, baseline and version, app, time. */
export function provenanceLine(p: ExportProvenance, text: ExportText): string {
  return text('export.provenance', {
    scenario: p.scenarioName,
    fingerprint: p.fingerprint,
    dataset: p.datasetId,
    version: p.datasetVersion,
    app: p.appVersion,
    time: printedTime(p.exportedAt),
  });
}
