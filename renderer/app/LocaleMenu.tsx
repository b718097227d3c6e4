// The language and region-format menu in the title bar: one compact button (a globe and the language's code), a
// menu of the languages, each named in itself, and of the region formats, each shown by its own sample. Menu-button
// pattern: arrows and Home/End move, Enter or Space chooses, Escape closes and gives focus back to the button.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { LANGUAGE_NAMES, type Language } from '../../shared/i18n/languages';
import { supportedRegionFormats } from '../../shared/i18n/region-formats';
import { menuButtonProps, useMenuOpening } from '../commands/menu-focus';
import { AVAILABLE_LANGUAGES } from '../i18n/catalogues';
import { formatGrouped } from '../i18n/format';
import { localeSettings } from '../i18n/language';
import { t } from '../i18n/t';
import { useLocale } from '../i18n/use-locale';

const FORMATS = supportedRegionFormats();
const SAMPLE_DATE = Date.UTC(2026, 11, 31, 12);

/** "1.234,5 · 31/12/2026": how a format writes numbers and dates, which says more than its name. */
function sample(locale: string): string {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' }).format(SAMPLE_DATE);
  return `${formatGrouped(1234.5, 1, locale)} · ${date}`;
}

/** "Colombia (español)": the format's place and language, in the screen's language. */
function formatName(locale: string, language: Language): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

const ITEM = '[role="menuitemradio"]';
/** The menu's widest (CSS .locale-menu__list max-width), to decide which way it opens. */
const MENU_WIDTH = 340;

/** Drawn, not an emoji: the locked-down laptops Puente runs on often have no colour emoji font. */
function GlobeIcon() {
  return (
    <svg className="locale-menu__icon" viewBox="0 0 16 16" width="15" height="15" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="1.3">
        <circle cx="8" cy="8" r="6.5" />
        <ellipse cx="8" cy="8" rx="2.8" ry="6.5" />
        <path d="M1.5 8h13M2.6 4.5h10.8M2.6 11.5h10.8" />
      </g>
    </svg>
  );
}

export function LocaleMenu() {
  const { language, regionFormat } = useLocale();
  const [open, setOpen] = useState(false);
  // The menu opens towards the side with room: the button moves as the title bar wraps.
  const [alignRight, setAlignRight] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useMenuOpening(root, open, setOpen);
  // Opening puts focus on the first item (the arrows then move through languages and formats alike).
  useEffect(() => {
    if (!open) return;
    const left = button.current?.getBoundingClientRect().left ?? 0;
    setAlignRight(left + MENU_WIDTH > window.innerWidth);
    root.current?.querySelector<HTMLButtonElement>(ITEM)?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      close(true);
      return;
    }
    const target = e.target as HTMLElement;
    if (!target.matches(ITEM)) return;
    if (e.key === 'Tab') return close(false);
    const items = [...(root.current?.querySelectorAll<HTMLButtonElement>(ITEM) ?? [])];
    const at = items.indexOf(target as HTMLButtonElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    items[(next + items.length) % items.length]?.focus();
  };
  const chooseLanguage = (l: Language) => {
    close(true);
    localeSettings.setLanguage(l);
  };
  const chooseFormat = (tag: string | null) => {
    close(true);
    localeSettings.setRegionFormat(tag);
  };
  const system = localeSettings.systemFormat();

  return (
    <div className="menu locale-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="button locale-menu__button"
        {...menuButtonProps(open, setOpen)}
        aria-label={t('locale.button', { code: language.toUpperCase() })}
        title={t('locale.button', { code: language.toUpperCase() })}
        data-testid="locale-menu"
      >
        <GlobeIcon /> {language.toUpperCase()}
      </button>
      {open && (
        <div className={`menu__list locale-menu__list${alignRight ? ' menu__list--right' : ''}`} role="menu" aria-label={t('locale.menu')}>
          <div role="group" aria-labelledby="locale-language-heading">
            <div id="locale-language-heading" className="menu__heading" role="presentation">{t('locale.language')}</div>
            {AVAILABLE_LANGUAGES.map((l) => (
              <button key={l} type="button" role="menuitemradio" aria-checked={l === language} lang={l} className="menu__item" onClick={() => chooseLanguage(l)} data-testid={`language-${l}`}>
                <span>{LANGUAGE_NAMES[l]}</span>
                {l === language && <span aria-hidden="true">✓</span>}
              </button>
            ))}
          </div>
          <div role="separator" className="menu__separator" />
          <div role="group" aria-labelledby="locale-format-heading">
            <div id="locale-format-heading" className="menu__heading" role="presentation">{t('locale.format')}</div>
            <button type="button" role="menuitemradio" aria-checked={regionFormat === null} className="menu__item" onClick={() => chooseFormat(null)} data-testid="format-system">
              <span>{t('locale.formatSystem', { sample: sample(system) })}</span>
              {regionFormat === null && <span aria-hidden="true">✓</span>}
            </button>
            {FORMATS.map((tag) => (
              <button key={tag} type="button" role="menuitemradio" aria-checked={regionFormat === tag} className="menu__item" onClick={() => chooseFormat(tag)} data-testid={`format-${tag}`}>
                <span>{t('locale.formatItem', { name: formatName(tag, language), sample: sample(tag) })}</span>
                {regionFormat === tag && <span aria-hidden="true">✓</span>}
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
