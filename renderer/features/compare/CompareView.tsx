// Comparison of two to four saved scenarios and the baseline: one chart on shared axes for any output and place,
// then a table of the assumptions that differ and of the 2030 and 2019–2030 results against the baseline.
// Each scenario keeps the colour it was given when ticked in the library (scenario-colours.ts).
import { memo, useMemo } from 'react';
import { Line, LineChart, XAxis, YAxis } from 'recharts';
import type { LeverDef, OutputId, ParameterDef, RegionId } from '../../../shared/model/types';
import { toScenarioInputs, type ScenarioDocument } from '../../../shared/scenario';
import type { Engine } from '../../compute/engine-types';
import { formatAxis, formatCompact, formatFull, formatPlain } from '../../i18n/format';
import { t, tMaybe } from '../../i18n/t';
import { CARD_OUTPUTS, CUMULATIVE, FIRST_CUMULATIVE_YEAR, HORIZON_YEAR } from '../cards/key-figures';
import { makeTick, YearTick } from '../charts/AxisTick';
import { BASELINE_DASH, CHART_MARGIN, CHART_SIZE, YEAR_TICKS, Y_AXIS_WIDTH } from '../charts/chart-style';
import { extent, niceTicks } from '../charts/nice-ticks';
import { displayUnit } from '../levers/display-units';
import { assumptionRows, type AssumptionRow } from './assumption-rows';
import { compareFigures, compareRows } from './compare-data';
import { BASELINE_COLOUR } from './scenario-colours';

export interface ComparedScenario {
  ref: string;
  colour: string;
  document: ScenarioDocument;
}

interface CompareViewProps {
  engine: Engine;
  scenarios: readonly ComparedScenario[];
  region: RegionId;
  output: OutputId;
  onRegion(region: RegionId): void;
  onOutput(output: OutputId): void;
  onBackToLibrary(): void;
}

const EMPTY_INPUTS = { levers: {}, countries: {}, parameters: {} };

function formatAssumption(row: AssumptionRow, value: number | string | undefined, baseline: string): string {
  if (value === undefined) return baseline;
  if (typeof value === 'string') return tMaybe(`levers.choice.${value}`, value);
  const { unit, scale } = displayUnit(row.def.unit);
  return `${formatPlain(value * scale, 2)} ${unit}`;
}

export const CompareView = memo(function CompareView({ engine, scenarios, region, output, ...props }: CompareViewProps) {
  const baseline = useMemo(() => engine.project(EMPTY_INPUTS), [engine]);
  const projections = useMemo(() => scenarios.map((s) => engine.project(toScenarioInputs(s.document))), [engine, scenarios]);
  const rows = useMemo(() => compareRows(baseline, projections, region, output), [baseline, projections, region, output]);
  const figures = useMemo(() => compareFigures(projections, region), [projections, region]);
  const assumptions = useMemo(() => assumptionRows(scenarios.map((s) => s.document), engine.levers, engine.parameters), [scenarios, engine]);
  const def = engine.outputs.find((o) => o.id === output);
  const unit = def?.unit ?? '';
  const yAxis = useMemo(() => {
    const values = (rows ?? []).flatMap((r) => [r.baseline, ...scenarios.map((_, k) => r[`s${k}`])]);
    // Not anchored at zero: scenarios often differ by a few per cent of the level, which a zero-based axis hides.
    const [lo, hi] = extent(values, false);
    return niceTicks(lo, hi, 6);
  }, [rows, scenarios]);
  const ValueTick = useMemo(() => makeTick((v: number) => formatAxis(v, unit), 'end'), [unit]);
  const regionName = (id: string) => tMaybe(`region.${id}`, engine.regions.find((r) => r.id === id)?.name ?? id);
  const baselineValue = (row: AssumptionRow): string => {
    if (row.kind === 'parameter') return formatAssumption(row, (row.def as ParameterDef).default, '');
    const value = engine.leverBaseline(row.def as LeverDef, row.country ?? region);
    return value === null ? t('compare.baselineValue') : formatAssumption(row, value, '');
  };

  if (scenarios.length < 2) {
    return (
      <section className="compare" data-testid="compare-view">
        <h2 className="view-title">{t('compare.heading')}</h2>
        <p className="library__empty">{t('compare.pickTwo')}</p>
        <button type="button" className="button" onClick={props.onBackToLibrary}>{t('compare.toLibrary')}</button>
      </section>
    );
  }

  return (
    <section className="compare" aria-labelledby="compare-heading" data-testid="compare-view">
      <header className="view-head">
        <h2 id="compare-heading" className="view-title">{t('compare.heading')}</h2>
        <label className="field">
          <span>{t('sensitivity.output')}</span>
          <select value={output} onChange={(e) => props.onOutput(e.currentTarget.value as OutputId)} data-testid="compare-output">
            {engine.outputs.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('region.label')}</span>
          <select value={region} onChange={(e) => props.onRegion(e.currentTarget.value)} data-testid="compare-region">
            {engine.regions.map((r) => <option key={r.id} value={r.id}>{regionName(r.id)}</option>)}
          </select>
        </label>
        <span className="titlebar__spacer" />
        <button type="button" className="button" onClick={props.onBackToLibrary}>{t('compare.toLibrary')}</button>
      </header>

      <figure className="chart compare__chart" data-testid="compare-chart" aria-label={t('compare.chartLabel', { output: def?.label ?? output, place: regionName(region) })}>
        <figcaption className="chart__head">
          <span className="chart__title">{def?.label ?? output}, {regionName(region)}</span>
          <span className="chart__unit">{t('charts.unit', { unit: t(`unit.${unit}` as 'unit.USD') })}</span>
        </figcaption>
        <ul className="legend compare__legend" aria-label={t('charts.legend')}>
          <li><span className="legend__line legend__line--dashed" style={{ borderColor: BASELINE_COLOUR }} />{t('charts.baseline')}</li>
          {scenarios.map((s) => (
            <li key={s.ref}><span className="legend__line" style={{ borderColor: s.colour }} />{s.document.name}</li>
          ))}
        </ul>
        <div className="chart__plot compare__plot">
          {rows ? (
            <LineChart data={rows} margin={CHART_MARGIN} responsive style={CHART_SIZE}>
              <XAxis dataKey="year" type="category" ticks={YEAR_TICKS} tick={YearTick} interval={0} />
              <YAxis width={Y_AXIS_WIDTH} tick={ValueTick} domain={yAxis.domain} ticks={yAxis.ticks} interval={0} allowDataOverflow />
              <Line dataKey="baseline" className="compare-line compare-line--baseline" stroke={BASELINE_COLOUR} strokeDasharray={BASELINE_DASH} strokeWidth={2} dot={false} isAnimationActive={false} />
              {scenarios.map((s, k) => (
                <Line key={s.ref} dataKey={`s${k}`} className="compare-line" name={s.document.name} stroke={s.colour} strokeWidth={2.5} dot={false} isAnimationActive={false} />
              ))}
            </LineChart>
          ) : (
            <p className="chart__empty">{t('charts.noData')}</p>
          )}
        </div>
        <p className="chart__source">{t('charts.source', { source: def?.source ?? '' })}</p>
      </figure>

      <table className="compare__table" data-testid="compare-table">
        <caption>{t('compare.tableCaption', { place: regionName(region) })}</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col" className="compare__col"><span className="swatch swatch--dashed" style={{ borderColor: BASELINE_COLOUR }} />{t('charts.baseline')}</th>
            {scenarios.map((s) => (
              <th key={s.ref} scope="col" className="compare__col"><span className="swatch" style={{ background: s.colour }} />{s.document.name}</th>
            ))}
          </tr>
        </thead>
        <tbody data-testid="compare-assumptions">
          <tr className="compare__section"><th scope="rowgroup" colSpan={scenarios.length + 2}>{t('compare.assumptions')}</th></tr>
          {assumptions.length === 0 && <tr><td colSpan={scenarios.length + 2} className="panel-hint">{t('compare.noAssumptions')}</td></tr>}
          {assumptions.map((row) => (
            <tr key={row.id} data-testid={`assumption-${row.id}`}>
              <th scope="row">{row.country ? `${regionName(row.country)}: ${row.def.label}` : row.def.label}{row.kind === 'parameter' && <span className="badge badge--quiet">{t('compare.parameter')}</span>}</th>
              <td className="compare__baseline">{baselineValue(row)}</td>
              {row.values.map((v, k) => <td key={scenarios[k]?.ref ?? k} className={v === undefined ? 'compare__baseline' : undefined}>{formatAssumption(row, v, t('compare.asBaseline'))}</td>)}
            </tr>
          ))}
        </tbody>
        <tbody data-testid="compare-results">
          <tr className="compare__section"><th scope="rowgroup" colSpan={scenarios.length + 2}>{t('compare.results')}</th></tr>
          {CARD_OUTPUTS.flatMap((id) => {
            const outputDef = engine.outputs.find((o) => o.id === id);
            const label = tMaybe(`card.${id}`, outputDef?.label ?? id);
            const cell = (value: number | null | undefined, u: string) =>
              value == null ? '–' : <span title={formatFull(value, u, { signed: true })}>{formatCompact(value, u, { signed: true })}</span>;
            return [
              <tr key={`${id}-2030`} data-testid={`result-${id}-2030`}>
                <th scope="row">{label}, {t('cards.in2030')}</th>
                <td className="compare__baseline">0</td>
                {figures.map((f, k) => <td key={scenarios[k]?.ref ?? k}>{cell(f.find((x) => x.output === id)?.change2030, outputDef?.unit ?? '')}</td>)}
              </tr>,
              <tr key={`${id}-cum`} data-testid={`result-${id}-cumulative`}>
                <th scope="row" className="compare__sub">{t('compare.cumulative', { from: FIRST_CUMULATIVE_YEAR, to: HORIZON_YEAR })}</th>
                <td className="compare__baseline">0</td>
                {figures.map((f, k) => <td key={scenarios[k]?.ref ?? k}>{cell(f.find((x) => x.output === id)?.cumulative, CUMULATIVE[id].unit)}</td>)}
              </tr>,
            ];
          })}
        </tbody>
      </table>
    </section>
  );
});
