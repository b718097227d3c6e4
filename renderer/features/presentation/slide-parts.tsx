// Pieces every slide shares: its heading, the assumption badge, scenario letters and legend marks.
import type { ReactNode } from 'react';
import type { OutputDef } from '../../../shared/model/types';
import { t } from '../../i18n/t';
import { inkOn, SCENARIO_LETTERS } from './slide-layout';

/** A slide's heading: the title (and a badge after it), and a subtitle that gives way to the lever strip. */
export function SlideHead({ title, subtitle, badge, showSubtitle = true }: { title: string; subtitle: string; badge?: ReactNode; showSubtitle?: boolean }) {
  return (
    <header className="slide__head">
      <h2 className="slide__title">
        {title}
        {badge}
      </h2>
      {showSubtitle && <p className="slide__subtitle">{subtitle}</p>}
    </header>
  );
}

/** The "driven by assumptions" badge, as on the screen's charts. */
export function AssumptionBadge({ def }: { def: OutputDef | undefined }) {
  if (!def?.assumptionDriven) return null;
  return <span className="slide__badge">{t('charts.assumptionBadge')}</span>;
}

/** A scenario's letter on its colour (the text colour that reads on it). */
export function ScenarioLetter({ index, colour }: { index: number; colour: string }) {
  return (
    <span className="scenario-letter" style={{ background: colour, color: inkOn(colour) }} aria-hidden="true">
      {SCENARIO_LETTERS[index]}
    </span>
  );
}

/** A short line sample for a legend
: solid, dashed or a band. */
export function LegendMark({ kind, colour }: { kind: 'line' | 'dashed' | 'band' | 'paper' | 'observed'; colour?: string }) {
  return <span className={`slide-mark slide-mark--${kind}`} style={colour ? { borderColor: colour } : undefined} aria-hidden="true" />;
}
