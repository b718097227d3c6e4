// The baseline-mismatch rule, once: a scenario made on another baseline dataset (other id or checksum) is
// flagged when opened, recovered or restored, and on its library card.
import type { OpenedScenario } from '../host/library-types';
import type { ScenarioDocument } from '../scenario/document';

/** The baseline dataset documents are stamped with (the bundled one). */
export interface BaselineStamp {
  datasetId: string;
  checksum: string;
}

export function baselineMismatch(doc: Pick<ScenarioDocument, 'baseline'>, bundled: BaselineStamp): OpenedScenario['baselineMismatch'] {
  const b = doc.baseline;
  return b && (b.datasetId !== bundled.datasetId || b.checksum !== bundled.checksum) ? { fileDatasetId: b.datasetId, fileChecksum: b.checksum } : null;
}
