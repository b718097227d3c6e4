// The (i) card of a lever or parameter: what it means, its default and where that comes from, and how strong the
// evidence is, in words.
import { useId } from 'react';
import type { EvidenceTag } from '../../../shared/model/types';
import { t } from '../../i18n/t';
import { Glyph } from '../../app/Glyph';
import { usePopover } from '../common/use-popover';

export interface InfoCardProps {
  label: string;
  description: string;
  defaultText: string;
  source: string;
  evidence: EvidenceTag;
  note?: string;
}

export function InfoButton(props: InfoCardProps) {
  const { open, toggle, close, root, button } = usePopover();
  const panelId = useId();
  return (
    <div className="info" ref={root}>
      <button
        ref={button}
        type="button"
        className="info__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('levers.info', { label: props.label })}
        onClick={toggle}
      >
        <Glyph name="info" />
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
          <button type="button" className="link-button" onClick={close}>
            {t('info.close')}
          </button>
        </div>
      )}
    </div>
  );
}
