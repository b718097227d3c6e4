// Several scenarios and the baseline on shared axes for one output and place: the deck's own scenarios (chosen in
// the library), or the comparison on screen when the open scenario is presented. Each line ends in its scenario's
// letter, and the legend states every scenario's 2030 value and change against the baseline.
import { useMemo } from 'react';
import type { OutputId, RegionId } from '../../../shared/model/types';
import { t } from '../../i18n/t';
import { TARGET_YEAR } from '../cards/key-figures';
import { sourceText } from '../charts/chart-text';
import { compareRows } from '../compare/compare-data';
import type { DeckScenario } from './deck';
import { CompareLayer, SlideAxes, useSteadyAxis } from './SlideChart';
import { bareValue, regionLabel, SCENARIO_LETTERS, unitLabel } from './slide-layout';
import { ChartSlideLayout, LegendMark, ScenarioLetter } from './slide-parts';
import { useDrawOn, useReplay, type DeckData } from './use-presentation';
import { scenarioName } from '../file/scenario-name';

interface CompareSlideProps {
  output: OutputId;
  region: RegionId;
  group: 'deck' | 'comparison';
  data: DeckData;
  hidden: boolean;
  replayToken: number | null;
  /** The lever strip is showing: one line per scenario in the legend. */
  compact: boolean;
}

export function CompareSlide({ output, region, group, data, hidden, replayToken, compact }: CompareSlideProps) {
  const { engine, input } = data;
  const scenarios = useMemo<readonly DeckScenario[]>(() => (group === 'deck' ? input.scenarios : (input.comparison?.scenarios ?? [])), [group, input]);
  const projections = group === 'deck' ? data.projections : data.comparison;
  const def = engine.outputs.find((o) => o.id === output);
  const unit = def?.unit ?? 'persons';
  // Every projection carries the same baseline run (levers and parameters at their baseline values).
  const rows = useMemo(() => (projections[0] ? compareRows(projections[0], projections, region, output) : null), [projections, region, output]);
  const progress = useReplay(replayToken);
  const drawing = useDrawOn(hidden);
  const axisValues = useMemo(() => (rows ?? []).flatMap((r) => [r.baseline, ...scenarios.map((_, k) => r[`s${k}`])]), [rows, scenarios]);
  // Not anchored at zero: scenarios often differ by a few per cent of the level (as in the Compare view).
  const axis = useSteadyAxis(axisValues, false);
  const series = useMemo(() => scenarios.map((s, k) => ({ colour: s.colour, letter: SCENARIO_LETTERS[k] ?? '' })), [scenarios]);
  const at = rows?.find((r) => r.year === TARGET_YEAR);
  const year = at?.year ?? TARGET_YEAR;
  // Numbers without unit words, so "15.6m (+4.23m)" fits the column; its heading states the unit.
  const format = (v: number | null | undefined, signed = false) => (v === null || v === undefined ? '–' : bareValue(v, unit, signed));
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
      // The same source line as a chart slide; a comparison draws no reference lines, so it cites none of theirs.
      source={def ? sourceText(def, []) : ''}
      chart={
        rows && (
          <SlideAxes years={projections[0]?.years ?? []} unit={unit} axis={axis}>
            <CompareLayer rows={rows} series={series} yDomain={axis.domain} hidden={hidden} progress={progress} />
          </SlideAxes>
        )
      }
      side={
        <aside className={`slide-figure slide-figure--compare${compact ? ' is-compact' : ''}`}>
          <p className="slide-figure__year">{t('present.inYearUnit', { year, unit: unitLabel(def) })}</p>
          <ul className="slide-legend slide-legend--compare" aria-label={t('charts.legend')}>
            <li className="slide-legend__baseline">
              <LegendMark kind="dashed" />
              <span className="slide-legend__label">{t('charts.baseline')}</span>
              <span className="slide-legend__value">{format(at?.baseline)}</span>
            </li>
            {scenarios.map((s, k) => {
              const v = at?.[`s${k}`] ?? null;
              const change = v !== null && at?.baseline != null ? v - at.baseline : null;
              return (
                <li key={s.ref ?? k} data-testid={`slide-legend-${SCENARIO_LETTERS[k]}`}>
                  <ScenarioLetter index={k} colour={s.colour} />
                  <span className="slide-legend__name" title={scenarioName(s.document.name)}>{scenarioName(s.document.name)}</span>
                  <span className="slide-legend__value">
                    {hidden ? t('present.guessValue') : `${format(v)} (${format(change, true)})`}
                  </span>
                </li>
              );
            })}
          </ul>
        </aside>
      }
    />
  );
}
