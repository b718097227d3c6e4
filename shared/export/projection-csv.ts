// The projection as CSV: one row per place, output and run, one column per year, and the provenance on every
// row (scenario, fingerprint, baseline) so a row pasted elsewhere still says where it comes from. The command
// line (`project --format csv`) and the app's File ▸ Export Projection as CSV both print it through here.
// Column names are stable identifiers for scripts, not words for a screen; values are the model's full precision.
import { toCsv, type CsvCell } from '../csv';
import { outputDef } from '../model/catalogue';
import { OUTPUT_IDS, RUN_IDS, type Projection, type RegionId } from '../model/types';
import { namedPlaces } from './places';
import type { ExportProvenance } from './provenance';


const CSV_COLUMNS = ['scenario', 'fingerprint', 'baseline_dataset', 'baseline_version', 'region', 'place', 'run', 'output', 'unit'] as const;

export function projectionCsv(projection: Projection, places: readonly RegionId[], provenance: ExportProvenance): string {
  const rows: CsvCell[][] = [[...CSV_COLUMNS, ...projection.years.map(String), 'source']];
  const fixed = [provenance.scenarioName, provenance.fingerprint, provenance.datasetId, provenance.datasetVersion];
  for (const place of namedPlaces(projection, places)) {
    for (const output of OUTPUT_IDS) {
      const def = outputDef(output);
      for (const run of RUN_IDS) rows.push([...fixed, place.id, place.name, run, output, def?.unit, ...place.runs[run][output], def?.source]);
    }
  }
  return toCsv(rows);
}
