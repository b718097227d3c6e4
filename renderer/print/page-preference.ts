// The paper a user prints reports on, remembered between sessions. The first default follows the region of the
// user's locale: Letter where it is the office paper (the Americas from Mexico to Chile, the US, Canada,
// the Philippines), A4 elsewhere (Brazil, Argentina, Peru, Uruguay, Europe…).
import { z } from 'zod';
import type { PageSpec } from '../../shared/print/print-job';
import { PAPER_SIZES } from '../../shared/print/print-job';

const KEY = 'puente:report-page';
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'GT', 'SV', 'HN', 'NI', 'CR', 'PA', 'CO', 'VE', 'CL', 'DO', 'PR', 'PH', 'BZ']);
const stored = z.strictObject({ paper: z.enum(PAPER_SIZES), landscape: z.boolean() });

export function defaultPage(locale: string): PageSpec {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined;
  }
  return { paper: region && LETTER_REGIONS.has(region) ? 'letter' : 'a4', landscape: false };
}

export function loadPagePreference(locale: string, storage: Pick<Storage, 'getItem'> | null = globalThis.localStorage ?? null): PageSpec {
  try {
    const raw = storage?.getItem(KEY);
    const parsed = raw ? stored.safeParse(JSON.parse(raw)) : null;
    if (parsed?.success) return parsed.data;
  } catch {
    // Unreadable storage or a damaged value: fall back to the locale's paper.
  }
  return defaultPage(locale);
}

export function savePagePreference(page: PageSpec, storage: Pick<Storage, 'setItem'> | null = globalThis.localStorage ?? null): void {
  try {
    storage?.setItem(KEY, JSON.stringify(page));
  } catch {
    // Storage full or disabled: the choice is simply not remembered.
  }
}
