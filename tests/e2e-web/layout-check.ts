// What "the layout breaks" means, measured in the page: the page scrolls sideways, text spills out of or is cut by
// its box, a select is too narrow for the option it shows, chart labels fall outside their chart, the title bar
// wraps onto a second row, or text is smaller than 13 px. Returns one line per problem, naming the element.
import type { Page } from '@playwright/test';

export async function layoutProblems(page: Page, options: { titleBarMayWrap?: boolean } = {}): Promise<string[]> {
  return page.evaluate((titleBarMayWrap) => {
    // Runs in the page; the tests are type-checked without DOM types, so the few DOM shapes used are declared here.
    interface Rect { left: number; right: number; top: number; bottom: number; width: number; height: number }
    interface Style { display: string; visibility: string; overflowX: string; overflowY: string; fontSize: string; font: string; textOverflow: string; paddingLeft: string; paddingRight: string; opacity: string; borderTopWidth: string; borderBottomWidth: string }
    interface El {
      tagName: string; className: unknown; id: string; childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>;
      scrollWidth: number; clientWidth: number; scrollHeight: number; clientHeight: number; textContent: string | null;
      getBoundingClientRect(): Rect; getAttribute(name: string): string | null; closest(sel: string): El | null;
      ownerSVGElement?: El | null; children: ArrayLike<El>; selectedOptions?: ArrayLike<{ textContent: string | null }>;
    }
    const w = globalThis as unknown as {
      document: { documentElement: El; querySelectorAll(sel: string): ArrayLike<El>; createElement(tag: 'canvas'): { getContext(k: '2d'): { font: string; measureText(t: string): { width: number } } } };
      getComputedStyle(el: El): Style; innerWidth: number;
    };
    const problems: string[] = [];
    const name = (el: El): string => {
      const testId = el.closest('[data-testid]')?.getAttribute('data-testid');
      const cls = typeof el.className === 'string' ? el.className.split(' ')[0] : '';
      return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}${testId ? ` in [${testId}]` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    };
    const shown = (el: El, style: Style): boolean => {
      const r = el.getBoundingClientRect();
      // Visually hidden text (1 px, for screen readers) is not on screen.
      return style.display !== 'none' && style.visibility !== 'hidden' && style.opacity !== '0' && r.width > 1 && r.height > 1;
    };
    const ownText = (el: El): boolean => Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
    const root = w.document.documentElement;
    if (root.scrollWidth > w.innerWidth + 1) {
      // Name the outermost elements that reach past the window's right edge.
      const wide = Array.from(w.document.querySelectorAll('body *')).filter((el) => el.getBoundingClientRect().right > w.innerWidth + 1 && !(el.closest('svg') && el.tagName !== 'svg'));
      const outer = wide.filter((el) => !wide.some((other) => other !== el && other.closest('*') !== null && (el as unknown as { parentElement: El | null }).parentElement === other)).slice(0, 3);
      problems.push(`the page scrolls sideways: ${root.scrollWidth} px wide in a ${w.innerWidth} px window (${outer.map(name).join('; ')})`);
    }

    const canvas = w.document.createElement('canvas').getContext('2d');
    for (const el of Array.from(w.document.querySelectorAll('body *'))) {
      if (el.closest('svg') || el.closest('[data-layout-ignore]')) continue;
      const style = w.getComputedStyle(el);
      if (!shown(el, style)) continue;
      const hasText = ownText(el);
      // A bordered box (card, chart, panel) whose content runs out of its bottom draws over what follows it.
      const boxed = parseFloat(style.borderTopWidth) > 0 && parseFloat(style.borderBottomWidth) > 0;
      if (boxed && style.overflowY === 'visible' && el.scrollHeight > el.clientHeight + 2) {
        problems.push(`content runs out of the bottom of its box (${el.scrollHeight} > ${el.clientHeight} px): ${name(el)}`);
      }
      if (hasText && parseFloat(style.fontSize) < 12.95) problems.push(`text smaller than 13 px (${style.fontSize}): ${name(el)}`);
      if (el.tagName === 'SELECT') {
        const text = el.selectedOptions?.[0]?.textContent ?? '';
        canvas.font = style.font;
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 14;
        if (canvas.measureText(text).width > room + 1) problems.push(`select too narrow for "${text}": ${name(el)}`);
        continue;
      }
      if (!hasText || style.display.startsWith('inline') && style.display !== 'inline-block' && style.display !== 'inline-flex') continue;
      const scrolls = (o: string) => o === 'auto' || o === 'scroll';
      // Ellipsis with the whole text in a title is the accepted way to shorten a long user-given name.
      const titled = style.textOverflow === 'ellipsis' && (el.getAttribute('title') ?? '').includes((el.textContent ?? '').trim().replace(/…$/, ''));
      if (el.scrollWidth > el.clientWidth + 1 && !scrolls(style.overflowX) && !titled) {
        problems.push(`text ${style.overflowX === 'visible' ? 'spills out of' : 'is cut by'} its box (${el.scrollWidth} > ${el.clientWidth} px): ${name(el)}`);
      }
      if (el.scrollHeight > el.clientHeight + 2 && (style.overflowY === 'hidden' || style.overflowY === 'clip')) {
        problems.push(`text cut at the bottom (${el.scrollHeight} > ${el.clientHeight} px): ${name(el)}`);
      }
    }

    // Chart labels: inside the chart's drawing area.
    for (const text of Array.from(w.document.querySelectorAll('svg text'))) {
      const svg = text.ownerSVGElement;
      if (!svg || !(text.textContent ?? '').trim()) continue;
      const r = text.getBoundingClientRect();
      const box = svg.getBoundingClientRect();
      if (r.width === 0) continue;
      const size = parseFloat(w.getComputedStyle(text).fontSize);
      if (size < 12.95) problems.push(`chart text smaller than 13 px (${size}px): ${name(text)}`);
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
        problems.push(`chart label outside its chart: ${name(text)}`);
      }
    }

    // Each row of the title bar stays one line: every item is centred on the same line.
    for (const row of Array.from(w.document.querySelectorAll('.titlebar__row'))) {
      const middles = Array.from(row.children).map((c) => c.getBoundingClientRect()).filter((r) => r.width > 1).map((r) => r.top + r.height / 2);
      if (!titleBarMayWrap && middles.length && Math.max(...middles) - Math.min(...middles) > 8) problems.push(`a title-bar row wraps: ${name(row)}`);
      if (row.scrollWidth > row.clientWidth + 1) problems.push(`a title-bar row is wider than the window: ${name(row)}`);
    }
    return problems;
  }, options.titleBarMayWrap ?? false);
}
