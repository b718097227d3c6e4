// Sensitivity view: which parameters move the selected output's value in the SDG year (2030) most, from the model's one-at-a-time
// runs (each parameter at its low and high value, everything else as in the scenario). Drawn as a tornado in HTML.
import { memo, useMemo } from 'react';
import type { OutputId, RegionId, ScenarioInputs } from '../../../shared/model/types';
import type { Engine } from '../../compute/engine-types';
import { SENSITIVITY_YEAR as YEAR } from '../../compute/sensitivity-model';
import { useSensitivity } from '../../compute/use-projection';
import { t } from '../../i18n/t';
import { formatCompact, formatPlain } from '../../i18n/format';
import { decimalsForStep, displayUnit } from '../levers/display-units';
import { useLocale } from '../../i18n/use-locale';

const SHOWN = 12;

interface SensitivityViewProps {
  engine: Engine;
  inputs: ScenarioInputs;
  region: RegionId;
  output: OutputId;
  onOutput: (output: OutputId) => void;
}

export const SensitivityView = memo(function SensitivityView({ engine, inputs, region, output, onOutput }: SensitivityViewProps) {
  useLocale();
  const { rows, error } = useSensitivity({ inputs, region, output });

  const def = engine.outputs.find((o) => o.id === output);
  const unit = def?.unit ?? '';
  const top = useMemo(() => (rows ?? []).filter((r) => r.swing > 0).slice(0, SHOWN), [rows]);
  const extent = Math.max(1e-12, ...top.map((r) => Math.max(Math.abs(r.atLow - r.central), Math.abs(r.atHigh - r.central))));
  const central = rows?.[0]?.central;
  const pct = (v: number) => `${50 + (50 * v) / extent}%`;

  return (
    <section className="sensitivity" aria-labelledby="sensitivity-heading" data-testid="sensitivity-view">
      <header className="view-head">
        <h2 id="sensitivity-heading" className="view-title">
          {t('sensitivity.heading', { output: def?.label ?? output, year: YEAR })}
        </h2>
        <label className="field">
          <span>{t('sensitivity.output')}</span>
          <select value={output} onChange={(e) => onOutput(e.currentTarget.value as OutputId)}>
            {engine.outputs.map((o) => (
              <option key={o.id} value={o.id}>{o.label}</option>
            ))}
          </select>
        </label>
      </header>
      <p className="panel-hint">{t('sensitivity.intro')}</p>
      {central !== undefined && <p className="sensitivity__central">{t('sensitivity.central', { value: formatCompact(central, unit) })}</p>}
      <ul className="legend">
        <li><span className="legend__swatch legend__swatch--low" />{t('sensitivity.atLow')}</li>
        <li><span className="legend__swatch legend__swatch--high" />{t('sensitivity.atHigh')}</li>
      </ul>
      {error && <p className="field-error" role="alert">{error}</p>}
      {rows && top.length === 0 && <p>{t('sensitivity.none')}</p>}
      <ol className="tornado" aria-label={t('sensitivity.axis', { year: YEAR })}>
        {top.map((row) => {
          const p = engine.parameters.find((d) => d.id === row.parameterId);
          const shownUnit = p ? displayUnit(p.unit) : null;
          const lowD = row.atLow - row.central;
          const highD = row.atHigh - row.central;
          return (
            <li key={row.parameterId} className="tornado__row" data-testid={`sensitivity-${row.parameterId}`}>
              <span className="tornado__label" title={p?.description}>
                {p?.label ?? row.parameterId}
                {p && shownUnit && (
                  <span className="tornado__range">
                    {' '}({parameterValue(p.low, p.step, shownUnit.scale)}–{parameterValue(p.high, p.step, shownUnit.scale)} {shownUnit.unit})
                  </span>
                )}
              </span>
              <span className="tornado__track">
                <span className="tornado__axis" />
                <Bar from={0} to={lowD} pct={pct} kind="low" />
                <Bar from={0} to={highD} pct={pct} kind="high" />
              </span>
              <span className="tornado__values">
                {formatCompact(lowD, unit, { signed: true, difference: true })} / {formatCompact(highD, unit, { signed: true, difference: true })}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="chart__source">{t('charts.source', { source: def?.source ?? '' })}</p>
    </section>
  );
});

/** A parameter's value as the advanced panel shows it: a setting, to its step's decimals. */
function parameterValue(v: number, step: number, scale: number): string {
  return formatPlain(v * scale, decimalsForStep(step * scale));
}

function Bar({ from, to, pct, kind }: { from: number; to: number; pct: (v: number) => string; kind: 'low' | 'high' }) {
  if (to === from) return null;
  const left = pct(Math.min(from, to));
  const right = pct(Math.max(from, to));
  return <span className={`tornado__bar tornado__bar--${kind}`} style={{ left, width: `calc(${right} - ${left})` }} />;
}
