// The scenario library: one card per saved scenario — name, author, last update, its place and scope, the levers it
// changes in words, its main result for its own place, its notes and the data it was made on — unreadable files as
// cards with their message, search and sort, and per-card actions including the "Compare" tick that gives the
// scenario its colour. The scenario on screen, while it has unsaved changes, comes first as its own card, so it can
// be compared too.
import { memo, useMemo, useState } from 'react';
import type { LibraryEntry } from '../../../shared/host/library-types';
import { baselineMismatch } from '../../../shared/library/baseline';
import { SDG_YEAR } from '../../../shared/model/years';
import type { ScenarioDocument } from '../../../shared/scenario/document';
import type { Engine } from '../../compute/engine-types';
import { placeName } from '../../compute/place-name';
import { numberLocale } from '../../i18n/format';
import { formatDateTime } from '../../i18n/format-date';
import { t } from '../../i18n/t';
import { CURRENT_SCENARIO, MAX_COMPARED, type Compared } from '../compare/scenario-colours';
import { bundledBaseline } from '../file/file-workflow';
import type { CardSummaries } from './card-summary';
import { libraryErrorText } from './library-error-text';
import { entryName, entryUpdated, queryLibrary, type LibrarySort } from './library-query';
import { useLocale } from '../../i18n/use-locale';
import { scenarioName } from '../file/scenario-name';

interface LibraryViewProps {
  engine: Engine;
  entries: readonly LibraryEntry[] | null;
  loadError: string | null;
  summaries: CardSummaries;
  compared: readonly Compared[];
  openRef: string | null;
  /** The scenario on screen, and whether it has changes no file holds. */
  current: { document: ScenarioDocument; unsaved: boolean };
  onOpen(ref: string): void;
  onDuplicate(ref: string, name: string): void;
  onRename(ref: string, name: string): void;
  /** Author and notes; null: the scenario on screen (not saved). */
  onEditNotes(ref: string | null): void;
  onDelete(ref: string, name: string): void;
  onToggleCompare(ref: string): void;
  onCompare(): void;
  /** Presents the ticked scenarios. */
  onPresent(): void;
  onImport(): void;
  onShowDeleted(): void;
  onBackToScenario(): void;
}

export const LibraryView = memo(function LibraryView(props: LibraryViewProps) {
  useLocale();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<LibrarySort>('updated');
  const { engine } = props;
  const shown = useMemo(() => queryLibrary(props.entries ?? [], search, sort, numberLocale(), (id) => placeName(engine, id)), [props.entries, search, sort, engine]);
  const full = props.compared.length >= MAX_COMPARED;
  const colourOf = (ref: string) => props.compared.find((c) => c.ref === ref)?.colour ?? null;
  const currentColour = colourOf(CURRENT_SCENARIO);
  const showCurrent = props.current.unsaved || currentColour !== null;
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
      <p className="panel-hint">{t('library.hint', { max: MAX_COMPARED, year: SDG_YEAR })}</p>
      {props.loadError && <p className="field-error" role="alert">{props.loadError}</p>}
      {props.entries === null && !props.loadError && <p className="panel-hint">{t('file.loading')}</p>}
      {props.entries?.length === 0 && !showCurrent && <p className="library__empty">{t('library.empty')}</p>}
      {props.entries !== null && props.entries.length > 0 && shown.length === 0 && <p className="library__empty">{t('library.noMatch')}</p>}
      <ul className="library__grid">
        {showCurrent && (
          <li className={`library-card library-card--current${currentColour ? ' is-compared' : ''}`} style={currentColour ? { borderTopColor: currentColour } : undefined} data-testid="library-card-current">
            <div className="library-card__title">
              {currentColour && <span className="swatch" style={{ background: currentColour }} aria-hidden="true" />}
              <h3 className="library-card__name">{props.current.unsaved ? t('library.currentUnsaved') : t('library.current')}</h3>
              <CompareTick checked={currentColour !== null} disabled={currentColour === null && full} onToggle={() => props.onToggleCompare(CURRENT_SCENARIO)} />
            </div>
            <p className="library-card__meta">{t('library.currentName', { name: scenarioName(props.current.document.name) })}</p>
            <CardBody doc={props.current.document} summaries={props.summaries} />
            <div className="library-card__actions">
              <button type="button" className="button button--primary" onClick={props.onBackToScenario}>{t('library.backToScenario')}</button>
              <button type="button" className="button" onClick={() => props.onEditNotes(null)}>{t('library.notesAction')}</button>
            </div>
          </li>
        )}
        {shown.map((entry) => (
          <LibraryCard key={entry.ref} entry={entry} {...props} colour={colourOf(entry.ref)} compareDisabled={full} />
        ))}
      </ul>
    </section>
  );
});

function CompareTick({ checked, disabled, onToggle }: { checked: boolean; disabled: boolean; onToggle: () => void }) {
  return (
    <label className="library-card__compare">
      <input type="checkbox" checked={checked} disabled={disabled} onChange={onToggle} />
      {t('library.compare')}
    </label>
  );
}

/** What every card says about its scenario (saved or on screen): place, scope, changes, result, notes, data. */
function CardBody({ doc, summaries }: { doc: ScenarioDocument; summaries: CardSummaries }) {
  const summary = useMemo(() => summaries.summary(doc), [summaries, doc]);
  const olderBaseline = baselineMismatch(doc, bundledBaseline()) !== null;
  return (
    <>
      <p className="library-card__where" data-testid="card-where">
        <span>{t('library.place', { place: summary.place })}</span>
        <span>{t('library.scope', { scope: summary.scope })}</span>
      </p>
      {summary.changes.length === 0 ? (
        <p className="library-card__changes library-card__changes--none">{t('library.noChanges')}</p>
      ) : (
        <ul className="library-card__changes" aria-label={t('library.changes')} data-testid="card-changes">
          {summary.changes.map((change) => <li key={change}>{change}</li>)}
          {summary.moreChanges > 0 && <li className="library-card__more">{t('library.moreChanges', { count: summary.moreChanges })}</li>}
        </ul>
      )}
      {summary.changes.length > 0 && (
        summary.result ? (
          <dl className="library-card__result" data-testid="card-result">
            <dt>{summary.result.label}</dt>
            <dd>{summary.result.value}</dd>
          </dl>
        ) : (
          <p className="library-card__result library-card__result--none" data-testid="card-result">{t('library.noResult', { place: summary.place, year: SDG_YEAR })}</p>
        )
      )}
      {doc.notes.trim() !== '' && <p className="library-card__notes" title={doc.notes} data-testid="card-notes">{doc.notes}</p>}
      <p className="library-card__meta">
        {t('library.data', { dataset: summary.dataset })}
        {olderBaseline && <span className="badge" data-testid="older-baseline">{t('library.olderBaseline')}</span>}
      </p>
    </>
  );
}

interface CardProps extends LibraryViewProps {
  entry: LibraryEntry;
  colour: string | null;
  compareDisabled: boolean;
}

function LibraryCard({ entry, colour, compareDisabled, summaries, openRef, ...actions }: CardProps) {
  const doc = entry.document;
  const name = entryName(entry);
  const testId = `library-card-${name}`;
  if (!doc) {
    return (
      <li className="library-card library-card--broken" data-testid={testId}>
        <h3 className="library-card__name">{entry.fileName}</h3>
        <p className="field-error">{libraryErrorText({ code: entry.status, detail: entry.detail })}</p>
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
  return (
    <li className={`library-card${colour ? ' is-compared' : ''}`} style={colour ? { borderTopColor: colour } : undefined} data-testid={testId}>
      <div className="library-card__title">
        {colour && <span className="swatch" style={{ background: colour }} aria-hidden="true" />}
        <h3 className="library-card__name" title={name}>{name}</h3>
        {entry.ref === openRef && <span className="badge badge--quiet">{t('library.open')}</span>}
        <CompareTick checked={colour !== null} disabled={colour === null && compareDisabled} onToggle={() => actions.onToggleCompare(entry.ref)} />
      </div>
      <p className="library-card__meta">
        {doc.author.trim() !== ''
          ? t('library.byUpdated', { author: doc.author, date: formatDateTime(entryUpdated(entry)) })
          : t('library.updated', { date: formatDateTime(entryUpdated(entry)) })}
      </p>
      <CardBody doc={doc} summaries={summaries} />
      <div className="library-card__actions">
        <button type="button" className="button button--primary" onClick={() => actions.onOpen(entry.ref)}>{t('library.openAction')}</button>
        <button type="button" className="button" onClick={() => actions.onDuplicate(entry.ref, name)}>{t('file.duplicate')}</button>
        <button type="button" className="button" onClick={() => actions.onRename(entry.ref, name)}>{t('file.rename')}</button>
        <button type="button" className="button" onClick={() => actions.onEditNotes(entry.ref)}>{t('library.notesAction')}</button>
        <button type="button" className="button" onClick={() => actions.onDelete(entry.ref, name)}>{t('file.delete')}</button>
      </div>
    </li>
  );
}
