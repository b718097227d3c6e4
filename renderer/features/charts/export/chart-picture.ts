// The picture of one output's chart for the scenario, place and chart mode on screen: the chart image (chart-
// image.ts) with its words from the catalogue, the source and provenance lines, and the bundled font embedded.
import { exportProvenance, provenanceLine } from '../../../../shared/export/provenance';
import { fileNamePart } from '../../../../shared/host/export-kinds';
import type { OutputDef, OutputId } from '../../../../shared/model/types';
import { toScenarioInputs } from '../../../../shared/scenario';
import { placeName } from '../../../compute/place-name';
import { formatAxis } from '../../../i18n/format';
import { t } from '../../../i18n/t';
import { chartData } from '../chart-data';
import { latestFigure, sourceLine, unitLabel } from '../chart-text';
import type { ChartExportDeps } from './chart-export';
import { chartImage, type ChartImage, type ChartImageLabels, type MeasureText } from './chart-image';
import { withShownName } from '../../file/scenario-name';

const LABELS = (): ChartImageLabels => ({
  scenario: t('charts.scenario'),
  baseline: t('charts.baseline'),
  band: t('charts.band'),
  paper: t('charts.paper'),
  observed: t('charts.observed'),
  difference: t('charts.differenceSeries'),
  zero: t('charts.baselineZero'),
});

export interface ChartPicture {
  def: OutputDef;
  image: ChartImage;
  /** Title, source and provenance, for the file's metadata. */
  meta: { title: string; source: string; provenance: string };
  fileStem: string;
}

/** The picture of one output's chart for the scenario, place and mode on screen. */
export async function chartPicture(output: OutputId, deps: ChartExportDeps, measure: MeasureText, fontCss: (text: string) => Promise<string>): Promise<ChartPicture> {
  const doc = withShownName(deps.document());
  const def = deps.engine.outputs.find((o) => o.id === output);
  if (!def) throw new Error(`no chart for ${output}`);
  const region = doc.view.region;
  const mode = deps.mode();
  // Projected afresh (under a millisecond), so the numbers are those of the scenario the fingerprint names, even
  // while the screen is still catching up with a lever being dragged.
  const projection = deps.engine.project(toScenarioInputs(doc));
  const data = chartData(deps.engine, projection, region, output);
  const markers = data.markers;
  const rows = data.rows ?? [];
  const place = placeName(deps.engine, region);
  const provenance = exportProvenance(doc, deps.host.appVersion, new Date());
  const title = t('chartExport.title', { chart: def.label, place });
  const unit = t('charts.unit', { unit: unitLabel(def, mode) });
  const latest = latestFigure(rows, def, mode);
  const source = sourceLine(def, markers);
  const provenanceText = provenanceLine(provenance, t);
  const subtitle = latest ? `${unit} · ${latest}` : unit;
  const badge = def.assumptionDriven ? t('charts.assumptionBadge') : null;
  const css = await fontCss([title, subtitle, source, provenanceText, badge ?? '', ...Object.values(LABELS())].join(' '));
  const image = chartImage({
    title,
    badge,
    subtitle,
    mode,
    rows,
    markers,
    formatTick: (v) => formatAxis(v, def.unit, { signed: mode === 'difference' }),
    labels: LABELS(),
    footer: [source, provenanceText],
    fontCss: css,
    measure,
  });
  return {
    def,
    image,
    meta: { title, source, provenance: provenanceText },
    fileStem: t('chartExport.fileName', { scenario: fileNamePart(doc.name), chart: def.label, place }),
  };
}

