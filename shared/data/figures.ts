// Queries behind the paper's Figures 1-4 and the paper-figure chart markers.
import { COUNTRIES, regionName } from './countries';
import type { BaselineDataset, Confidence } from './dataset-schema';
import { indicatorLabel } from './indicators';
import { findRecord, findRecords } from './records';

export interface PaperFigure {
  iso3: string;
  indicator: string;
  value: number;
  unit: string;
  year: number | null;
  label: string;
}

/** Every number the paper states (table 'paper'), for markers such as "paper: 30.7%" on a chart. */
export function paperFigures(dataset: BaselineDataset): PaperFigure[] {
  return dataset.tables.paper.flatMap((r) =>
    r.value === null
      ? []
      : [{ iso3: r.iso3, indicator: r.indicator, value: r.value, unit: r.unit, year: r.year, label: `${regionName(r.iso3)}: ${indicatorLabel(r.indicator)} (paper)` }],
  );
}

export interface EmigrantsByDestination {
  iso3: string;
  name: string;
  total: number;
  lac: number;
  northernAmerica: number;
  europe: number;
  rest: number;
}

/** Figure 1: where each country's emigrants live (UN DESA 2019), largest diaspora first; 'LAC' row = region total. */
export function emigrantsByDestination(dataset: BaselineDataset): EmigrantsByDestination[] {
  const get = (iso3: string, indicator: string): number =>
    findRecord(dataset, 'migrantStocks', { iso3, indicator, year: 2019, vintageKey: 'undesa2019' })?.value ?? 0;
  const row = (iso3: string): EmigrantsByDestination => ({
    iso3,
    name: regionName(iso3),
    total: get(iso3, 'emigrants'),
    lac: get(iso3, 'emigrants_in_lac'),
    northernAmerica: get(iso3, 'emigrants_in_northern_america'),
    europe: get(iso3, 'emigrants_in_europe'),
    rest: get(iso3, 'emigrants_in_rest_of_world'),
  });
  return [row('LAC'), ...COUNTRIES.map((c) => row(c.iso3)).sort((a, b) => b.total - a.total)];
}

export interface RankedValue {
  iso3: string;
  name: string;
  value: number;
  /** The paper's own figure for the same measure, where it states one. */
  paperValue: number | null;
}

function ranked(dataset: BaselineDataset, indicator: 'remittances_usd' | 'remittances_pct_gdp', limit: number): RankedValue[] {
  return COUNTRIES.flatMap((c) => {
    const hits = findRecords(dataset, 'remittances', { iso3: c.iso3, indicator, year: 2018 }).filter((r) => r.value !== null);
    // WDI 2025 vintage where present; the computed St Kitts / St Vincent values otherwise (% of GDP: WDI 2022).
    const best = hits.find((r) => r.id.endsWith('.wdi2025')) ?? hits[0];
    if (!best || best.value === null) return [];
    const paper = findRecord(dataset, 'paper', { iso3: c.iso3, indicator, year: 2018 });
    return [{ iso3: c.iso3, name: c.name, value: best.value, paperValue: paper?.value ?? null }];
  })
    .sort((a, b) => b.value - a.value)
    .slice(0, limit);
}

/** Figure 2: top remittance recipients, USD, 2018 (WDI later vintage; the paper's Oct-2019 figures as paperValue). */
export function topRemittanceRecipientsUsd(dataset: BaselineDataset, limit = 15): RankedValue[] {
  return ranked(dataset, 'remittances_usd', limit);
}

/** Figure 3: top remittance recipients, % of GDP, 2018 (same vintage; Haiti's paper value is pre-rebase). */
export function topRemittanceRecipientsPctGdp(dataset: BaselineDataset, limit = 15): RankedValue[] {
  return ranked(dataset, 'remittances_pct_gdp', limit);
}

export interface VenezuelansInHost {
  iso3: string;
  name: string;
  /** Persons; null where no Dec-2019 R4V figure was found. */
  persons: number | null;
  confidence: Confidence;
  /** Share of host population as printed in the paper, where it states one. */
  paperPctHostPopulation: number | null;
}

/** Figure 4: Venezuelan refugees and migrants by host country, c. 5 Dec 2019. Recalled figures are included but flagged. */
export function venezuelansByHost(dataset: BaselineDataset): VenezuelansInHost[] {
  return dataset.tables.venezuelans
    .filter((r) => r.indicator === 'venezuelans_hosted' && r.iso3 !== 'WLD' && r.iso3 !== 'LAC')
    .map((r) => {
      // The paper's own count wins for display where it prints one (Colombia: 1.6 million).
      const paperCount = findRecord(dataset, 'paper', { iso3: r.iso3, indicator: 'venezuelans_hosted', year: 2019 });
      const usePaper = r.confidence === 'recalled, unverified' && paperCount?.value != null;
      return {
        iso3: r.iso3,
        name: regionName(r.iso3),
        persons: usePaper ? (paperCount?.value ?? null) : r.value,
        confidence: usePaper ? 'from paper' : r.confidence,
        paperPctHostPopulation: findRecord(dataset, 'paper', { iso3: r.iso3, indicator: 'venezuelans_pct_host_population', year: 2019 })?.value ?? null,
      } satisfies VenezuelansInHost;
    })
    .sort((a, b) => (b.persons ?? -1) - (a.persons ?? -1));
}
