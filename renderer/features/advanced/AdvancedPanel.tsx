// "Advanced": every model parameter, shown like a lever, grouped by module; reset per parameter, per module, all.
import { memo, useCallback } from 'react';
import type { ModuleId, ParameterDef } from '../../../shared/model/types';
import { t } from '../../i18n/t';
import { formatPlain } from '../../i18n/format';
import { useStore } from '../../state/use-document';
import type { DerivedGrowthRow } from '../../compute/engine-types';
import { InfoButton } from '../levers/InfoCard';
import { DerivedGrowth } from './DerivedGrowth';
import { NumberControl, type Tick } from '../levers/NumberControl';
import { decimalsForStep, displayUnit, roundTo } from '../levers/display-units';
import { Glyph } from '../../app/Glyph';
import { useLocale } from '../../i18n/use-locale';

const MODULE_ORDER: readonly ModuleId[] = ['A', 'B', 'C', 'inflows'];

interface AdvancedPanelProps {
  parameters: readonly ParameterDef[];
  values: Readonly<Record<string, number>>;
  onClose: () => void;
  /** Growth derived from the selected place's record, shown at the top of module A. */
  derived?: { place: string; rows: readonly DerivedGrowthRow[] };
}

export const AdvancedPanel = memo(function AdvancedPanel({ parameters, values, onClose, derived }: AdvancedPanelProps) {
  useLocale();
  const value = (id: string) => values[id] ?? parameters.find((p) => p.id === id)?.default ?? null;
  const longRun = { remittances: value('remittanceGrowthRate'), gdp: value('gdpGrowthRate'), otherImmigrants: value('otherImmigrantGrowthRate'), venezuelans: null };
  const store = useStore();
  const anyChanged = Object.keys(values).length > 0;
  return (
    <section className="advanced" aria-labelledby="advanced-heading" data-testid="advanced-panel">
      <header className="advanced__head">
        <h2 id="advanced-heading" className="panel-heading">
          {t('advanced.heading')}
        </h2>
        <button type="button" className="button" disabled={!anyChanged} onClick={() => store.edit('parameters:reset-all', (d) => { d.parameters = {}; })}>
          {t('advanced.resetAll')}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose} aria-label={t('advanced.close')}>
          <Glyph name="close" />
        </button>
      </header>
      <p className="panel-hint">{t('advanced.intro')}</p>
      <div className="advanced__modules">
        {MODULE_ORDER.map((module) => {
          const defs = parameters.filter((p) => p.module === module);
          if (defs.length === 0) return null;
          const changed = defs.filter((p) => values[p.id] !== undefined);
          return (
            <section key={module} className="module" aria-labelledby={`module-${module}`} data-testid={`module-${module}`}>
              <header className="module__head">
                <h3 id={`module-${module}`}>{t(`module.${module}`)}</h3>
                <button
                  type="button"
                  className="link-button"
                  disabled={changed.length === 0}
                  onClick={() => store.edit(`parameters:reset-${module}`, (d) => { for (const p of defs) delete d.parameters[p.id]; })}
                >
                  {t('advanced.resetModule')}
                </button>
              </header>
              {module === 'A' && derived && <DerivedGrowth place={derived.place} rows={derived.rows} longRun={longRun} />}
              {defs.map((def) => (
                <ParameterItem key={def.id} def={def} value={values[def.id]} />
              ))}
            </section>
          );
        })}
      </div>
    </section>
  );
});

const ParameterItem = memo(function ParameterItem({ def, value }: { def: ParameterDef; value: number | undefined }) {
  useLocale();
  const store = useStore();
  const key = `parameter:${def.id}`;
  const { unit, scale } = displayUnit(def.unit);
  const step = roundTo(def.step * scale, 6);
  const decimals = decimalsForStep(step);
  const shown = (v: number) => roundTo(v * scale, decimals + 1);
  const set = useCallback(
    (s: number | undefined) => (d: { parameters: Record<string, number> }) => {
      if (s === undefined) delete d.parameters[def.id];
      else d.parameters[def.id] = s / scale;
    },
    [def.id, scale],
  );
  const onBegin = useCallback(() => store.begin(key), [store, key]);
  const onPreview = useCallback((s: number) => store.preview(key, set(s)), [store, key, set]);
  const onCommit = useCallback((keyboard: boolean) => store.commit(key, keyboard), [store, key]);
  const onSet = useCallback((s: number) => store.edit(key, set(s)), [store, key, set]);
  const onReset = useCallback(() => store.edit(key, set(undefined)), [store, key, set]);
  const ticks: Tick[] = [{ value: shown(def.default), kind: 'baseline', label: t('levers.baselineMarker', { value: `${formatPlain(shown(def.default), decimals)} ${unit}` }) }];
  return (
    <div className={`parameter${value !== undefined ? ' is-changed' : ''}`} data-testid={`parameter-${def.id}`}>
      <div className="lever__head">
        <span className="lever__label">
          {def.label} <var className="parameter__symbol">{def.symbol}</var>
        </span>
        {value !== undefined && <span className="changed-tag">{t('advanced.changed')}</span>}
        <InfoButton
          label={def.label}
          description={def.description}
          defaultText={`${formatPlain(shown(def.default), decimals)} ${unit} · ${t('advanced.uncertainty', { low: formatPlain(shown(def.low), decimals), high: `${formatPlain(shown(def.high), decimals)} ${unit}` })}`}
          source={def.source}
          evidence={def.evidence}
          note={def.note}
        />
      </div>
      <NumberControl
        id={`parameter-${def.id}-control`}
        label={def.label}
        unit={unit}
        min={shown(def.min)}
        max={shown(def.max)}
        step={step}
        value={shown(value ?? def.default)}
        ticks={ticks}
        decimals={decimals}
        onBegin={onBegin}
        onPreview={onPreview}
        onCommit={onCommit}
        onSet={onSet}
        changed={value !== undefined}
        onReset={onReset}
      />
    </div>
  );
});
