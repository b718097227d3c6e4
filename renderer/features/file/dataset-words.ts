// The data a scenario was made on, in words rather than internal ids: the paper's 2019 baseline alone (what Puente
// computed on before the observed record), or with what was observed since, each with its version. Used by the notice
// that offers to re-base a scenario made on other data.
import { baselineManifest, dataProvenance, dataStamp } from '../../../shared/data';
import type { BaselineStamp } from '../../../shared/library/baseline';
import { t } from '../../i18n/t';

export function datasetWords(stamp: BaselineStamp): string {
  const app = dataStamp();
  if (stamp.datasetId === app.datasetId) {
    return stamp.checksum === app.checksum ? t('dataset.observed', { version: dataProvenance().datasetVersion }) : t('dataset.observedOther');
  }
  const paper = baselineManifest();
  if (stamp.datasetId === paper.id) return stamp.checksum === paper.sha256 ? t('dataset.paper', { version: paper.version }) : t('dataset.paperOther');
  return t('dataset.unknown');
}
