// Pieces every slide shares: its heading, the assumption badge, scenario letters and legend marks.
import type { ReactNode } from 'react';
import type { OutputDef, OutputId } from '../../../shared/model/types';
import { t } from '../../i18n/t';
import { inkOn, SCENARIO_LETTERS, unitLabel } from './slide-layout';

/** A slide's heading: the title (and a badge after it), and a subtitle that gives way to the lever strip. */
export function SlideHead({ title, subtitle, badge, showSubtitle = true }: { title: string; subtitle: string; badge?: ReactNode; showSubtitle?: boolean }) {
  return (
    <header className="slide__head">
      <h2 className="slide__title">
        {title}
        {badge}
      </h2>
      {showSubtitle && <p className="slide__subtitle">{subtitle}</p>}
    </header>
  );
}

/** The "driven by assumptions" badge, as on the screen's charts. */
export function AssumptionBadge({ def }: { def: OutputDef | undefined }) {
  if (!def?.assumptionDriven) return null;
  return <span className="slide__badge">{t('charts.assumptionBadge')}</span>;
}

/** A scenario's letter on its colour (the text colour that reads on it). */
export function ScenarioLetter({ index, colour }: { index: number; colour: string }) {
  return (
    <span className="scenario-letter" style={{ background: colour, color: inkOn(colour) }} aria-hidden="true">
      {SCENARIO_LETTERS[index]}
    </span>
  );
}

/** A short line sample for a legend
: solid, dashed or a band. */
export function LegendMark({ kind, colour }: { kind: 'line' | 'dashed' | 'band' | 'paper' | 'observed'; colour?: string }) {
  return <span className={`slide-mark slide-mark--${kind}`} style={colour ? { borderColor: colour } : undefined} aria-hidden="true" />;
}

interface ChartSlideLayoutProps {
  output: OutputId;
  def: OutputDef | undefined;
  place: string;
  /** The lever strip is showing: the subtitle gives way. */
  compact: boolean;
  hidden: boolean;
  /** Replay progress (1: idle). */
  progress: number;
  /** The revealed line is drawing on. */
  drawing: boolean;
  /** The chart (axes and series); null when the place has no data for the output. */
  chart: ReactNode | null;
  /** The column beside the chart: key figure and legend. */
  side: ReactNode;
  source: string;
}

/** The frame of a chart slide (one scenario or a comparison): heading, chart, the column beside it, source line. */
export function ChartSlideLayout({ output, def, place, compact, hidden, progress, drawing, chart, side, source }: ChartSlideLayoutProps) {
  return (
    <>
      <SlideHead title={def?.label ?? output} subtitle={t('present.placeUnit', { place, unit: unitLabel(def) })} badge={<AssumptionBadge def={def} />} showSubtitle={!compact} />
      <div className="slide__body slide-chart">
        <figure
          className={`slide-chart__plot${drawing ? ' is-drawing' : ''}`}
          data-testid="slide-chart"
          data-hidden={hidden}
          data-replay={progress < 1 ? 'running' : 'idle'}
          aria-label={t('compare.chartLabel', { output: def?.label ?? output, place })}
        >
          {chart ?? <p className="slide__empty">{t('charts.noData')}</p>}
        </figure>
        {side}
      </div>
      <p className="slide__source">{t('charts.source', { source })}</p>
    </>
  );
}
