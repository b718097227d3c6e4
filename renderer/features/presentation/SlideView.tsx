// One slide, laid out at 1280 × 720 and scaled to fit its frame (the screen in a presentation, a box in the
// presenter view), so it looks the same on a laptop, a projector and at any display scaling. Every slide carries
// its provenance in the footer: the scenario and its fingerprint, or the baseline of a comparison.
import { useRef, type ReactNode } from 'react';
import { dataProvenance } from '../../../shared/data';
import { computedFingerprint } from '../../../shared/export/provenance';
import { t } from '../../i18n/t';
import { ChartSlide } from './ChartSlide';
import { ClosingSlide } from './ClosingSlide';
import { CompareSlide } from './CompareSlide';
import type { Slide } from './deck';
import { TitleSlide } from './TitleSlide';
import { useFitScale, type DeckData } from './use-presentation';
import { scenarioName } from '../file/scenario-name';

export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

/** A 16:9 slide scaled to fill as much of its frame as it can. */
export function SlideFrame({ children, className = '' }: { children: ReactNode; className?: string }) {
  const frame = useRef<HTMLDivElement>(null);
  const scale = useFitScale(frame, SLIDE_WIDTH, SLIDE_HEIGHT);
  return (
    <div ref={frame} className={`slide-frame ${className}`}>
      <div className="slide" style={{ transform: `translate(-50%, -50%) scale(${scale})` }} data-scale={scale}>
        {children}
      </div>
    </div>
  );
}

interface SlideViewProps {
  slide: Slide;
  index: number;
  count: number;
  data: DeckData;
  /** The scenario lines are hidden so the room can guess. */
  hidden: boolean;
  /** Changes each time a replay is asked for on this slide; null when none has been. */
  replayToken: number | null;
  /** The presentation's date (title slide). */
  date: number;
  /** The lever strip, when shown (chart slides then make room for it). */
  strip?: ReactNode;
}

export function SlideView({ slide, index, count, data, hidden, replayToken, date, strip }: SlideViewProps) {
  return (
    <div className={`slide-content slide-content--${slide.kind}`} data-testid="slide" data-kind={slide.kind} data-key={slide.key}>
      {slide.kind === 'title' && <TitleSlide data={data} date={date} />}
      {slide.kind === 'chart' && <ChartSlide output={slide.output} data={data} hidden={hidden} replayToken={replayToken} compact={strip !== undefined} />}
      {slide.kind === 'compare' && (
        <CompareSlide output={slide.output} region={slide.region} group={slide.group} data={data} hidden={hidden} replayToken={replayToken} compact={strip !== undefined} />
      )}
      {slide.kind === 'closing' && <ClosingSlide page={slide.page} pages={slide.pages} rows={slide.rows} data={data} />}
      {strip}
      <SlideFooter data={data} number={index + 1} count={count} />
    </div>
  );
}

function SlideFooter({ data, number, count }: { data: DeckData; number: number; count: number }) {
  const { scenarios } = data.input;
  const only = scenarios.length === 1 ? scenarios[0] : undefined;
  return (
    <footer className="slide__footer">
      {only ? (
        <span className="slide__provenance" data-testid="slide-provenance">
          <span className="slide__deck-name">{scenarioName(only.document.name)}</span>
          <span className="slide__fingerprint">{t('present.footerFingerprint', { fingerprint: computedFingerprint(only.document) })}</span>
        </span>
      ) : (
        <span className="slide__provenance" data-testid="slide-provenance">
          {t('present.footerSeveral', { count: scenarios.length, dataset: dataProvenance().datasetId, version: dataProvenance().datasetVersion })}
        </span>
      )}
      <span className="slide__number" data-testid="slide-number">
        {t('present.slideNumber', { number, count })}
      </span>
    </footer>
  );
}
