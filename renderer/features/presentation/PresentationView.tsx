// Presentation mode on screen: one slide at a time, full screen, in the projector theme (presentation.css), with
// its keys (→ Space PageDown, ← PageUp, Home End, R, P, L, Esc), a control bar that shows when the mouse moves or
// a control has the focus, and the lever strip. A modal dialog: the focus stays inside while it is open and goes
// back where it was when it ends. What it shows lives in the PresentationSession; nothing here touches the
// document except the lever strip, whose moves are ordinary, undoable edits.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Levers, Projection } from '../../../shared/model/types';
import type { Engine } from '../../compute/engine-types';
import { isTextEntry } from '../../commands/command-center';
import { keepTabInside } from '../../commands/modal-focus';
import { t } from '../../i18n/t';
import { hasScenarioLines, type DeckInput, type Slide } from './deck';
import { leverReach, type LeverReach } from './lever-reach';
import { LeverStrip } from './LeverStrip';
import { isNavigation, presentationAction, type PresentAction } from './presentation-keys';
import type { PresentationSnapshot } from './presentation-session';
import { slideTitle } from './speaker-notes';
import { SlideFrame, SlideView } from './SlideView';
import { useDeckData, usePresentation, usePresentationSession, type DeckData } from './use-presentation';
import './presentation.css';
import { Glyph, type GlyphName } from '../../app/Glyph';
import { scenarioName } from '../file/scenario-name';

interface PresentationViewProps {
  engine: Engine;
  /** The open scenario as a deck (it changes as its levers move); used when the open scenario is presented. */
  current: DeckInput;
  /** The open scenario's projection, computed by the scenario screen's scheduler. */
  projection: Projection | null;
  /** The open scenario's levers, for the lever strip. */
  levers: Levers;
}

/** A focused control that uses this key itself keeps it: a slider or radio group its arrows, a button its Space. */
function controlOwnsKey(target: EventTarget | null, key: string): boolean {
  if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLButtonElement && (key === ' ' || key === 'Enter');
}

const CONTROLS_IDLE_MS = 2500;

export function PresentationView({ engine, current, projection, levers }: PresentationViewProps) {
  const session = usePresentationSession();
  const state = usePresentation();
  const isCurrent = state.input?.source !== 'saved';
  const input = isCurrent ? current : (state.input ?? current);
  const data = useDeckData(engine, input, isCurrent ? projection : null);

  // The open scenario's slides follow its levers (and the presenter view with them).
  useEffect(() => {
    if (isCurrent) session.update(current);
  }, [session, current, isCurrent]);

  const stage = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => stage.current?.focus(), []);
  const [announcement, setAnnouncement] = useState('');
  const reach = useRef<LeverReach | null>(null);
  if (state.levers && reach.current === null) reach.current = leverReach(engine.levers, engine.project);

  const run = useCallback(
    (action: PresentAction) => {
      const changed = session.act(action);
      setAnnouncement(announce(action, changed, session.getSnapshot(), data));
    },
    [session, data],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = presentationAction(event);
      if (action === null) return;
      if (action !== 'exit' && isTextEntry(event.target)) return; // typing a lever value
      if (isNavigation(action) ? controlOwnsKey(event.target, event.key) : event.repeat) return;
      event.preventDefault();
      run(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  const controls = useControlsVisibility();
  const slide = state.slides[state.index];
  const count = state.slides.length;
  const hidden = slide !== undefined && state.hidden.includes(slide.key);
  const replayToken = slide !== undefined && state.replay?.key === slide.key ? state.replay.token : null;
  const focusSlide = useCallback(() => requestAnimationFrame(() => stage.current?.focus()), []);
  const output = slide?.kind === 'chart' || slide?.kind === 'compare' ? slide.output : null;
  const name = input.scenarios.length === 1 ? scenarioName(input.scenarios[0]?.document.name ?? '') : t('present.severalTitle', { count: input.scenarios.length });

  return (
    <div
      ref={root}
      className={`present${controls.visible ? '' : ' present--idle'}`}
      role="dialog"
      aria-modal="true"
      aria-label={t('present.label', { name })}
      data-testid="presentation"
      onKeyDown={(event) => keepTabInside(event, root.current)}
      onPointerMove={controls.show}
    >
      <div
        ref={stage}
        className="present__stage"
        tabIndex={-1}
        role="group"
        aria-roledescription={t('present.slideRole')}
        aria-label={slide ? t('present.slideLabel', { number: state.index + 1, count, title: slideTitle(slide, data) }) : undefined}
      >
        {slide && (
          <SlideFrame>
            <SlideView
              slide={slide}
              index={state.index}
              count={count}
              data={data}
              hidden={hidden}
              replayToken={replayToken}
              date={state.startedAt}
              strip={
                // Only chart slides make room for the strip; it comes back on the next one.
                state.levers && isCurrent && reach.current && output !== null ? (
                  <LeverStrip engine={engine} levers={levers} region={input.scenarios[0]?.document.view.region ?? 'LAC'} output={output} reach={reach.current} onPointerDone={focusSlide} />
                ) : undefined
              }
            />
          </SlideFrame>
        )}
      </div>
      <div className="present__controls" role="group" aria-label={t('present.controls')} onFocus={controls.show}>
        <ControlButton icon="previous" label={t('present.previous')} onClick={() => run('previous')} disabled={state.index === 0} />
        <ControlButton icon="next" label={t('present.next')} onClick={() => run('next')} disabled={state.index >= count - 1} />
        {/* A toggle: one name, and pressed while the line is hidden. */}
        <ControlButton icon="reveal" label={t('present.hideLine')} onClick={() => run('reveal')} disabled={!hasScenarioLines(slide)} pressed={hidden} />
        <ControlButton icon="replay" label={t('present.replay')} onClick={() => run('replay')} disabled={!hasScenarioLines(slide)} />
        {isCurrent && <ControlButton icon="levers" label={t('present.toggleLevers')} onClick={() => run('levers')} pressed={state.levers} />}
        <ControlButton icon="exit" label={t('present.exit')} onClick={() => run('exit')} />
      </div>
      <p className="visually-hidden" role="status" data-testid="presentation-status">
        {announcement}
      </p>
    </div>
  );
}

function ControlButton(props: { icon: GlyphName; label: string; onClick(): void; disabled?: boolean; pressed?: boolean }) {
  return (
    <button
      type="button"
      className="present__control"
      aria-label={props.label}
      title={props.label}
      onClick={props.onClick}
      disabled={props.disabled}
      aria-pressed={props.pressed}
    >
      <Glyph name={props.icon} />
    </button>
  );
}

/** The control bar shows while the mouse moves (and hides after a pause, with the pointer, off the projected slide). */
function useControlsVisibility() {
  const [visible, setVisible] = useState(true);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const show = useCallback(() => {
    setVisible(true);
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => setVisible(false), CONTROLS_IDLE_MS);
  }, []);
  useEffect(() => {
    show();
    return () => {
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [show]);
  return useMemo(() => ({ visible, show }), [visible, show]);
}

/** What a screen reader hears after a presentation key. */
function announce(action: PresentAction, changed: boolean, state: PresentationSnapshot, data: DeckData): string {
  const slide: Slide | undefined = state.slides[state.index];
  switch (action) {
    case 'reveal':
      if (!changed || !slide) return '';
      return t(state.hidden.includes(slide.key) ? 'present.announceHidden' : 'present.announceShown');
    case 'replay':
      return changed ? t('present.announceReplay') : '';
    case 'levers':
      if (!changed) return t('present.leversUnavailable');
      if (state.levers && !hasScenarioLines(slide)) return t('present.leversOnCharts');
      return t(state.levers ? 'present.announceLeversOn' : 'present.announceLeversOff');
    case 'exit':
      return '';
    default:
      return slide ? t('present.slideLabel', { number: state.index + 1, count: state.slides.length, title: slideTitle(slide, data) }) : '';
  }
}
