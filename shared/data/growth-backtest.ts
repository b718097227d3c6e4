// Back-test of the near-term growth rule for remittances (docs/methodology.md, "Anchoring"): cut the record at a year,
// derive each country's growth from what was known then, and compare the first projected year with what was observed
// next. Run by `npm run backcast`, so the rule is judged on its own forecasts, not on how well it fits.
import type { CountryInputs, YearValues } from '../model/types';
import { FIRST_YEAR, YEARS } from '../model/years';
import { median } from '../median';
import { deriveGrowth, type AnchoringRule } from './anchoring';

export interface GrowthRuleVariant {
  id: 'rule' | 'window-only' | 'latest-only' | 'long-run';
  label: string;
}

export const GROWTH_RULE_VARIANTS: readonly GrowthRuleVariant[] = [
  { id: 'rule', label: 'the rule (latest year ½, window ½, blended with the subregion)' },
  { id: 'window-only', label: 'window only (the earlier rule)' },
  { id: 'latest-only', label: 'latest year only' },
  { id: 'long-run', label: 'long-run rate only (4%)' },
];

export interface GrowthBacktestRow {
  variant: GrowthRuleVariant['id'];
  /** The last year the rule saw; it predicts the growth of the year after. */
  cutoff: number;
  countries: number;
  /** Median over countries of |predicted − observed growth|, in percentage points. */
  medianAbsErrorPp: number;
  /** The same, weighted by each country's remittances in the predicted year. */
  weightedAbsErrorPp: number;
  /** Predicted against observed total over the same countries, %. */
  totalErrorPct: number;
}

const cut = (values: YearValues, cutoff: number): (number | null)[] => values.map((v, i) => (FIRST_YEAR + i > cutoff ? null : v));

/** One cutoff: countries observed in the cutoff year and the year after. */
export function growthBacktest(countries: readonly CountryInputs[], rule: AnchoringRule, longRun: number, cutoff: number): GrowthBacktestRow[] {
  const at = (values: YearValues, year: number): number | null => values[YEARS.indexOf(year)] ?? null;
  const tested = countries.filter((c) => c.history && (at(c.history.remittancesUsd, cutoff) ?? 0) > 0 && (at(c.history.remittancesUsd, cutoff + 1) ?? 0) > 0);
  const inputs = countries.flatMap((c) =>
    c.history ? [{ iso3: c.iso3, subregion: c.subregion, history: { ...c.history, remittancesUsd: cut(c.history.remittancesUsd, cutoff), gdpUsd: cut(c.history.gdpUsd, cutoff) }, others: YEARS.map(() => null) }] : [],
  );
  const noWorld = YEARS.map(() => null);
  return GROWTH_RULE_VARIANTS.map((variant) => {
    const latest = variant.id === 'window-only' ? 0 : variant.id === 'latest-only' ? 1 : rule.latestYearWeight;
    const growth = deriveGrowth(inputs, noWorld, { ...rule, latestYearWeight: latest }, cutoff);
    const errors: { abs: number; weight: number; predicted: number; observed: number }[] = [];
    for (const c of tested) {
      const h = c.history;
      if (!h) continue;
      const before = at(h.remittancesUsd, cutoff) ?? NaN;
      const after = at(h.remittancesUsd, cutoff + 1) ?? NaN;
      const g = variant.id === 'long-run' ? longRun : (growth.get(c.iso3)?.remittances.recent ?? longRun);
      errors.push({ abs: Math.abs(g - (after / before - 1)) * 100, weight: after, predicted: before * (1 + g), observed: after });
    }
    const weight = errors.reduce((s, e) => s + e.weight, 0);
    const predicted = errors.reduce((s, e) => s + e.predicted, 0);
    const observed = errors.reduce((s, e) => s + e.observed, 0);
    return {
      variant: variant.id,
      cutoff,
      countries: errors.length,
      medianAbsErrorPp: median(errors.map((e) => e.abs)),
      weightedAbsErrorPp: errors.reduce((s, e) => s + e.abs * e.weight, 0) / weight,
      totalErrorPct: ((predicted - observed) / observed) * 100,
    };
  });
}
