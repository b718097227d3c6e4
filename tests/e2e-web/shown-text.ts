// Every word a user can meet on the page as it stands: the text of shown elements (screen-reader-only text too),
// the options of shown selects, chart labels and their SVG titles, the accessible names, descriptions, tooltips,
// placeholders, alt texts and values of shown elements, and the window title. Text inside an element marked as being
// in another language (each language's own name in the Language menu) and code (<code>, <pre>, <var>: equations and
// their symbols, which keep their English names in every language) is left out, as a reader would.
import type { Page } from '@playwright/test';

export interface ShownText {
  text: string;
  /** The nearest data-testid and the element, to find the text again. */
  where: string;
}

export function shownTexts(page: Page, language: string): Promise<ShownText[]> {
  return page.evaluate((screenLanguage) => {
    // Runs in the page; the tests are type-checked without DOM types, so the few DOM shapes used are declared here.
    interface El {
      tagName: string;
      childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>;
      getAttribute(name: string): string | null;
      closest(selector: string): El | null;
      checkVisibility(options: { visibilityProperty: boolean }): boolean;
      parentElement: El | null;
      value?: string;
      type?: string;
    }
    const doc = (globalThis as unknown as { document: { title: string; querySelectorAll(selector: string): ArrayLike<El> } }).document;
    const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt'];
    const found: { text: string; where: string }[] = [{ text: doc.title, where: 'window title' }];
    const where = (el: El) => {
      const testId = el.closest('[data-testid]')?.getAttribute('data-testid');
      return `${el.tagName.toLowerCase()}${testId ? ` in [${testId}]` : ''}`;
    };
    const inScreenLanguage = (el: El) => (el.closest('[lang]')?.getAttribute('lang') ?? screenLanguage).split('-')[0] === screenLanguage;
    /** Shown, or part of something shown that the user opens or hovers (a select's options, a chart's SVG title). */
    const reachable = (el: El): boolean => {
      if (el.tagName === 'OPTION' || el.tagName === 'OPTGROUP') return el.closest('select')?.checkVisibility({ visibilityProperty: true }) ?? false;
      if (el.tagName.toLowerCase() === 'title' && el.closest('svg')) return el.closest('svg')?.checkVisibility({ visibilityProperty: true }) ?? false;
      return el.checkVisibility({ visibilityProperty: true });
    };
    for (const el of Array.from(doc.querySelectorAll('body *'))) {
      if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName) || el.closest('code, pre, var') || !inScreenLanguage(el) || !reachable(el)) continue;
      const own = Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join(' ').trim();
      if (own) found.push({ text: own, where: where(el) });
      for (const name of ATTRIBUTES) {
        const value = el.getAttribute(name);
        if (value?.trim()) found.push({ text: value, where: `${where(el)} @${name}` });
      }
      if ((el.tagName === 'INPUT' && ['text', 'search', ''].includes(el.type ?? '')) || el.tagName === 'TEXTAREA') {
        if (el.value?.trim()) found.push({ text: el.value, where: `${where(el)} value` });
      }
    }
    return found;
  }, language);
}
