// The presenter view: a second window on the presenter's own screen (the desktop opens it when a second display
// exists), following the presentation over a BroadcastChannel. It shows the slide the room sees, the next one, the
// speaker notes and the time, and its keys and buttons drive the presentation. It builds the same deck from the
// same input as the presentation, with the same slide components, so the two never disagree.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { presenterChannelName } from '../../../shared/host/presenter-view';
import type { Engine } from '../../compute/engine-types';
import { isTextEntry } from '../../commands/command-center';
import { t } from '../../i18n/t';
import { buildDeck, type DeckInput, type Slide } from './deck';
import { presentationAction, type PresentAction } from './presentation-keys';
import { parsePresenterMessage, type OutgoingMessage, type StateMessage } from './presenter-messages';
import { slideTitle, speakerNotes } from './speaker-notes';
import { SlideFrame, SlideView } from './SlideView';
import { useDeckData } from './use-presentation';
import './presentation.css';

type Status = { kind: 'waiting' } | { kind: 'ended' } | { kind: 'live'; state: StateMessage };

/** The presentation's state as the channel reports it; `send` talks back. */
function usePresentationChannel(session: string) {
  const [status, setStatus] = useState<Status>({ kind: 'waiting' });
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const open = new BroadcastChannel(presenterChannelName(session));
    channel.current = open;
    open.onmessage = (event: MessageEvent) => {
      const message = parsePresenterMessage(event.data);
      if (message?.type === 'state') setStatus({ kind: 'live', state: message });
      else if (message?.type === 'ended') setStatus({ kind: 'ended' });
    };
    open.postMessage({ type: 'hello' } satisfies OutgoingMessage);
    return () => {
      open.close();
      channel.current = null;
    };
  }, [session]);
  const send = useCallback((action: PresentAction) => channel.current?.postMessage({ type: 'command', action } satisfies OutgoingMessage), []);
  return { status, send };
}

export function PresenterView({ engine, session }: { engine: Engine; session: string }) {
  const { status, send } = usePresentationChannel(session);
  useEffect(() => {
    document.title = `${t('presenter.title')} — ${t('app.name')}`;
    const onKey = (event: KeyboardEvent) => {
      const action = presentationAction(event);
      if (action === null || isTextEntry(event.target) || event.repeat) return;
      event.preventDefault();
      send(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [send]);

  if (status.kind !== 'live') {
    return (
      <main className="presenter presenter--idle" data-testid="presenter-view">
        <h1 className="presenter__title">{t('presenter.title')}</h1>
        <p role="status">{t(status.kind === 'ended' ? 'presenter.ended' : 'presenter.waiting')}</p>
      </main>
    );
  }
  return <LivePresenter engine={engine} state={status.state} send={send} />;
}

function LivePresenter({ engine, state, send }: { engine: Engine; state: StateMessage; send(action: PresentAction): void }) {
  const input: DeckInput = state.input;
  const slides = useMemo(() => buildDeck(input, engine.leverBaseline), [input, engine]);
  const data = useDeckData(engine, input, null);
  const index = Math.min(state.index, slides.length - 1);
  const slide = slides[index];
  const next = slides[index + 1];
  const elapsed = useElapsed(state.startedAt);
  const notes = slide ? speakerNotes(slide, data, slides) : [];
  const hidden = (s: Slide) => state.hidden.includes(s.key);
  return (
    <main className="presenter" data-testid="presenter-view">
      <header className="presenter__bar">
        <h1 className="presenter__title">{t('presenter.title')}</h1>
        <span className="presenter__count" data-testid="presenter-count">
          {t('present.slideNumber', { number: index + 1, count: slides.length })}
        </span>
        <span className="presenter__time" role="timer">{t('presenter.elapsed', { time: elapsed })}</span>
        <span className="titlebar__spacer" />
        <button type="button" className="button" onClick={() => send('previous')} disabled={index === 0}>{t('present.previous')}</button>
        <button type="button" className="button button--primary" onClick={() => send('next')} disabled={next === undefined}>{t('present.next')}</button>
        <button type="button" className="button" onClick={() => send('reveal')}>{slide && hidden(slide) ? t('present.showLine') : t('present.hideLine')}</button>
        <button type="button" className="button" onClick={() => send('replay')}>{t('present.replay')}</button>
        <button type="button" className="button" onClick={() => send('exit')}>{t('present.exit')}</button>
      </header>
      <section className="presenter__current" aria-label={t('presenter.current')}>
        <h2 className="presenter__heading">
          {t('presenter.current')}: <span data-testid="presenter-current">{slide ? slideTitle(slide, data) : ''}</span>
        </h2>
        {slide && (
          <SlideFrame className="presenter__slide">
            <SlideView slide={slide} index={index} count={slides.length} data={data} hidden={hidden(slide)} replayToken={null} date={state.startedAt} />
          </SlideFrame>
        )}
        {slide && hidden(slide) && <p className="presenter__state">{t('presenter.lineHidden')}</p>}
        {state.levers && <p className="presenter__state">{t('presenter.leversOn')}</p>}
      </section>
      <section className="presenter__next" aria-label={t('presenter.next')}>
        <h2 className="presenter__heading">
          {t('presenter.next')}: <span data-testid="presenter-next">{next ? slideTitle(next, data) : t('presenter.end')}</span>
        </h2>
        {next && (
          <SlideFrame className="presenter__slide presenter__slide--next">
            <SlideView slide={next} index={index + 1} count={slides.length} data={data} hidden={hidden(next)} replayToken={null} date={state.startedAt} />
          </SlideFrame>
        )}
      </section>
      <section className="presenter__notes" aria-labelledby="presenter-notes">
        <h2 id="presenter-notes" className="presenter__heading">{t('presenter.notes')}</h2>
        <div data-testid="presenter-notes">
          {notes.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      </section>
    </main>
  );
}

/** "12:05": minutes and seconds since the presentation started, ticking each second. */
function useElapsed(since: number): string {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - since) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
