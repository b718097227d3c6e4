// The projection as CSV: one row per place, output and run, one column per year, and the provenance on every
// row (scenario, fingerprint, baseline) so a row pasted elsewhere still says where it comes from. The command
// line (`project --format csv`) and the app's File ▸ Export Projection as CSV both print it through here.
// Column names, run and output ids and unit codes are stable identifiers for scripts, the same in every language;
// the place's name and the output's source are words, in the export's language. Values are the model's full precision.
import { toCsv, type CsvCell } from '../csv';
import { OUTPUT_IDS, RUN_IDS, type Projection, type RegionId } from '../model/types';
import type { ExportWords } from './export-words';
import { namedPlaces } from './places';
import type { ExportProvenance } from './provenance';

const CSV_COLUMNS = ['scenario', 'fingerprint', 'baseline_dataset', 'baseline_version', 'region', 'place', 'run', 'output', 'unit'] as const;

export function projectionCsv(projection: Projection, places: readonly RegionId[], provenance: ExportProvenance, words: Pick<ExportWords, 'output' | 'place'>): string {
  const rows: CsvCell[][] = [[...CSV_COLUMNS, ...projection.years.map(String), 'source']];
  const fixed = [provenance.scenarioName, provenance.fingerprint, provenance.datasetId, provenance.datasetVersion];
  for (const place of namedPlaces(projection, places, words.place)) {
    for (const output of OUTPUT_IDS) {
      const def = words.output(output);
      for (const run of RUN_IDS) rows.push([...fixed, place.id, place.name, run, output, def?.unit, ...place.runs[run][output], def?.source]);
    }
  }
  return toCsv(rows);
}
