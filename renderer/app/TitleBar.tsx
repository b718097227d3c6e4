// Title bar: place, lens, view, scenario name with the unsaved marker, undo/redo/reset.
import { memo } from 'react';
import type { RegionOption } from '../compute/engine-types';
import { t, tMaybe } from '../i18n/t';

export type ViewId = 'scenario' | 'baseline' | 'sensitivity';

interface TitleBarProps {
  regions: readonly RegionOption[];
  region: string;
  lens: 'host' | 'origin';
  view: ViewId;
  name: string;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onRegion: (region: string) => void;
  onLens: (lens: 'host' | 'origin') => void;
  onView: (view: ViewId) => void;
  onUndo: () => void;
  onRedo: () => void;
  /** Present when the host can save a copy (browser download, memory host). */
  onDownload: (() => void) | null;
}

const VIEWS: readonly ViewId[] = ['scenario', 'baseline', 'sensitivity'];

export const TitleBar = memo(function TitleBar(props: TitleBarProps) {
  const aggregates = props.regions.filter((r) => r.kind === 'aggregate');
  const countries = props.regions.filter((r) => r.kind === 'country');
  return (
    <header className="titlebar">
      <span className="titlebar__brand">{t('app.name')}</span>
      <label className="field field--inline">
        <span>{t('region.label')}</span>
        <select data-testid="region-select" value={props.region} onChange={(e) => props.onRegion(e.currentTarget.value)}>
          <optgroup label={t('region.groupAggregates')}>
            {aggregates.map((r) => (
              <option key={r.id} value={r.id}>
                {tMaybe(`region.${r.id}`, r.name)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('region.groupCountries')}>
            {countries.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <div className="segmented" role="radiogroup" aria-label={t('lens.label')}>
        {(['host', 'origin'] as const).map((lens) => (
          <label key={lens} className={`segmented__option${lens === props.lens ? ' is-selected' : ''}`} title={t(lens === 'host' ? 'lens.hostHint' : 'lens.originHint')}>
            <input type="radio" name="lens" value={lens} checked={lens === props.lens} onChange={() => props.onLens(lens)} />
            {t(lens === 'host' ? 'lens.host' : 'lens.origin')}
          </label>
        ))}
      </div>
      <nav className="tabs" aria-label={t('view.label')}>
        {VIEWS.map((view) => (
          <button key={view} type="button" className={`tabs__tab${view === props.view ? ' is-selected' : ''}`} aria-pressed={view === props.view} onClick={() => props.onView(view)}>
            {t(`view.${view}`)}
          </button>
        ))}
      </nav>
      <span className="titlebar__spacer" />
      <span className="titlebar__name" data-testid="scenario-name">
        {t('title.scenario')}: “{props.name}”
        {props.dirty && (
          <span className="dirty-dot" data-testid="dirty-marker" title={t('title.unsaved')} aria-label={t('title.unsaved')}>
            ●
          </span>
        )}
      </span>
      <button type="button" className="button" onClick={props.onUndo} disabled={!props.canUndo} title={t('toolbar.undoShortcut')}>
        {t('toolbar.undo')}
      </button>
      <button type="button" className="button" onClick={props.onRedo} disabled={!props.canRedo} title={t('toolbar.redoShortcut')}>
        {t('toolbar.redo')}
      </button>
      {props.onDownload && (
        <button type="button" className="button" onClick={props.onDownload} title={t('toolbar.downloadHint')}>
          {t('toolbar.download')}
        </button>
      )}
    </header>
  );
});
