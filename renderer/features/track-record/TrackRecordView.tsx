// "Paper vs. what happened": the model rerun from the paper's 2018/2019 values with the assumptions it had then (the
// old baseline, with its band), set against what was observed since, for the selected place, with each country's
// error. A model that shows its own track record can be defended in front of a minister.
import { memo, useMemo, useState } from 'react';
import { Area, ComposedChart, Line, XAxis, YAxis } from 'recharts';
import { OBSERVED_OUTPUTS, paperAnchor, type ObservedOutput } from '../../../shared/data';
import type { RegionId } from '../../../shared/model/types';
import type { Engine } from '../../compute/engine-types';
import { formatAxis, formatCompact, formatPercent } from '../../i18n/format';
import { countryName } from '../../../shared/i18n/country-codes';
import { messageLanguage, t, tMaybe } from '../../i18n/t';
import { makeTick, YearTick } from '../charts/AxisTick';
import { BASELINE_DASH, CHART_MARGIN, CHART_SIZE, COLORS, Y_AXIS_WIDTH } from '../charts/chart-style';
import { extent, niceTicks } from '../charts/nice-ticks';
import { TRACK_YEARS, trackCountries, trackRows } from './track-record-data';
import { useLocale } from '../../i18n/use-locale';

interface TrackRecordViewProps {
  engine: Engine;
  region: RegionId;
}

const TICKS = TRACK_YEARS.filter((y, i) => i % 2 === 0 || i === TRACK_YEARS.length - 1);
const DOMAIN: [number, number] = [TRACK_YEARS[0] ?? 0, TRACK_YEARS.at(-1) ?? 0];

function Diamond(props: { cx?: number | null; cy?: number | null; key?: string }) {
  const { cx, cy } = props;
  if (cx == null || cy == null) return <g key={props.key} />;
  const r = 6;
  return <path d={`M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`} fill={COLORS.paper} stroke="#ffffff" strokeWidth={1} />;
}

/** The growth rates the paper-anchored run assumed (data/model/paper-anchor.json), for the intro. */
const anchorDefault = (id: string): number => paperAnchor().parameterOverrides[id]?.default ?? NaN;

export const TrackRecordView = memo(function TrackRecordView({ engine, region }: TrackRecordViewProps) {
  useLocale();
  const [output, setOutput] = useState<ObservedOutput>('remittancesUsd');
  const track = useMemo(() => engine.trackRecord(), [engine]);
  const def = engine.outputs.find((o) => o.id === output);
  const unit = def?.unit ?? '';
  const observed = useMemo(() => engine.observed(output, region), [engine, output, region]);
  const paperPoints = useMemo(() => engine.markers(output, region).map((m) => ({ year: m.year, value: m.value })), [engine, output, region]);
  const rows = useMemo(() => trackRows(track, output, region, observed, paperPoints), [track, output, region, observed, paperPoints]);
  const countries = useMemo(() => trackCountries(track, output, region, engine.baseline.countries), [track, output, region, engine]);
  const indicator = track.indicators.find((i) => i.output === output);
  const yAxis = useMemo(() => {
    const values = rows.flatMap((r) => [r.paper, r.observed, r.band?.[0] ?? null, r.band?.[1] ?? null]).concat(paperPoints.map((p) => p.value));
    const [lo, hi] = extent(values, true);
    return niceTicks(lo, hi, 6);
  }, [rows, paperPoints]);
  const ValueTick = useMemo(() => makeTick((v: number) => formatAxis(v, unit), 'end'), [unit]);
  const place = tMaybe(`region.${region}`, engine.regions.find((r) => r.id === region)?.name ?? region);
  const hasData = rows.some((r) => r.paper !== null || r.observed !== null);

  return (
    <section className="track" aria-labelledby="track-heading" data-testid="track-record-view">
      <header className="view-head">
        <h2 id="track-heading" className="view-title">
          {t('track.heading')}
        </h2>
      </header>
      <p className="panel-hint track__intro">{t('track.intro', { remittanceGrowth: formatPercent(100 * anchorDefault('remittanceGrowthRate'), { digits: 0 }), gdpGrowth: formatPercent(100 * anchorDefault('gdpGrowthRate'), { digits: 0 }) })}</p>
      <div className="segmented segmented--small track__indicators" role="radiogroup" aria-label={t('track.indicator')}>
        {OBSERVED_OUTPUTS.map((id) => (
          <label key={id} className={`segmented__option${id === output ? ' is-selected' : ''}`}>
            <input type="radio" name="track-indicator" value={id} checked={id === output} onChange={() => setOutput(id)} />
            {tMaybe(`track.output.${id}`, id)}
          </label>
        ))}
      </div>
      {indicator && (
        <p className="track__summary" data-testid="track-summary">
          {indicator.weightedAbsError === null
            ? t('track.summary', {
                inBand: formatPercent(indicator.shareInBand * 100),
                cells: indicator.cells.length,
                error: formatPercent(indicator.medianAbsError * 100),
                gap: formatCompact(indicator.medianAbsGap, unit),
              })
            : t('track.summaryWeighted', {
                inBand: formatPercent(indicator.shareInBand * 100),
                cells: indicator.cells.length,
                error: formatPercent(indicator.medianAbsError * 100),
                weighted: formatPercent(indicator.weightedAbsError * 100),
                gap: formatCompact(indicator.medianAbsGap, unit),
              })}
        </p>
      )}
      <div className="track__body">
        <figure className="chart track__chart" data-testid="track-chart" aria-label={t('track.chartTitle', { output: def?.label ?? output, place })}>
          <figcaption className="chart__head">
            <span className="chart__title">{t('track.chartTitle', { output: def?.label ?? output, place })}</span>
            <span className="chart__unit">{t('charts.unit', { unit: tMaybe(`unit.${unit}`, unit) })}</span>
          </figcaption>
          <ul className="legend" aria-label={t('charts.legend')}>
            <li><span className="legend__swatch legend__swatch--observed" />{t('track.observed')}</li>
            <li><span className="legend__swatch legend__swatch--baseline" />{t('track.paperRun')}</li>
            <li><span className="legend__swatch track__swatch-band" />{t('track.paperBand')}</li>
            <li><span className="legend__swatch legend__swatch--paper" />{t('charts.paper')}</li>
          </ul>
          <div className="chart__plot">
            {hasData ? (
              <ComposedChart data={rows} margin={CHART_MARGIN} responsive style={CHART_SIZE}>
                <XAxis dataKey="year" type="number" domain={DOMAIN} ticks={TICKS} tick={YearTick} interval={0} allowDataOverflow />
                <YAxis width={Y_AXIS_WIDTH} tick={ValueTick} domain={yAxis.domain} ticks={yAxis.ticks} interval={0} allowDataOverflow />
                <Area dataKey="band" stroke="none" fill={COLORS.baseline} fillOpacity={0.16} isAnimationActive={false} connectNulls={false} />
                <Line dataKey="paper" stroke={COLORS.baseline} strokeWidth={2} strokeDasharray={BASELINE_DASH} dot={false} isAnimationActive={false} />
                <Line dataKey="observed" stroke={COLORS.observed} strokeWidth={2.5} dot={{ r: 3.5, fill: COLORS.observed, stroke: COLORS.observed }} isAnimationActive={false} connectNulls={false} />
                <Line dataKey="paperFigure" stroke="none" dot={(props: { cx?: number | null; cy?: number | null; index?: number }) => <Diamond key={`d${props.index ?? 0}`} cx={props.cx} cy={props.cy} />} activeDot={false} isAnimationActive={false} />
              </ComposedChart>
            ) : (
              <p className="chart__empty">{t('charts.noData')}</p>
            )}
          </div>
          <p className="chart__source">{t('track.source')}</p>
        </figure>
        {/* It scrolls, so keyboard users must be able to reach it to scroll it. */}
        <div className="track__table-wrap" tabIndex={0} role="region" aria-label={t('track.tableCaption', { place })}>
          <table className="track__table" data-testid="track-table">
            <caption>{t('track.tableCaption', { place })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('track.country')}</th>
                <th scope="col">{t('track.year')}</th>
                <th scope="col">{t('track.observedCol')}</th>
                <th scope="col">{t('track.paperCol')}</th>
                <th scope="col">{t('track.gap')}</th>
                <th scope="col">{t('track.error')}</th>
              </tr>
            </thead>
            <tbody>
              {countries.map((c) => (
                <tr key={c.iso3} data-testid={`track-row-${c.iso3}`}>
                  <th scope="row">{countryName(c.iso3, messageLanguage(), c.name)}</th>
                  <td>{c.year}</td>
                  <td>{formatCompact(c.observed, unit)}</td>
                  <td>{formatCompact(c.paper, unit)}</td>
                  <td>{formatCompact(c.paper - c.observed, unit, { signed: true })}</td>
                  <td className={c.inBand ? 'track__in' : 'track__out'} title={c.inBand ? t('track.inBand') : t('track.outOfBand')}>
                    {formatPercent(c.error * 100, { signed: true })}
                    {c.inBand ? '' : ' ●'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {countries.length === 0 && <p className="panel-hint">{t('track.noCountries')}</p>}
          <p className="panel-hint">{t('track.tableNote')}</p>
        </div>
      </div>
    </section>
  );
});
