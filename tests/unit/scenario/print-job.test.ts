import { describe, expect, it } from 'vitest';
import { SCENARIO_RULES } from '../../../shared/scenario';
import { defaultScenario } from '../../../shared/scenario/defaults';
import { cssPageSize, electronPdfOptions, pageSizeMm, playwrightPdfOptions } from '../../../shared/print/pdf-options';
import { parsePrintJob } from '../../../shared/print/print-job';

const job = (over: Record<string, unknown> = {}) => ({
  kind: 'scenario',
  documents: [defaultScenario('Plan')],
  region: 'COL',
  page: { paper: 'a4', landscape: false },
  generatedAt: '2026-12-02T10:00:00Z',
  appVersion: '0.1.0',
  ...over,
});

describe('print job', () => {
  it('accepts a scenario report and a comparison of two to four scenarios', () => {
    expect(parsePrintJob(job(), SCENARIO_RULES).ok).toBe(true);
    const docs = [defaultScenario('A'), defaultScenario('B'), defaultScenario('C')];
    expect(parsePrintJob(job({ kind: 'comparison', documents: docs }), SCENARIO_RULES).ok).toBe(true);
  });

  it.each([
    ['a scenario report of two scenarios', { documents: [defaultScenario('A'), defaultScenario('B')] }, /one scenario/],
    ['a comparison of one', { kind: 'comparison' }, /two to 4/],
    ['five scenarios', { kind: 'comparison', documents: Array.from({ length: 5 }, () => defaultScenario('X')) }, /documents/],
    ['an unknown place', { region: 'XXX' }, /not a country code/],
    ['an unknown paper', { page: { paper: 'a3', landscape: false } }, /page\.paper/],
    ['a scenario out of range', { documents: [{ ...defaultScenario('Bad'), levers: { regularisationRatePerYear: 1.4 } }] }, /Scenario 1 of the report: .*regularisationRatePerYear/],
    ['an extra field', { path: '/etc/passwd' }, /not valid/],
  ])('refuses %s with a message', (_label, over, message) => {
    const parsed = parsePrintJob(job(over), SCENARIO_RULES);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('page options', () => {
  it('gives the same page to CSS, Electron and Playwright', () => {
    expect(cssPageSize({ paper: 'a4', landscape: false })).toBe('210mm 297mm');
    expect(pageSizeMm({ paper: 'letter', landscape: true })).toEqual({ width: 279.4, height: 215.9 });
    expect(electronPdfOptions({ paper: 'letter', landscape: true })).toMatchObject({ pageSize: 'Letter', landscape: true, printBackground: true, preferCSSPageSize: true });
    expect(playwrightPdfOptions({ paper: 'a4', landscape: false })).toMatchObject({ format: 'A4', landscape: false, printBackground: true, preferCSSPageSize: true });
  });
});
