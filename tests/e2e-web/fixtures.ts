// Shared set-up for the web E2E tests: the memory host, and a console watcher that fails a test on any error.
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const SCREENSHOT_DIR = 'test-results/screenshots';
export const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

interface Fixtures {
  consoleErrors: string[];
  app: Page;
}

export const test = base.extend<Fixtures>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    // The server sends the desktop app's Content-Security-Policy; a violation fails the test like an error.
    await page.exposeFunction('__reportCspViolation', (text: string) => errors.push(text));
    await page.addInitScript(() => {
      // Runs in the page; these tests are type-checked without DOM types.
      const page = globalThis as unknown as {
        __reportCspViolation: (t: string) => void;
        addEventListener(type: string, listener: (e: { violatedDirective: string; blockedURI: string }) => void): void;
      };
      page.addEventListener('securitypolicyviolation', (e) => page.__reportCspViolation(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await use(errors);
    expect(errors, 'console errors during the test').toEqual([]);
  },
  app: async ({ page, consoleErrors }, use) => {
    void consoleErrors;
    await page.goto('/?host=memory');
    // A new scenario is the baseline: the key-figure area says how to start instead of showing cards.
    await expect(page.getByTestId('key-figures')).toBeVisible();
    await use(page);
  },
});

export { expect };

export const card = (page: Page, output: string) => page.getByTestId(`card-${output}-2030`);
/** The key-figure area's hint shown instead of cards while the scenario changes nothing. */
export const cardsEmpty = (page: Page) => page.getByTestId('cards-empty');
export const leverSlider = (page: Page, lever: string) => page.getByTestId(`lever-${lever}`).getByRole('slider');
export const leverField = (page: Page, lever: string) => page.getByTestId(`lever-${lever}`).getByRole('textbox');

/** A locator's text once it has stopped changing: the screen shows intermediate results while a burst of lever
 * input is still being computed, so a value read straight after the input may be one of those. */
export async function settledText(locator: Locator, quietMs = 400): Promise<string> {
  let last = await locator.textContent();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const now = await locator.textContent();
    if (now === last) return now ?? '';
    last = now;
  }
}

/** Whether the web host's IndexedDB library holds a key matching `pattern` (read in the page; tests have no DOM types). */
export function hasStoredKey(page: Page, pattern: RegExp): Promise<boolean> {
  return page.evaluate(
    (wanted) =>
      new Promise<boolean>((resolve) => {
        interface Req<T> { result: T; onsuccess: (() => void) | null; onerror: (() => void) | null; onupgradeneeded?: (() => void) | null; transaction?: { abort(): void } | null }
        interface Db { transaction(s: string): { objectStore(s: string): { getAllKeys(): Req<unknown[]> } }; close(): void }
        const idb = (globalThis as unknown as { indexedDB: { open(name: string): Req<Db> } }).indexedDB;
        const open = idb.open('puente');
        open.onerror = () => resolve(false);
        // Never create the app's database from here (that would leave it without its object store).
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onsuccess = () => {
          try {
            const keys = open.result.transaction('kv').objectStore('kv').getAllKeys();
            keys.onsuccess = () => {
              open.result.close();
              resolve(keys.result.some((k) => typeof k === 'string' && new RegExp(wanted).test(k)));
            };
            keys.onerror = () => resolve(false);
          } catch {
            resolve(false);
          }
        };
      }),
    pattern.source,
  );
}

/** The stored records (browser storage) whose key matches `pattern`, as text; none when there is no database yet. */
export function storedValues(page: Page, pattern: RegExp): Promise<string[]> {
  return page.evaluate(
    (wanted) =>
      new Promise<string[]>((resolve) => {
        interface Req<T> { result: T; onsuccess: (() => void) | null; onerror: (() => void) | null; onupgradeneeded?: (() => void) | null; transaction?: { abort(): void } | null }
        interface Store { getAllKeys(): Req<unknown[]>; getAll(): Req<unknown[]> }
        interface Db { transaction(s: string): { objectStore(s: string): Store }; close(): void }
        const idb = (globalThis as unknown as { indexedDB: { open(name: string): Req<Db> } }).indexedDB;
        const open = idb.open('puente');
        open.onerror = () => resolve([]);
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onsuccess = () => {
          try {
            const store = open.result.transaction('kv').objectStore('kv');
            const keys = store.getAllKeys();
            const values = store.getAll();
            values.onsuccess = () => {
              open.result.close();
              resolve(keys.result.flatMap((k, n) => (typeof k === 'string' && new RegExp(wanted).test(k) ? [String(values.result[n])] : [])));
            };
            values.onerror = () => resolve([]);
          } catch {
            resolve([]);
          }
        };
      }),
    pattern.source,
  );
}

/**
 * Makes the page's file picker the file input, as in Firefox and Safari: Playwright answers a file input through its
 * "filechooser" event, but cannot answer Chromium's File System Access picker (microsoft/playwright#8850), which the
 * web build uses where the browser has it. Call before page.goto().
 */
export async function useFileInputPicker(page: Page): Promise<void> {
  await page.addInitScript(() => {
    delete (globalThis as unknown as { showOpenFilePicker?: unknown }).showOpenFilePicker;
  });
}
