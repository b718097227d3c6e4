// The command line's workbook (`project FILE --format xlsx --out OUT.xlsx`): the builder and writer the app uses,
// with the English words.
import { modelBaseline } from '../shared/data';
import { englishText } from '../shared/export/messages.en';
import type { ExportProvenance } from '../shared/export/provenance';
import { projectionWorkbook } from '../shared/export/workbook';
import { writeXlsx } from '../shared/export/xlsx';
import type { Projection, RegionId } from '../shared/model/types';
import type { ScenarioDocument } from '../shared/scenario';

export function projectXlsx(projection: Projection, places: readonly RegionId[], document: ScenarioDocument, provenance: ExportProvenance): Promise<Uint8Array> {
  return writeXlsx(projectionWorkbook({ projection, places, document, provenance, baseline: modelBaseline() }, englishText));
}
