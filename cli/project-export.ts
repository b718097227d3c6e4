// The command line's workbook (`project FILE --format xlsx --out OUT.xlsx`): the builder and writer the app uses,
// with the words of the chosen language (--lang): headings, the model's labels, units and sources, place names.
import { modelBaseline } from '../shared/data';
import { exportWords } from '../shared/export/export-words';
import type { Language } from '../shared/i18n/languages';
import type { ExportProvenance } from '../shared/export/provenance';
import { projectionWorkbook } from '../shared/export/workbook';
import { writeXlsx } from '../shared/export/xlsx';
import type { Projection, RegionId } from '../shared/model/types';
import type { ScenarioDocument } from '../shared/scenario';

export function projectXlsx(projection: Projection, places: readonly RegionId[], document: ScenarioDocument, provenance: ExportProvenance, language: Language = 'en', formatLocale?: string): Promise<Uint8Array> {
  return writeXlsx(projectionWorkbook({ projection, places, document, provenance, baseline: modelBaseline() }, exportWords(language, undefined, formatLocale)));
}
