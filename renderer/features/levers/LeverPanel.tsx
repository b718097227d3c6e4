// The lever panel: the simple-mode levers, always visible. Levers apply to every country in the scenario.
import { memo, useCallback } from 'react';
import type { LeverDef, LeverId, Levers, RegionId } from '../../../shared/model/types';
import type { Engine } from '../../compute/engine-types';
import { t, tMaybe } from '../../i18n/t';
import { formatPlain } from '../../i18n/format';
import { useStore } from '../../state/use-document';
import { InfoButton } from './InfoCard';
import { NumberControl, type Tick } from './NumberControl';
import { decimalsForStep, displayUnit, roundTo } from './display-units';
import { useLocale } from '../../i18n/use-locale';

interface LeverPanelProps {
  engine: Engine;
  levers: Levers;
  region: RegionId;
}

export const LeverPanel = memo(function LeverPanel({ engine, levers, region }: LeverPanelProps) {
  useLocale();
  return (
    <section className="levers" aria-labelledby="levers-heading">
      <h2 id="levers-heading" className="panel-heading">
        {t('levers.heading')}
      </h2>
      <p className="panel-hint">{t('levers.scopeAll')}</p>
      {engine.levers.map((def) => (
        <LeverItem key={def.id} def={def} value={levers[def.id]} baseline={engine.leverBaseline(def, region)} />
      ))}
    </section>
  );
});

export interface LeverItemProps {
  def: LeverDef;
  value: Levers[LeverId];
  baseline: number | string | null;
  /** One row of the presentation's lever strip: label, slider and value, no typed field or (i) card. */
  strip?: boolean;
}

function setLever(id: LeverId, value: number | string | undefined) {
  return (draft: { levers: Levers }) => {
    if (value === undefined) delete draft.levers[id];
    else (draft.levers as Record<string, unknown>)[id] = value;
  };
}

/** One lever, bound to the document store (a drag is one undo step); also the presentation's lever strip. */
export const LeverItem = memo(function LeverItem({ def, value, baseline, strip = false }: LeverItemProps) {
  useLocale();
  const store = useStore();
  const key = `lever:${def.id}`;
  const { unit, scale } = displayUnit(def.unit);
  const baselineText =
    baseline === null ? t('levers.countryBaseline') : typeof baseline === 'number' ? `${formatPlain(baseline * scale, 2)} ${unit}` : choiceLabel(baseline);
  const info = (
    <InfoButton
      label={def.label}
      description={def.description}
      defaultText={def.baseline === 'country' ? t('levers.countryDefault', { value: baselineText }) : baselineText}
      source={def.source}
      evidence={def.evidence}
    />
  );

  const onBegin = useCallback(() => store.begin(key), [store, key]);
  const onPreview = useCallback((shown: number) => store.preview(key, setLever(def.id, shown / scale)), [store, key, def.id, scale]);
  const onCommit = useCallback((keyboard: boolean) => store.commit(key, keyboard), [store, key]);
  const onSet = useCallback((shown: number) => store.edit(key, setLever(def.id, shown / scale)), [store, key, def.id, scale]);
  const onReset = useCallback(() => store.edit(key, setLever(def.id, undefined)), [store, key, def.id]);

  const testId = `${strip ? 'strip-' : ''}lever-${def.id}`;
  if (def.kind === 'choice') {
    const current = typeof value === 'string' ? value : typeof baseline === 'string' ? baseline : def.choices?.[0];
    const options = (
      <div className="segmented" role="radiogroup" aria-label={def.label}>
        {(def.choices ?? []).map((choice) => (
          <label key={choice} className={`segmented__option${choice === current ? ' is-selected' : ''}`}>
            <input
              type="radio"
              name={testId}
                value={choice}
              checked={choice === current}
              onChange={() => store.edit(key, setLever(def.id, choice === baseline ? undefined : choice))}
            />
            {choiceLabel(choice)}
            {choice === baseline && <span className="segmented__baseline" title={t('levers.baselineMarker', { value: choiceLabel(choice) })}>•</span>}
          </label>
        ))}
      </div>
    );
    if (strip) {
      return (
        <div className="lever lever--strip lever--choice" data-testid={testId}>
          <span className="lever__label">{def.label}</span>
          {options}
        </div>
      );
    }
    return (
      <fieldset className="lever" data-testid={testId}>
        <legend className="lever__head">
          <span className="lever__label">{def.label}</span>
          {info}
        </legend>
        {options}
      </fieldset>
    );
  }

  const min = roundTo((def.min ?? 0) * scale, 6);
  const max = roundTo((def.max ?? 1) * scale, 6);
  const step = roundTo((def.step ?? 0.01) * scale, 6);
  const decimals = decimalsForStep(step);
  const baseShown = typeof baseline === 'number' ? roundTo(baseline * scale, decimals + 1) : null;
  const current = typeof value === 'number' ? roundTo(value * scale, decimals + 1) : (baseShown ?? min);
  const ticks: Tick[] = [];
  if (baseShown !== null) {
    // The cost cap's baseline is no cap: the slider rests at the highest current cost, where a cap changes nothing.
    const marker = def.baseline === 'country' ? 'levers.capBaselineMarker' : 'levers.baselineMarker';
    ticks.push({ value: baseShown, kind: 'baseline', label: t(marker, { value: `${formatPlain(baseShown, decimals)} ${unit}` }) });
  }
  for (const ref of def.references) ticks.push({ value: ref.value * scale, kind: 'reference', label: ref.label });

  const control = (
    <NumberControl
      id={`${testId}-control`}
      compact={strip}
      label={def.label}
      unit={unit}
      min={min}
      max={max}
      step={step}
      value={current}
      ticks={ticks}
      decimals={decimals}
      onBegin={onBegin}
      onPreview={onPreview}
      onCommit={onCommit}
      onSet={onSet}
      changed={value !== undefined}
      onReset={onReset}
    />
  );
  if (strip) {
    return (
      <div className="lever lever--strip" data-testid={testId}>
        <span className="lever__label">{def.label}</span>
        {control}
        {/* A year needs no unit after it ("2030", not "2030 year"). */}
        <span className="lever__value">{def.unit === 'year' ? formatPlain(current, 0) : `${formatPlain(current, decimals)} ${unit}`}</span>
      </div>
    );
  }
  return (
    <div className="lever" data-testid={testId}>
      <div className="lever__head">
        <span className="lever__label">{def.label}</span>
        {info}
      </div>
      {control}
    </div>
  );
});

function choiceLabel(choice: string): string {
  return tMaybe(`levers.choice.${choice}`, choice);
}
