// The lever panel: the simple-mode levers, always visible. Each lever applies to every country, or, once a country or
// a sub-region is chosen under Place, only to it (its own value, a per-country override in the scenario).
import { memo, useCallback, useMemo } from 'react';
import type { LeverDef, Levers, RegionId } from '../../../shared/model/types';
import type { Engine } from '../../compute/engine-types';
import { placeName } from '../../compute/place-name';
import { t, tMaybe } from '../../i18n/t';
import { formatPlain } from '../../i18n/format';
import { useStore } from '../../state/use-document';
import { InfoButton } from './InfoCard';
import { NumberControl, type Tick } from './NumberControl';
import { baselineText as formatBaseline, decimalsForStep, decimalsOf, displayUnit, roundTo, shownBaseline } from './display-units';
import { clearOwnValue, leverScope, scopeTargets, setOwnValue, setRegionValue, type LeverValue } from './lever-scope';
import { countryList, leverScopeNote } from './scope-text';
import { useLocale } from '../../i18n/use-locale';

interface LeverPanelProps {
  engine: Engine;
  levers: Levers;
  /** Per-country overrides (doc.countries). */
  countries: Readonly<Record<string, Levers>>;
  region: RegionId;
}

const NO_TARGETS: readonly string[] = [];

export const LeverPanel = memo(function LeverPanel({ engine, levers, countries, region }: LeverPanelProps) {
  useLocale();
  const targets = useMemo(() => scopeTargets(engine.baseline.countries, region), [engine, region]);
  const place = placeName(engine, region);
  return (
    <section className="levers" aria-labelledby="levers-heading">
      <h2 id="levers-heading" className="panel-heading">
        {t('levers.heading')}
      </h2>
      <p className="panel-hint" data-testid="levers-scope-hint">
        {targets.length === 0 ? t('levers.scopeHintRegion') : t('levers.scopeHintPlace', { place })}
      </p>
      {engine.levers.map((def) => {
        const scope = leverScope({ levers, countries }, def.id, targets);
        return (
          <LeverItem
            key={def.id}
            def={def}
            value={scope.value}
            baseline={engine.leverBaseline(def, region)}
            own={scope.kind === 'own'}
            targets={targets}
            place={place}
            ownIn={scope.kind === 'own' ? place : scope.partial.length > 0 ? countryList(engine, scope.partial) : null}
            note={leverScopeNote(engine, scope, region)}
          />
        );
      })}
    </section>
  );
});

export interface LeverItemProps {
  def: LeverDef;
  value: LeverValue | undefined;
  baseline: number | string | null;
  /** One row of the presentation's lever strip: label, slider and value, no typed field or (i) card. */
  strip?: boolean;
  /** The value shown is the place's own (edits go to each of `targets`), not the region-wide one. */
  own?: boolean;
  /** The countries "Only <place>" writes to; empty where the place is the whole region (no scope to choose). */
  targets?: readonly string[];
  /** The place on screen, as named in the scope choice. */
  place?: string;
  /** Where own values are set for this lever in the place (the badge with its Clear button); null for none. */
  ownIn?: string | null;
  /** Which countries a change reaches, where that is not simply every country. */
  note?: string | null;
}

/** One lever, bound to the document store (a drag is one undo step); also the presentation's lever strip. */
export const LeverItem = memo(function LeverItem(props: LeverItemProps) {
  useLocale();
  const { def, value, baseline, strip = false, own = false, targets = NO_TARGETS, place = '', ownIn = null, note = null } = props;
  const store = useStore();
  // Own values are their own undo steps: a drag for Guatemala never merges with one for every country.
  const key = own ? `lever:${def.id}@${targets.join(',')}` : `lever:${def.id}`;
  const { unit, scale } = displayUnit(def.unit);
  const baselineText =
    baseline === null ? t('levers.countryBaseline') : typeof baseline === 'number' ? formatBaseline(shownBaseline(baseline * scale, def.unit), def.unit, unit) : choiceLabel(baseline);
  const info = (
    <InfoButton
      label={def.label}
      description={def.description}
      defaultText={def.baseline === 'country' ? t('levers.countryDefault', { value: baselineText }) : baselineText}
      source={def.source}
      evidence={def.evidence}
    />
  );

  const write = useCallback(
    (next: LeverValue) => (own ? setOwnValue(def.id, targets, next) : setRegionValue(def.id, next)),
    [own, def.id, targets],
  );
  const onBegin = useCallback(() => store.begin(key), [store, key]);
  const onPreview = useCallback((shown: number) => store.preview(key, write(shown / scale)), [store, key, write, scale]);
  const onCommit = useCallback((keyboard: boolean) => store.commit(key, keyboard), [store, key]);
  const onSet = useCallback((shown: number) => store.edit(key, write(shown / scale)), [store, key, write, scale]);
  const onReset = useCallback(() => store.edit(key, setRegionValue(def.id, undefined)), [store, key, def.id]);
  // A scope change is one undo step: "Only <place>" starts the own value at the value on screen, "All countries"
  // (or Clear on the badge) takes the own values away.
  const start: LeverValue = value ?? baseline ?? (def.kind === 'choice' ? (def.choices?.[0] ?? '') : (def.max ?? 0));
  const toOwn = useCallback(() => store.edit(`scope:${def.id}`, setOwnValue(def.id, targets, start)), [store, def.id, targets, start]);
  const toAll = useCallback(() => store.edit(`scope:${def.id}`, clearOwnValue(def.id, targets)), [store, def.id, targets]);

  const testId = `${strip ? 'strip-' : ''}lever-${def.id}`;
  const ownLabel = t('levers.scopeOwnOption', { place });
  // The badge marks a lever whose value here is a country's own; Clear (beside the note) takes it away in one click.
  const badge = ownIn !== null && (
    <span className="badge badge--own" data-testid={`${testId}-own`} title={t('levers.ownBadgeTitle', { place: ownIn })}>
      {t('levers.ownBadge')}
    </span>
  );
  const scopeChoice = targets.length > 0 && (
    <div className="segmented segmented--small lever__scope" role="radiogroup" aria-label={t('levers.scopeLabel', { label: def.label })} data-testid={`${testId}-scope`}>
      <label className={`segmented__option${own ? '' : ' is-selected'}`}>
        <input type="radio" name={`${testId}-scope`} value="all" checked={!own} onChange={toAll} />
        {t('levers.scopeAllOption')}
      </label>
      <label className={`segmented__option lever__scope-own${own ? ' is-selected' : ''}`} title={ownLabel}>
        <input type="radio" name={`${testId}-scope`} value="own" checked={own} onChange={toOwn} />
        {ownLabel}
      </label>
    </div>
  );
  const scopeNote = (note || ownIn !== null) && (
    <p className="lever__scope-note">
      {note && <span data-testid={`${testId}-scope-note`}>{note}</span>}
      {ownIn !== null && (
        <button type="button" className="link-button" onClick={toAll} aria-label={t('levers.clearOwnLabel', { label: def.label, place: ownIn })}>
          {own && targets.length === 1 ? t('levers.clearOwn', { place: ownIn }) : t('levers.clearOwnMany')}
        </button>
      )}
    </p>
  );
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
              // Region-wide, the baseline choice is no change at all; an own value is kept even when it is the baseline's.
              onChange={() => store.edit(key, own ? write(choice) : setRegionValue(def.id, choice === baseline ? undefined : choice))}
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
      <fieldset className={`lever${own ? ' lever--own' : ''}`} data-testid={testId}>
        <legend className="lever__head">
          <span className="lever__label">{def.label}</span>
          {badge}
          {info}
        </legend>
        {scopeChoice}
        {options}
        {scopeNote}
      </fieldset>
    );
  }

  const min = roundTo((def.min ?? 0) * scale, 6);
  const max = roundTo((def.max ?? 1) * scale, 6);
  const step = roundTo((def.step ?? 0.01) * scale, 6);
  const baseShown = typeof baseline === 'number' ? shownBaseline(baseline * scale, def.unit) : null;
  // Enough decimals for the step, and for the baseline (a measured cost of 2.59 % reads 2.59 in the field too).
  const decimals = Math.max(decimalsForStep(step), baseShown === null ? 0 : decimalsOf(baseShown));
  const current = typeof value === 'number' ? roundTo(value * scale, decimals + 1) : (baseShown ?? min);
  const ticks: Tick[] = [];
  if (baseShown !== null) {
    // The cost cap's baseline is no cap: the slider rests at the highest current cost, where a cap changes nothing.
    const marker = def.baseline === 'country' ? 'levers.capBaselineMarker' : 'levers.baselineMarker';
    ticks.push({ value: baseShown, kind: 'baseline', label: t(marker, { value: formatBaseline(baseShown, def.unit, unit) }) });
  }
  for (const ref of def.references) ticks.push({ value: ref.value * scale, kind: 'reference', label: ref.label });

  const control = (
    <NumberControl
      id={`${testId}-control`}
      compact={strip}
      label={def.label}
      // A year needs no unit after it ("2021–2035", "2030"), in any language.
      unit={def.unit === 'year' ? '' : unit}
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
      // An own value is cleared from its badge; Reset returns the region-wide value to the baseline.
      changed={!own && value !== undefined}
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
    <div className={`lever${own ? ' lever--own' : ''}`} data-testid={testId}>
      <div className="lever__head">
        <span className="lever__label">{def.label}</span>
        {badge}
        {info}
      </div>
      {scopeChoice}
      {control}
      {scopeNote}
    </div>
  );
});

function choiceLabel(choice: string): string {
  return tMaybe(`levers.choice.${choice}`, choice);
}
