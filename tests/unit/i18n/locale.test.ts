// The language and region format: how they are chosen, remembered and switched, and what they do to the words and
// digits of figures (words follow the language, digits the region).
import { afterEach, describe, expect, it } from 'vitest';
import { chooseLanguage, languageOf } from '../../../shared/i18n/languages';
import { memoryPreferences, webStoragePreferences } from '../../../shared/host/preferences';
import { LocaleSettings, urlLanguage } from '../../../renderer/i18n/language';
import { formatAxis, formatCompact, formatPercent, setNumberLocale } from '../../../renderer/i18n/format';
import { messageLanguage, setMessageLanguage, t } from '../../../renderer/i18n/t';
import { AVAILABLE_LANGUAGES } from '../../../renderer/i18n/catalogues';
import { displayUnit } from '../../../renderer/features/levers/display-units';
import { createTranslator } from '../../../shared/i18n/message-format';

const ALL = ['es', 'pt', 'fr', 'en'] as const;

afterEach(() => {
  setMessageLanguage('en');
  setNumberLocale('en', 'en');
});

describe('choosing the language', () => {
  it('takes ?lang= first, then the remembered choice, then the first system language Puente has, then English', () => {
    expect(chooseLanguage({ url: 'fr', remembered: 'pt', system: ['es-CO'] }, ALL)).toBe('fr');
    expect(chooseLanguage({ url: null, remembered: 'pt', system: ['es-CO'] }, ALL)).toBe('pt');
    expect(chooseLanguage({ system: ['de-DE', 'es-CO', 'en'] }, ALL)).toBe('es');
    expect(chooseLanguage({ url: 'xx', remembered: 'de', system: ['de-DE'] }, ALL)).toBe('en');
    // A language without a catalogue is never chosen.
    expect(chooseLanguage({ url: 'fr', system: ['fr-HT'] }, ['en', 'es'])).toBe('en');
  });

  it('reads language tags as people and browsers write them', () => {
    expect(languageOf('pt_BR')).toBe('pt');
    expect(languageOf('FR-ht')).toBe('fr');
    expect(languageOf('de')).toBeNull();
    expect(urlLanguage('?host=memory&lang=es')).toBe('es');
    expect(urlLanguage('?lang=zz')).toBeNull();
  });
});

describe('locale settings', () => {
  const start = (remembered: Record<string, string> = {}, system = { languages: ['es-CO'], formatLocale: 'es-CO' }, url: string | null = null) => {
    const preferences = memoryPreferences(remembered);
    const settings = new LocaleSettings();
    settings.start({ urlLanguage: url, preferences, system });
    return { settings, preferences };
  };

  it('starts in the system’s language and region format', () => {
    const { settings } = start();
    expect(settings.getSnapshot()).toEqual({ language: 'es', regionFormat: null, formatLocale: 'es-CO' });
    expect(t('view.library')).toBe('Biblioteca');
  });

  it('switches live: listeners hear it, t() and the formatters follow, and the choice is remembered', () => {
    const { settings, preferences } = start();
    let heard = 0;
    settings.subscribe(() => (heard += 1));
    settings.setLanguage('fr');
    expect(heard).toBe(1);
    expect(messageLanguage()).toBe('fr');
    expect(t('view.library')).toBe('Bibliothèque');
    expect(preferences.get('language')).toBe('fr');
    settings.setRegionFormat('es-MX');
    expect(settings.getSnapshot().formatLocale).toBe('es-MX');
    expect(preferences.get('regionFormat')).toBe('es-MX');
    expect(formatCompact(1.234e9, 'USD')).toBe('1.23 milliard USD');
    settings.setRegionFormat(null);
    expect(settings.getSnapshot().formatLocale).toBe('es-CO');
    expect(preferences.get('regionFormat')).toBeNull();
  });

  it('a remembered choice wins over the system; ?lang= wins over both but is not remembered', () => {
    expect(start({ language: 'pt', regionFormat: 'fr-FR' }).settings.getSnapshot()).toEqual({ language: 'pt', regionFormat: 'fr-FR', formatLocale: 'fr-FR' });
    const { settings, preferences } = start({ language: 'pt' }, undefined, 'en');
    expect(settings.getSnapshot().language).toBe('en');
    expect(preferences.get('language')).toBe('pt');
  });

  it('a print window takes the job’s language and remembers nothing', () => {
    const { settings, preferences } = start({ language: 'pt' });
    settings.useForThisWindow('fr', 'fr-HT');
    expect(settings.getSnapshot()).toMatchObject({ language: 'fr', formatLocale: 'fr-HT' });
    settings.setLanguage('es');
    expect(preferences.get('language')).toBe('pt');
  });

  it('offers only the languages with a catalogue', () => {
    const { settings } = start();
    settings.setLanguage('de' as never);
    expect(settings.getSnapshot().language).toBe('es');
    expect(AVAILABLE_LANGUAGES).toContain('en');
  });

  it('drops a stored value that is not a locale tag (storage is input like any other)', () => {
    const store = new Map<string, string>([['puente.language', '<img src=x>'], ['puente.regionFormat', 'es-CO']]);
    const prefs = webStoragePreferences({ getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v), removeItem: (k) => void store.delete(k) });
    expect(prefs.get('language')).toBeNull();
    expect(prefs.get('regionFormat')).toBe('es-CO');
    prefs.set('language', 'not a tag');
    expect(store.get('puente.language')).toBe('<img src=x>');
  });
});

describe('figures: words by language, digits by region', () => {
  const compact = (value: number, unit: string, locale: string, language: 'en' | 'es' | 'pt' | 'fr', signed = false) =>
    formatCompact(value, unit, { locale, language, signed });

  it('writes large figures as each language writes them, not as Intl’s short compact form', () => {
    expect(compact(1.2e9, 'USD', 'es-CO', 'es')).toBe('USD 1,2 mil millones');
    expect(compact(1.2e9, 'USD', 'es-MX', 'es')).toBe('USD 1.2 mil millones');
    expect(compact(1.2e9, 'USD', 'pt-BR', 'pt')).toBe('US$ 1,2 bilhão');
    expect(compact(2.5e9, 'USD', 'pt-BR', 'pt')).toBe('US$ 2,5 bilhões');
    expect(compact(1.2e9, 'USD', 'fr-FR', 'fr')).toBe('1,2 milliard USD');
    expect(compact(1.2e9, 'USD', 'en-US', 'en')).toBe('USD 1.2 bn');
    expect(compact(864_000, 'persons', 'es-CO', 'es')).toBe('864 mil personas');
    expect(compact(1e6, 'persons', 'es-CO', 'es')).toBe('1 millón de personas');
    expect(compact(35.7e6, 'persons', 'es-CO', 'es')).toBe('35,7 millones de personas');
    expect(compact(864_000, 'persons', 'fr-FR', 'fr')).toMatch(/^864\s000 personnes$/);
    expect(compact(-3e6, 'USD', 'es-CO', 'es', true)).toBe('-USD 3 millones');
  });

  it('puts "de" between a scale noun and the thing counted, as each language writes it', () => {
    expect(formatCompact(14.3e6, 'persons', { locale: 'es-CO', language: 'es' })).toBe('14,3 millones de personas');
    expect(formatCompact(864e3, 'persons', { locale: 'es-CO', language: 'es' })).toBe('864 mil personas');
    expect(formatCompact(14.3e6, 'persons', { locale: 'pt-BR', language: 'pt' })).toBe('14,3 milhões de pessoas');
    expect(formatCompact(2.1e6, 'jobs', { locale: 'fr-FR', language: 'fr' })).toBe('2,1 millions d’emplois');
    expect(formatCompact(14.3e6, 'persons', { locale: 'en-US', language: 'en' })).toBe('14.3m people');
  });

  it('keeps axes short with the press’s abbreviations', () => {
    expect(formatAxis(1.2e9, 'USD', { locale: 'es-CO', language: 'es' })).toBe('1,2 mil M');
    expect(formatAxis(2e9, 'USD', { locale: 'pt-BR', language: 'pt' })).toBe('2 bi');
    expect(formatAxis(5e6, 'persons', { locale: 'fr-FR', language: 'fr' })).toBe('5 M');
  });

  it('lets the region write the percent sign and the language the words around it', () => {
    expect(formatPercent(5.8, { locale: 'en-US', language: 'en' })).toBe('5.8%');
    expect(formatPercent(5.8, { locale: 'fr-FR', language: 'fr' })).toMatch(/^5,8\s%$/);
    expect(formatCompact(2.3, '% of GDP', { locale: 'es-CO', language: 'es' })).toMatch(/^2,3\s?% del PIB$/);
    expect(formatCompact(0.4, '% of GDP', { locale: 'es-MX', language: 'es', signed: true, difference: true })).toBe('+0.4 p. p. del PIB');
    expect(formatCompact(5.8, '% of US$200', { locale: 'pt-BR', language: 'pt' })).toMatch(/^5,8\s?%$/);
  });

  it('shows the model’s units in the current language', () => {
    setMessageLanguage('es');
    expect(displayUnit('share per year')).toEqual({ unit: '% por año', scale: 100 });
    expect(displayUnit('US$ per permit').unit).toMatch(/^USD  ?por permiso/);
    setMessageLanguage('en');
    expect(displayUnit('share per year')).toEqual({ unit: '% per year', scale: 100 });
  });
});

describe('ICU messages', () => {
  it('pluralises by the language’s rules and fills placeholders; a missing one stays visible', () => {
    const translate = createTranslator('fr', { n: '{count, plural, one {# scénario} other {# scénarios}}', p: 'Bonjour {name}' });
    expect(translate('n', { count: 1 })).toBe('1 scénario');
    expect(translate('n', { count: 0 })).toBe('0 scénario'); // French: 0 is singular
    expect(translate('n', { count: 3 })).toBe('3 scénarios');
    expect(translate('p')).toBe('Bonjour {name}');
    expect(translate('missing')).toBe('missing');
  });
});
