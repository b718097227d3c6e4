// The (i) card of a lever or parameter: what it means, its default and where that comes from, and how strong the
// evidence is, in words.
import { useEffect, useId, useRef, useState } from 'react';
import type { EvidenceTag } from '../../../shared/model/types';
import { t } from '../../i18n/t';
import { Glyph } from '../../app/Glyph';

export interface InfoCardProps {
  label: string;
  description: string;
  defaultText: string;
  source: string;
  evidence: EvidenceTag;
  note?: string;
}

export function InfoButton(props: InfoCardProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    const onDown = (e: PointerEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onDown);
    };
  }, [open]);
  return (
    <div className="info" ref={ref}>
      <button
        type="button"
        className="info__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('levers.info', { label: props.label })}
        onClick={() => setOpen((o) => !o)}
      >
        <Glyph symbol={t('info.icon')} />
      </button>
      {open && (
        <div id={panelId} className="info__card" role="dialog" aria-label={props.label}>
          <h3>{props.label}</h3>
          <dl>
            <dt>{t('info.meaning')}</dt>
            <dd>{props.description}</dd>
            <dt>{t('info.default')}</dt>
            <dd>{props.defaultText}</dd>
            <dt>{t('info.source')}</dt>
            <dd>{props.source}</dd>
            <dt>{t('info.evidence')}</dt>
            <dd>
              <span className={`evidence evidence--${props.evidence}`}>{t(`evidence.${props.evidence}`)}</span>
            </dd>
          </dl>
          {props.note && <p className="info__note">{props.note}</p>}
          <button type="button" className="link-button" onClick={() => setOpen(false)}>
            {t('info.close')}
          </button>
        </div>
      )}
    </div>
  );
}
