// The methodology, readable inside the app and offline: docs/methodology.md itself (bundled at build time), with
// its equations and tables; in Spanish, its Spanish edition docs/methodology.es.md, whose headings carry the English
// ids (as <a id> lines) so that links from the screen land on the same section; its tables generated from data/ are
// in Spanish too (scripts/build-methodology.ts). Rendered to React elements (react-markdown, raw HTML such as the generated tables' <!-- markers --> left out), so nothing in the file
// can run as script. Loaded on demand: the scenario screen does not pay for it.
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { t } from '../../i18n/t';
import { useLocale } from '../../i18n/use-locale';
import type { Language } from '../../../shared/i18n/languages';
import { methodologyEdition } from './edition';
import { sectionId } from './section-id';

/** A heading's words alone (inline code and punctuation left out), as the markdown and the rendered heading both give them. */
const headingKey = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The document in the screen's language where there is an edition, and the English ids its <a id> lines give its headings. */
function editionFor(language: Language): { text: string; ids: ReadonlyMap<string, string>; english: boolean } {
  const edition = methodologyEdition(language);
  const ids = new Map<string, string>();
  // The <a id> lines go: markdown would read the heading under one as part of an HTML block.
  const lines: string[] = [];
  let pending: string | null = null;
  for (const line of edition.text.split('\n')) {
    const anchor = /^<a id="([^"]+)"><\/a>\s*$/.exec(line);
    if (anchor) {
      pending = anchor[1] ?? null;
      continue;
    }
    if (pending !== null && /^#{1,6}\s/.test(line)) ids.set(headingKey(line.replace(/^#+\s*/, '').replace(/`[^`]*`/g, '')), pending);
    if (line.trim() !== '') pending = null;
    lines.push(line);
  }
  return { text: lines.join('\n'), ids, english: edition.english };
}

const textOf = (node: ReactNode): string =>
  typeof node === 'string' || typeof node === 'number' ? String(node) : Array.isArray(node) ? node.map(textOf).join('') : '';

interface MethodologyViewProps {
  /** A section to open at (its heading's id), e.g. "module-c-absorption". */
  section?: string | null;
  onBack(): void;
}

export default function MethodologyView({ section, onBack }: MethodologyViewProps) {
  const root = useRef<HTMLElement>(null);
  const { language } = useLocale();
  const edition = useMemo(() => editionFor(language), [language]);
  const idOf = (children: ReactNode): string => {
    const text = textOf(children);
    return edition.ids.get(headingKey(text)) ?? sectionId(text);
  };
  const components: Components = {
    h1: ({ children }) => <h1 id={idOf(children)}>{children}</h1>,
    h2: ({ children }) => <h2 id={idOf(children)}>{children}</h2>,
    h3: ({ children }) => <h3 id={idOf(children)}>{children}</h3>,
    // Links inside the document point to other repository files; shown as text, they cannot leave the app.
    a: ({ children }) => <span className="methodology__ref">{children}</span>,
    table: ({ children }) => (
      <div className="methodology__table" tabIndex={0}>
        <table>{children}</table>
      </div>
    ),
  };
  useEffect(() => {
    const target = section ? root.current?.querySelector(`#${CSS.escape(section)}`) : null;
    (target ?? root.current)?.scrollIntoView({ block: 'start' });
  }, [section]);
  return (
    <section ref={root} className="methodology" aria-label={t('methodology.label')} data-testid="methodology-view">
      <header className="view-head">
        <span className="titlebar__spacer" />
        <button type="button" className="button" onClick={onBack}>
          {t('methodology.back')}
        </button>
      </header>
      <div className="methodology__body">
        {edition.english && <p className="panel-hint" data-testid="methodology-english">{t('methodology.englishOnly')}</p>}
        <Markdown remarkPlugins={[remarkGfm]} skipHtml components={components}>
          {edition.text}
        </Markdown>
      </div>
    </section>
  );
}
