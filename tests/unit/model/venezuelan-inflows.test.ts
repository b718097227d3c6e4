// Venezuelan stocks after the record (review of issue 9, finding 4): a reporting break is a level shift, not arrivals,
// and the hosts together grow no faster than the worldwide count of Venezuelans abroad.
import { describe, expect, it } from 'vitest';
import { anchoredRecord, anchoringRule, modelBaseline, observedDataset } from '../../../shared/data';
import { withoutBreaks } from '../../../shared/data/anchoring';
import { parameterDef, project, YEARS } from '../../../shared/model';

const baseline = modelBaseline();
const p = project(baseline, { levers: {}, countries: {}, parameters: {} });
const at = (region: string, output: 'venezuelans' | 'publicCostUsd', year: number) => p.regions[region]!.baseline[output][YEARS.indexOf(year)]!;
const country = (iso3: string) => baseline.countries.find((c) => c.iso3 === iso3)!;

describe('Venezuelan inflows', () => {
  it('records Colombia 2022 (registration drive) and Chile 2025 (re-estimate) as reporting breaks', () => {
    const breaks = observedDataset().decisions.find((d) => d.id === 'series-breaks-venezuelans')?.records ?? [];
    expect(breaks).toEqual(expect.arrayContaining(['venezuelans.COL.venezuelans_hosted.2022', 'venezuelans.CHL.venezuelans_hosted.2025']));
    expect(country('COL').history?.venezuelanBreaks[YEARS.indexOf(2022)]).toBe(true);
    expect(country('CHL').history?.venezuelanBreaks[YEARS.indexOf(2025)]).toBe(true);
  });

  it('a break raises the count without reception costs: Chile\'s +26% of 2025 moves its public cost within the year-to-year bound', () => {
    expect(at('CHL', 'venezuelans', 2025) / at('CHL', 'venezuelans', 2024) - 1).toBeGreaterThan(0.25);
    expect(Math.abs(at('CHL', 'publicCostUsd', 2025) / at('CHL', 'publicCostUsd', 2024) - 1)).toBeLessThan(0.2);
    // Colombia's +605,000 of 2022: public cost stays under the IMF's 2019 peak of about 0.5% of GDP.
    const gdp = anchoredRecord().gdp.get('COL')?.find((g) => g.year === 2022)?.value ?? NaN;
    expect(at('COL', 'publicCostUsd', 2022) / gdp).toBeLessThan(0.005);
  });

  it('a break is not extrapolated: Chile\'s recent growth is measured on the count without its 2025 jump', () => {
    const rule = anchoringRule();
    const h = country('CHL').history!;
    const v = withoutBreaks(h.venezuelans, h.venezuelanBreaks);
    const i = YEARS.indexOf(2025);
    expect(v[i]).toBeCloseTo(v[i - 1] ?? NaN, 6);
    const own = rule.latestYearWeight * 0 + (1 - rule.latestYearWeight) * (((v[i] ?? NaN) / (v[i - rule.venezuelansWindow] ?? NaN)) ** (1 / rule.venezuelansWindow) - 1);
    expect(country('CHL').growth.venezuelans.recent).toBeLessThanOrEqual(0.5 * own + 0.5 * 0.05);
    expect(at('CHL', 'venezuelans', 2035) / at('CHL', 'venezuelans', 2025)).toBeLessThan(1.15);
  });

  it('the hosts together grow no faster than the worldwide count: LAC\'s stock follows the worldwide pace, tapered', () => {
    const world = observedDataset().records.filter((r) => r.indicator === 'venezuelans_abroad_unhcr_total').sort((a, b) => a.year - b.year);
    const w = (year: number) => world.find((r) => r.year === year)?.value ?? NaN;
    const rule = anchoringRule();
    const worldRate = rule.latestYearWeight * (w(2025) / w(2024) - 1) + (1 - rule.latestYearWeight) * ((w(2025) / w(2023)) ** 0.5 - 1);
    const taper = parameterDef('inflowTaper').default;
    // (To rounding: a few hosts' counts end before 2025, so their stocks at the last observed year differ slightly.)
    expect(at('LAC', 'venezuelans', 2026) / at('LAC', 'venezuelans', 2025) - 1).toBeLessThanOrEqual(worldRate + 1e-5);
    // Cumulative: (1 + g)(1 + gρ)(1 + gρ²)… ≤ exp(g / (1 − ρ)), give or take the shifting weights of the hosts.
    expect(at('LAC', 'venezuelans', 2035) / at('LAC', 'venezuelans', 2025)).toBeLessThanOrEqual(Math.exp(worldRate / (1 - taper)) * 1.002);
    for (const iso3 of ['BRA', 'CHL', 'PER', 'COL']) expect(at(iso3, 'venezuelans', 2035) / at(iso3, 'venezuelans', 2025), iso3).toBeLessThan(1.3);
  });
});
