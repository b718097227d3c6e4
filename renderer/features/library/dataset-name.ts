// The data a scenario was made on, in words: people read "the paper's baseline and the record observed to 2025",
// not `lac-baseline-2019+observed-2025` and a checksum. Known datasets have a name in the message catalogue
// (`dataset.<id>`); others are described by how they relate to the data this version computes on.
import type { BaselineStamp } from '../../../shared/library/baseline';
import { t, tMaybe } from '../../i18n/t';

const knownName = (datasetId: string): string | null => {
  const name = tMaybe(`dataset.${datasetId}`, '');
  return name === '' ? null : name;
};

export function datasetName(stamp: BaselineStamp | null, bundled: BaselineStamp): string {
  if (stamp === null) return t('dataset.notRecorded');
  if (stamp.datasetId !== bundled.datasetId) return knownName(stamp.datasetId) ?? t('dataset.other');
  const name = knownName(stamp.datasetId) ?? t('dataset.bundled');
  // The same dataset, rebuilt since (a corrected record): another edition of it.
  return stamp.checksum === bundled.checksum ? name : t('dataset.otherEdition', { name });
}
