// The scenario library: one card per saved scenario (name, author, last update, baseline, three 2030 figures for
// LAC), unreadable files as cards with their message, search and sort, and per-card actions including the
// "Compare" tick that gives the scenario its colour.
import { memo, useMemo, useState } from 'react';
import type { LibraryEntry } from '../../../shared/host/library-types';
import type { OutputDef } from '../../../shared/model/types';
import { formatCompact, numberLocale } from '../../i18n/format';
import { formatDateTime } from '../../i18n/format-date';
import { t, tMaybe } from '../../i18n/t';
import { MAX_COMPARED, type Compared } from '../compare/scenario-colours';
import { baselineMismatch } from '../../../shared/library/baseline';
import { bundledBaseline } from '../file/file-workflow';
import { LIBRARY_FIGURES, type FigureCache } from './library-figures';
import { entryName, entryUpdated, queryLibrary, type LibrarySort } from './library-query';
import { useLocale } from '../../i18n/use-locale';

interface LibraryViewProps {
  entries: readonly LibraryEntry[] | null;
  loadError: string | null;
  outputs: readonly OutputDef[];
  figureCache: FigureCache;
  compared: readonly Compared[];
  openRef: string | null;
  onOpen(ref: string): void;
  onDuplicate(ref: string, name: string): void;
  onRename(ref: string, name: string): void;
  onDelete(ref: string, name: string): void;
  onToggleCompare(ref: string): void;
  onCompare(): void;
  /** Presents the ticked scenarios. */
  onPresent(): void;
  onImport(): void;
  onShowDeleted(): void;
}

export const LibraryView = memo(function LibraryView(props: LibraryViewProps) {
  useLocale();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<LibrarySort>('updated');
  const shown = useMemo(() => queryLibrary(props.entries ?? [], search, sort, numberLocale()), [props.entries, search, sort]);
  const full = props.compared.length >= MAX_COMPARED;
  return (
    <section className="library" aria-labelledby="library-heading" data-testid="library-view">
      <header className="view-head library__head">
        <h2 id="library-heading" className="view-title">{t('library.heading')}</h2>
        <label className="field">
          <span>{t('library.search')}</span>
          <input type="search" className="text-field" value={search} placeholder={t('library.searchHint')} onChange={(e) => setSearch(e.currentTarget.value)} data-testid="library-search" />
        </label>
        <label className="field">
          <span>{t('library.sort')}</span>
          <select value={sort} onChange={(e) => setSort(e.currentTarget.value as LibrarySort)} data-testid="library-sort">
            <option value="updated">{t('library.sortUpdated')}</option>
            <option value="name">{t('library.sortName')}</option>
          </select>
        </label>
        <span className="titlebar__spacer" />
        <button type="button" className="button" onClick={props.onShowDeleted} data-testid="library-deleted">{t('file.recentlyDeleted')}</button>
        <button type="button" className="button" onClick={props.onImport}>{t('file.import')}</button>
        <button type="button" className="button" disabled={props.compared.length < 1} onClick={props.onPresent} title={t('present.presentTickedHint')} data-testid="library-present">
          {t('present.presentTicked', { count: props.compared.length })}
        </button>
        <button type="button" className="button button--primary" disabled={props.compared.length < 2} onClick={props.onCompare} data-testid="library-compare">
          {t('library.compareSelected', { count: props.compared.length })}
        </button>
      </header>
      <p className="panel-hint">{t('library.hint', { max: MAX_COMPARED })}</p>
      {props.loadError && <p className="field-error" role="alert">{props.loadError}</p>}
      {props.entries === null && !props.loadError && <p className="panel-hint">{t('file.loading')}</p>}
      {props.entries?.length === 0 && <p className="library__empty">{t('library.empty')}</p>}
      {props.entries !== null && props.entries.length > 0 && shown.length === 0 && <p className="library__empty">{t('library.noMatch')}</p>}
      <ul className="library__grid">
        {shown.map((entry) => (
          <LibraryCard
            key={entry.ref}
            entry={entry}
            {...props}
            colour={props.compared.find((c) => c.ref === entry.ref)?.colour ?? null}
            compareDisabled={full}
          />
        ))}
      </ul>
    </section>
  );
});

interface CardProps extends LibraryViewProps {
  entry: LibraryEntry;
  colour: string | null;
  compareDisabled: boolean;
}

function LibraryCard({ entry, colour, compareDisabled, figureCache, outputs, openRef, ...actions }: CardProps) {
  const doc = entry.document;
  const name = entryName(entry);
  const testId = `library-card-${name}`;
  if (!doc) {
    return (
      <li className="library-card library-card--broken" data-testid={testId}>
        <h3 className="library-card__name">{entry.fileName}</h3>
        <p className="field-error">{entry.message}</p>
        <div className="library-card__actions">
          {entry.status === 'newer-version' && (
            // Shown read-only as far as this version understands it; the file itself is never rewritten.
            <button type="button" className="button" onClick={() => actions.onOpen(entry.ref)}>{t('library.openReadOnly')}</button>
          )}
          <button type="button" className="button" onClick={() => actions.onDelete(entry.ref, entry.fileName)}>{t('file.delete')}</button>
        </div>
      </li>
    );
  }
  const figures = figureCache.figures(doc);
  const olderBaseline = baselineMismatch(doc, bundledBaseline()) !== null;
  return (
    <li className={`library-card${colour ? ' is-compared' : ''}`} style={colour ? { borderTopColor: colour } : undefined} data-testid={testId}>
      <div className="library-card__title">
        {colour && <span className="swatch" style={{ background: colour }} aria-hidden="true" />}
        <h3 className="library-card__name" title={name}>{name}</h3>
        {entry.ref === openRef && <span className="badge badge--quiet">{t('library.open')}</span>}
      </div>
      <p className="library-card__meta">
        {doc.author ? `${doc.author} · ` : ''}
        {t('library.updated', { date: formatDateTime(entryUpdated(entry)) })}
      </p>
      <p className="library-card__meta">
        {t('library.baseline', { dataset: doc.baseline?.datasetId ?? t('library.baselineUnknown') })}
        {olderBaseline && <span className="badge" data-testid="older-baseline"> {t('library.olderBaseline')}</span>}
      </p>
      <dl className="library-card__figures">
        {LIBRARY_FIGURES.map((id) => {
          const def = outputs.find((o) => o.id === id);
          const value = figures[id];
          return (
            <div key={id}>
              <dt>{tMaybe(`card.${id}`, def?.label ?? id)}</dt>
              <dd>{value === null ? '–' : formatCompact(value, def?.unit ?? '', { signed: true })}</dd>
            </div>
          );
        })}
      </dl>
      <p className="library-card__figures-note">{t('library.figuresNote')}</p>
      <div className="library-card__actions">
        <button type="button" className="button button--primary" onClick={() => actions.onOpen(entry.ref)}>{t('library.openAction')}</button>
        <button type="button" className="button" onClick={() => actions.onDuplicate(entry.ref, name)}>{t('file.duplicate')}</button>
        <button type="button" className="button" onClick={() => actions.onRename(entry.ref, name)}>{t('file.rename')}</button>
        <button type="button" className="button" onClick={() => actions.onDelete(entry.ref, name)}>{t('file.delete')}</button>
        <label className="library-card__compare">
          <input type="checkbox" checked={colour !== null} disabled={colour === null && compareDisabled} onChange={() => actions.onToggleCompare(entry.ref)} />
          {t('library.compare')}
        </label>
      </div>
    </li>
  );
}
