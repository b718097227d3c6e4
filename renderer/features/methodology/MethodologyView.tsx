// The methodology, readable inside the app and offline: docs/methodology.md itself (bundled at build time), with
// its equations and tables. Rendered to React elements (react-markdown, no raw HTML), so nothing in the file can
// run as script. Loaded on demand: the scenario screen does not pay for it.
import { useEffect, useRef, type ReactNode } from 'react';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import methodology from '../../../docs/methodology.md?raw';
import { t } from '../../i18n/t';
import { sectionId } from './section-id';

const textOf = (node: ReactNode): string =>
  typeof node === 'string' || typeof node === 'number' ? String(node) : Array.isArray(node) ? node.map(textOf).join('') : '';

interface MethodologyViewProps {
  /** A section to open at (its heading's id), e.g. "module-c-absorption". */
  section?: string | null;
  onBack(): void;
}

export default function MethodologyView({ section, onBack }: MethodologyViewProps) {
  const root = useRef<HTMLElement>(null);
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
        <Markdown
          remarkPlugins={[remarkGfm]}
          components={{
            h1: ({ children }) => <h1 id={sectionId(textOf(children))}>{children}</h1>,
            h2: ({ children }) => <h2 id={sectionId(textOf(children))}>{children}</h2>,
            h3: ({ children }) => <h3 id={sectionId(textOf(children))}>{children}</h3>,
            // Links inside the document point to other repository files; shown as text, they cannot leave the app.
            a: ({ children }) => <span className="methodology__ref">{children}</span>,
            table: ({ children }) => (
              <div className="methodology__table" tabIndex={0}>
                <table>{children}</table>
              </div>
            ),
          }}
        >
          {methodology}
        </Markdown>
      </div>
    </section>
  );
}
