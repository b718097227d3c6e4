// File ▸ Export Projection as CSV / Excel: asks for the place on screen or every country, builds the file with the
// same shared builders the command line uses, in the screen's language, and hands it to the host (save dialog or
// download). The workbook builder and writer are loaded on first use, so they do not weigh on the screen's start-up.
import { useCallback, useRef } from 'react';
import { csvFile } from '../../../shared/csv';
import { exportWords } from '../../../shared/export/export-words';
import { exportPlaces, type PlaceChoice } from '../../../shared/export/places';
import { projectionCsv } from '../../../shared/export/projection-csv';
import { exportProvenance } from '../../../shared/export/provenance';
import { exportFileName, fileNamePart } from '../../../shared/host/export-kinds';
import type { HostApi } from '../../../shared/host/host-api';
import { toScenarioInputs, type ScenarioDocument } from '../../../shared/scenario';
import type { Engine } from '../../compute/engine-types';
import { placeName } from '../../compute/place-name';
import { numberLocale } from '../../i18n/format';
import { messageLanguage, t } from '../../i18n/t';
import type { Dialogs } from '../file/use-dialog';
import type { Notify } from '../file/use-notices';
import { exportErrorText } from './export-error-text';
import { withShownName } from '../file/scenario-name';

export type DataFormat = 'csv' | 'xlsx';

interface Deps {
  engine: Engine;
  host: HostApi;
  dialogs: Dialogs;
  notify: Notify;
  document(): ScenarioDocument;
}

/** The file's bytes or text: CSV at once, the workbook through the lazily loaded writer. */
async function buildFile(format: DataFormat, doc: ScenarioDocument, engine: Engine, choice: PlaceChoice, appVersion: string): Promise<string | Uint8Array> {
  const projection = engine.project(toScenarioInputs(doc));
  const places = exportPlaces(engine.baseline, choice);
  const provenance = exportProvenance(doc, appVersion, new Date());
  // The model's words and place names as the screen shows them; the headings from the screen's catalogue.
  const words = exportWords(messageLanguage(), t, numberLocale());
  if (format === 'csv') return csvFile(projectionCsv(projection, places, provenance, words));
  const [{ projectionWorkbook }, { writeXlsx }] = await Promise.all([import('../../../shared/export/workbook'), import('../../../shared/export/xlsx')]);
  return writeXlsx(projectionWorkbook({ projection, places, document: doc, provenance, baseline: engine.baseline }, words));
}

export function useDataExport(deps: Deps): (format: DataFormat) => Promise<void> {
  const latest = useRef(deps);
  latest.current = deps;
  return useCallback(async (format: DataFormat) => {
    const { engine, host, dialogs, notify, document } = latest.current;
    const doc = withShownName(document());
    const region = doc.view.region;
    const place = placeName(engine, region);
    const answer = await dialogs.ask({
      title: t(`dataExport.title.${format}`),
      message: t('dataExport.message', { place }),
      actions: [
        { id: 'place', label: place, tone: 'primary' },
        { id: 'every', label: t('dataExport.everyCountry') },
      ],
    });
    if (answer === null) return;
    const every = answer.action === 'every';
    const choice: PlaceChoice = every ? { kind: 'every-country' } : { kind: 'place', id: region };
    try {
      const data = await buildFile(format, doc, engine, choice, host.appVersion);
      const stem = t('dataExport.fileName', { scenario: fileNamePart(doc.name), places: every ? t('dataExport.fileEvery') : place });
      const result = await host.saveExport({ kind: format, name: exportFileName(stem, format), data, language: messageLanguage() });
      if (!result.ok) notify('error', exportErrorText(result));
    } catch (e) {
      notify('error', t('dataExport.failed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  }, []);
}
