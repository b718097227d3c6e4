// The remittance growth rule is judged on its own forecasts (npm run backcast prints the same table): cut the record,
// predict the next year, compare with what was observed.
import { describe, expect, it } from 'vitest';
import { anchoringRule, growthBacktest, modelBaseline } from '../../../shared/data';

describe('growth rule back-test', () => {
  const countries = modelBaseline().countries;

  it('predicts 2024 from the record to 2023 for every country with WDI 2024, and 2025 for the six with a central-bank total', () => {
    const y2024 = growthBacktest(countries, anchoringRule(), 0.04, 2023);
    const y2025 = growthBacktest(countries, anchoringRule(), 0.04, 2024);
    expect(y2024.find((r) => r.variant === 'rule')?.countries).toBeGreaterThan(30);
    expect(y2025.find((r) => r.variant === 'rule')?.countries).toBe(6);
    for (const row of [...y2024, ...y2025]) expect(Number.isFinite(row.weightedAbsErrorPp), row.variant).toBe(true);
  });

  it('weighing the latest year forecasts better than the window alone (the earlier rule), in both years tested', () => {
    for (const cutoff of [2023, 2024]) {
      const rows = growthBacktest(countries, anchoringRule(), 0.04, cutoff);
      const rule = rows.find((r) => r.variant === 'rule');
      const window = rows.find((r) => r.variant === 'window-only');
      expect(rule?.weightedAbsErrorPp, `${cutoff}`).toBeLessThan(window?.weightedAbsErrorPp ?? 0);
      expect(rule?.medianAbsErrorPp, `${cutoff}`).toBeLessThan(window?.medianAbsErrorPp ?? 0);
    }
  });
});
