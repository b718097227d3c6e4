// The compact lever strip (L), on chart slides: the levers that move the chart on the slide (at most four: those
// the scenario changed, then those that move it furthest, so the chart keeps room to be read), the same
// controls as the lever panel, bound to the same document store, so the chart follows live and Ctrl+Z undoes a
// move. After a mouse or touch move the keyboard focus goes back to the slide, so → goes on to the next slide
// instead of nudging the slider; keyboard users who tab into a lever keep it.
import { memo, useMemo } from 'react';
import type { LeverDef, Levers, OutputId, RegionId } from '../../../shared/model/types';
import type { Engine } from '../../compute/engine-types';
import { t } from '../../i18n/t';
import { LeverItem } from '../levers/LeverPanel';
import type { LeverReach } from './lever-reach';
import { useLocale } from '../../i18n/use-locale';

/** More rows than this squeeze the chart below what the back of a room can read at 1280 × 720. */
const MAX_STRIP_LEVERS = 4;

interface LeverStripProps {
  engine: Engine;
  levers: Levers;
  region: RegionId;
  /** The output charted on the slide. */
  output: OutputId;
  reach: LeverReach;
  onPointerDone(): void;
}

export const LeverStrip = memo(function LeverStrip({ engine, levers, region, output, reach, onPointerDone }: LeverStripProps) {
  useLocale();
  const shown = useMemo(() => {
    const moving = engine.levers.filter((def) => reach.get(def.id)?.has(output) === true);
    const changed = (def: LeverDef) => levers[def.id] !== engine.leverBaseline(def, region);
    const far = (def: LeverDef) => reach.get(def.id)?.get(output) ?? 0;
    const ranked = [...moving].sort((a, b) => Number(changed(b)) - Number(changed(a)) || far(b) - far(a));
    const kept = new Set(ranked.slice(0, MAX_STRIP_LEVERS));
    // In the panel's order, so a lever does not jump when it is moved.
    return moving.filter((def) => kept.has(def));
  }, [engine, levers, region, output, reach]);
  return (
    <section
      className="lever-strip"
      aria-label={t('present.levers')}
      data-testid="lever-strip"
      onPointerUp={(e) => {
        const target = e.target as HTMLElement;
        if (target instanceof HTMLInputElement && (target.type === 'range' || target.type === 'radio')) onPointerDone();
      }}
    >
      <h2 className="visually-hidden">{t('present.levers')}</h2>
      {shown.length === 0 ? (
        <p className="lever-strip__none">{t('present.leversNone')}</p>
      ) : (
        <div className="lever-strip__levers">
          {shown.map((def) => (
            <LeverItem key={def.id} def={def} value={levers[def.id]} baseline={engine.leverBaseline(def, region)} strip />
          ))}
        </div>
      )}
    </section>
  );
});
