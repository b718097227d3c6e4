// A number setting shown the same way everywhere (levers and advanced parameters): a slider with ticks at the baseline
// and at reference targets, a typed-value field with its unit, and a message next to the field when input is refused.
import { memo, useId, useState, type KeyboardEvent } from 'react';
import { t } from '../../i18n/t';
import { formatPlain } from '../../i18n/format';
import { readTypedValue } from './typed-value';
import { useLocale } from '../../i18n/use-locale';

export interface Tick {
  value: number;
  label: string;
  kind: 'baseline' | 'reference';
}

export interface NumberControlProps {
  /** Undo key and test id, e.g. "lever-remittanceCostTargetPct". */
  id: string;
  label: string;
  /** Unit as shown (after scaling); empty for a year, which needs none ("2021–2035", not "2021–2035 year"). */
  unit: string;
  /** Bounds and step in shown units. */
  min: number;
  max: number;
  step: number;
  /** Current value in shown units. */
  value: number;
  ticks: readonly Tick[];
  decimals: number;
  onBegin: () => void;
  /** While dragging or nudging: not yet an undo step. */
  onPreview: (shown: number) => void;
  /** End of the interaction; `keyboard` nudges merge into one step. */
  onCommit: (keyboard: boolean) => void;
  /** A typed value, already checked; one undo step. */
  onSet: (shown: number) => void;
  changed: boolean;
  onReset: () => void;
  /** The slider alone (the presentation's lever strip shows the value beside it). */
  compact?: boolean;
}

const NAV_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);

function position(value: number, min: number, max: number): string {
  const f = max > min ? Math.min(1, Math.max(0, (value - min) / (max - min))) : 0;
  // The native thumb is 18 px wide: its centre travels from 9 px to (width − 9 px).
  return `calc(9px + ${f} * (100% - 18px))`;
}

export const NumberControl = memo(function NumberControl(props: NumberControlProps) {
  useLocale();
  const { id, label, unit, min, max, step, value, ticks, decimals, changed } = props;
  const fieldId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? formatPlain(value, decimals);

  const submit = () => {
    if (draft === null) return;
    const result = readTypedValue(draft, { min, max, unit });
    if (result.ok) {
      setError(null);
      setDraft(null);
      if (Math.abs(result.value - value) > 1e-12) props.onSet(result.value);
    } else {
      setError(result.message);
    }
  };

  const onFieldKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') submit();
    if (event.key === 'Escape') {
      setDraft(null);
      setError(null);
    }
  };

  const onSliderKeyUp = (event: KeyboardEvent<HTMLInputElement>) => {
    if (NAV_KEYS.has(event.key)) props.onCommit(true);
  };

  const slider = (
    <div className="slider">
      <input
        type="range"
        className="slider__input"
        aria-label={label}
        aria-valuetext={`${formatPlain(value, decimals)} ${unit}`.trim()}
        min={min}
        max={max}
        step={step}
        value={Math.min(max, Math.max(min, value))}
        onPointerDown={props.onBegin}
        onChange={(e) => props.onPreview(Number(e.currentTarget.value))}
        onPointerUp={() => props.onCommit(false)}
        onKeyUp={onSliderKeyUp}
        onBlur={() => props.onCommit(true)}
      />
      <div className="slider__ticks" aria-hidden="true">
        {ticks.map((tick) => (
          <span
            key={`${tick.kind}-${tick.label}`}
            className={`slider__tick slider__tick--${tick.kind}`}
            style={{ left: position(tick.value, min, max) }}
            title={tick.label}
          />
        ))}
      </div>
    </div>
  );
  if (props.compact) {
    return (
      <div className="number-control number-control--compact" data-testid={id}>
        {slider}
      </div>
    );
  }

  return (
    <div className="number-control" data-testid={id}>
      <div className="number-control__row">
        {slider}
        <div className="number-control__field">
          <input
            id={fieldId}
            type="text"
            inputMode="decimal"
            className="number-field"
            aria-label={t('levers.typedLabel', { label })}
            aria-invalid={error !== null}
            aria-describedby={error ? errorId : undefined}
            value={shown}
            onChange={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={onFieldKey}
            onBlur={submit}
          />
          {unit !== '' && <span className="number-control__unit">{unit}</span>}
        </div>
      </div>
      <div className="number-control__legend">
        <span className="tick-label tick-label--range">{t('levers.range', { min: formatPlain(min, decimals), max: formatPlain(max, decimals), unit }).trim()}</span>
        {ticks.map((tick) => (
          <span key={`${tick.kind}-${tick.label}`} className={`tick-label tick-label--${tick.kind}`}>
            {tick.label}
          </span>
        ))}
        {changed && (
          <button type="button" className="link-button" onClick={props.onReset} aria-label={t('levers.resetLabel', { label })}>
            {t('levers.reset')}
          </button>
        )}
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert" data-testid={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
});
