// Export and copy of one chart as an image: builds the chart's picture (chart-picture.ts) for the scenario on
// screen and hands it to the host (save dialog or download; the clipboard). Failures are reported in words through
// the notices. The chart menu on each chart and the palette commands both call exportChart.
import { createContext, useCallback, useContext, useRef } from 'react';
import { exportFileName, type ExportKind } from '../../../../shared/host/export-kinds';
import type { HostApi } from '../../../../shared/host/host-api';
import type { OutputId } from '../../../../shared/model/types';
import type { ScenarioDocument } from '../../../../shared/scenario';
import type { Engine } from '../../../compute/engine-types';
import { messageLanguage, t } from '../../../i18n/t';
import { exportErrorText } from '../../export/export-error-text';
import type { Notify } from '../../file/use-notices';
import type { ChartMode } from '../chart-text';

export type ChartAction = 'png' | 'svg' | 'copy';
/** Pixels per CSS pixel of an exported PNG. */
export const PNG_SCALE = 2;

export interface ChartExportDeps {
  engine: Engine;
  host: HostApi;
  notify: Notify;
  /** The scenario and view now (read when the action runs, not when the chart rendered). */
  document(): ScenarioDocument;
  mode(): ChartMode;
}

/** Loaded on first use: building, font embedding and rasterising are not needed until someone exports. */
const loadPageTools = () => Promise.all([import('./chart-picture'), import('./image-font'), import('./rasterise'), import('./png-text')]);

/** Runs one chart action; resolves when the file is handed over (or the failure reported). */
export async function exportChart(action: ChartAction, output: OutputId, deps: ChartExportDeps): Promise<void> {
  const label = deps.engine.outputs.find((o) => o.id === output)?.label ?? output;
  try {
    performance.mark('puente:chart-export:start');
    const [{ chartPicture }, font, raster, png] = await loadPageTools();
    const kind: ExportKind = action === 'svg' ? 'svg' : 'png';
    // An SVG file carries its font; the PNG is drawn with the page's own copy (rasterise.ts).
    const picture = await chartPicture(output, deps, await font.pageMeasure(), kind === 'svg' ? font.embeddedFontCss : async () => '');
    let data: string | Uint8Array;
    if (kind === 'svg') data = picture.image.svg();
    else {
      const pixels = await raster.chartToPng(picture.image, PNG_SCALE);
      data = png.withPngText(pixels, {
        Title: picture.meta.title,
        Source: picture.meta.source,
        Description: picture.meta.provenance,
        Software: `Puente ${deps.host.appVersion}`,
      });
    }
    performance.measure(`puente:chart-${kind}`, 'puente:chart-export:start');
    const result =
      action === 'copy' && data instanceof Uint8Array
        ? await deps.host.copyImage(data)
        : await deps.host.saveExport({ kind, name: exportFileName(picture.fileStem, kind), data, language: messageLanguage() });
    if (!result.ok) deps.notify('error', exportErrorText(result));
    else if (action === 'copy') deps.notify('info', t('chartExport.copied', { chart: label }));
  } catch (e) {
    deps.notify('error', t('chartExport.failed', { chart: label, reason: e instanceof Error ? e.message : String(e) }));
  }
}

/** What a chart's menu calls: the action and the chart's output. */
export type ChartExporter = (action: ChartAction, output: OutputId) => Promise<void>;
export const ChartExportContext = createContext<ChartExporter | null>(null);
export const useChartExporter = (): ChartExporter | null => useContext(ChartExportContext);

/** A stable exporter that reads the latest dependencies when it runs (charts are memoised and never re-render for it). */
export function useChartExport(deps: ChartExportDeps): ChartExporter {
  const latest = useRef(deps);
  latest.current = deps;
  return useCallback((action, output) => exportChart(action, output, latest.current), []);
}
