// One output of the scenario against the baseline: the chart as on the screen (scenario, grey dashed baseline,
// low–high range, the paper's points), its 2030 key figure in large type, a legend that states each line's 2030
// value, and the source line. R hides the scenario so the room can guess; P replays it from the baseline.
import { useMemo } from 'react';
import type { OutputId } from '../../../shared/model/types';
import { formatCompact } from '../../i18n/format';
import { t } from '../../i18n/t';
import { TARGET_YEAR } from '../cards/key-figures';
import { chartData } from '../charts/chart-data';
import { sourceText } from '../charts/chart-text';
import { SeriesLayer } from '../charts/SeriesLayer';
import { deckView } from './deck';
import { rowsAt, withoutScenario } from './replay';
import { SlideAxes, useSteadyAxis } from './SlideChart';
import { figureAt } from './slide-figures';
import { fitFont, regionLabel } from './slide-layout';
import { ChartSlideLayout, LegendMark } from './slide-parts';
import { useDrawOn, useReplay, type DeckData } from './use-presentation';

interface ChartSlideProps {
  output: OutputId;
  data: DeckData;
  hidden: boolean;
  replayToken: number | null;
  /** The lever strip is showing: the legend keeps only the scenario and the baseline, to leave the chart room. */
  compact: boolean;
}

/** Width of the key-figure column (design px). */
const SIDE_WIDTH = 400;

export function ChartSlide({ output, data, hidden, replayToken, compact }: ChartSlideProps) {
  const { engine, input, projections } = data;
  const region = deckView(input).region;
  const def = engine.outputs.find((o) => o.id === output);
  const unit = def?.unit ?? 'persons';
  const projection = projections[0];
  const chart = useMemo(() => (projection ? chartData(engine, projection, region, output) : null), [engine, projection, region, output]);
  const markers = useMemo(() => chart?.markers ?? [], [chart]);
  const rows = chart?.rows ?? null;
  const progress = useReplay(replayToken);
  const drawing = useDrawOn(hidden);
  const drawn = useMemo(() => (rows === null ? null : hidden ? withoutScenario(rows) : rowsAt(rows, progress)), [rows, hidden, progress]);
  // The axis spans the scenario even while it is hidden, so revealing it never rescales the chart.
  const axisValues = useMemo(
    () => [...(rows ?? []).flatMap((r) => [r.scenario, r.baseline, r.observed, r.band?.[0], r.band?.[1]]), ...markers.map((m) => m.value)],
    [rows, markers],
  );
  const axis = useSteadyAxis(axisValues, true);
  const sources = def ? sourceText(def, markers) : '';

  const figure = figureAt(rows, TARGET_YEAR);
  const year = figure?.year ?? TARGET_YEAR;
  const value = (v: number | null | undefined, signed = false) =>
    v === null || v === undefined ? '–' : formatCompact(v, unit, { signed, difference: signed });
  const change = hidden ? t('present.guessValue') : value(figure?.change, true);
  const place = regionLabel(engine, region);

  return (
    <ChartSlideLayout
      output={output}
      def={def}
      place={place}
      compact={compact}
      hidden={hidden}
      progress={progress}
      drawing={drawing}
      source={sources}
      chart={
        drawn && (
          <SlideAxes years={projection?.years ?? []} unit={unit} axis={axis}>
            <SeriesLayer rows={drawn} mode="levels" yDomain={axis.domain} paperPoints={markers} lastObserved={chart?.lastObserved ?? null} yearLabels={false} />
          </SlideAxes>
        )
      }
      side={
        <aside className="slide-figure">
          <p className="slide-figure__year">{t('present.inYear', { year })}</p>
          <p className="slide-figure__value" data-testid="slide-key-figure" style={{ fontSize: fitFont(change, SIDE_WIDTH, compact ? 56 : 72, 32) }}>
            {change}
          </p>
          <p className="slide-figure__label">{hidden ? t('present.guess', { year }) : t('present.change')}</p>
          <ul className="slide-legend" aria-label={t('charts.legend')}>
            <li data-testid="slide-legend-scenario">
              <LegendMark kind="line" />
              {t('present.scenarioValue', { value: hidden ? t('present.guessValue') : value(figure?.scenario) })}
            </li>
            <li>
              <LegendMark kind="dashed" />
              {t('present.baselineValue', { value: value(figure?.baseline) })}
            </li>
            {figure?.range && !hidden && !compact && (
              <li>
                <LegendMark kind="band" />
                {t('present.range', { low: value(figure.range[0]), high: value(figure.range[1]) })}
              </li>
            )}
            {markers.length > 0 && !compact && (
              <li>
                <LegendMark kind="paper" />
                {t('charts.paper')}
              </li>
            )}
            {chart?.lastObserved != null && !compact && (
              <li>
                <LegendMark kind="observed" />
                {t('present.observedTo', { year: chart.lastObserved })}
              </li>
            )}
          </ul>
        </aside>
      }
    />
  );
}
