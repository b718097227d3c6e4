// Title bar, two fixed rows so that nothing wraps at any width or in any language: File menu, place, lens and the
// scenario name with its unsaved marker above; the views, Present and undo/redo below.
import { memo, type ReactNode } from 'react';
import type { RegionOption } from '../compute/engine-types';
import { t, tMaybe } from '../i18n/t';
import { Glyph } from './Glyph';
import { useLocale } from '../i18n/use-locale';
import { LocaleMenu } from './LocaleMenu';

export type ViewId = 'scenario' | 'baseline' | 'track' | 'sensitivity' | 'library' | 'compare' | 'methodology';

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
  /** Starts presentation mode with the open scenario. */
  onPresent: () => void;
  /** The File menu (rendered by the workflow that owns its commands). */
  fileMenu: ReactNode;
  readOnly: boolean;
}

/** The tabs; the methodology opens from links, the View menu and the palette. */
const VIEWS: readonly ViewId[] = ['scenario', 'baseline', 'track', 'sensitivity', 'library', 'compare'];

export const TitleBar = memo(function TitleBar(props: TitleBarProps) {
  useLocale();
  const aggregates = props.regions.filter((r) => r.kind === 'aggregate');
  const countries = props.regions.filter((r) => r.kind === 'country');
  return (
    <header className="titlebar" data-testid="title-bar">
      <div className="titlebar__row">
        {/* The page's one top-level heading: the app, then the view (for screen readers' heading lists). */}
        <h1 className="titlebar__brand">
          {t('app.name')}
          <span className="visually-hidden">: {t(`view.${props.view}`)}</span>
        </h1>
        {props.fileMenu}
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
      <span className="titlebar__spacer" />
      <span className="titlebar__name" data-testid="scenario-name" title={`${t('title.scenario')}: ${props.name}`}>
        <span className="visually-hidden">{t('title.scenario')}: </span>“{props.name}”
        {props.readOnly && <span className="badge badge--quiet">{t('title.readOnly')}</span>}
        {props.dirty && (
          <span className="dirty-dot" data-testid="dirty-marker" role="img" title={t('title.unsaved')} aria-label={t('title.unsaved')}>
            ●
          </span>
        )}
      </span>
      </div>
      <div className="titlebar__row titlebar__row--views">
        <nav className="tabs" aria-label={t('view.label')}>
          {VIEWS.map((view) => (
            <button key={view} type="button" data-testid={`view-${view}`} className={`tabs__tab${view === props.view ? ' is-selected' : ''}`} aria-pressed={view === props.view} onClick={() => props.onView(view)}>
              {t(`view.${view}`)}
            </button>
          ))}
        </nav>
        <span className="titlebar__spacer" />
        {/* Below 1500 px only the ▶ shows (its name stays "Present"). */}
        <button type="button" className="button button--primary titlebar__present" onClick={props.onPresent} title={t('present.buttonHint')} data-testid="present-button">
          <Glyph name="present" />
          <span className="titlebar__present-label">{t('present.button')}</span>
        </button>
        <LocaleMenu />
        {/* Icons: the accessible name and tooltip say what they do. */}
        <button type="button" className="button button--icon" data-testid="undo-button" onClick={props.onUndo} disabled={!props.canUndo} title={t('toolbar.undoShortcut')} aria-label={t('toolbar.undo')}>
          <Glyph name="undo" />
        </button>
        <button type="button" className="button button--icon" onClick={props.onRedo} disabled={!props.canRedo} title={t('toolbar.redoShortcut')} aria-label={t('toolbar.redo')}>
          <Glyph name="redo" />
        </button>
      </div>
    </header>
  );
});
