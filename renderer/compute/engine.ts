// Builds the screen's Engine from shared/model (projection, sensitivity, catalogues) and shared/data (the anchored
// baseline, the observed record and the paper's figures). Data are parsed on first use and kept outside Immer.
import { freeze } from 'immer';
import {
  AGGREGATE_IDS, baselineLeverValue, countryInRegion, currentCostPct, leverDefs, outputDefs, parameterDefs, parameterValues, project, sensitivity,
  type LeverDef, type OutputId, type Projection, type RegionId, type ScenarioInputs,
} from '../../shared/model';
import {
  anchoredRecord, baselineDataset, COUNTRIES, emigrantsByDestination, findRecords, modelBaseline, paperBaseline, paperFigures, regionName,
  topRemittanceRecipientsPctGdp, topRemittanceRecipientsUsd, venezuelansByHost,
} from '../../shared/data';
import { trackRecord, type TrackRecord } from '../../shared/track-record';
import { countryName } from '../../shared/i18n/country-codes';
import { messageLanguage, t } from '../i18n/t';
import { formatGrouped, formatPercent, formatPlain, listFormat, numberLocale } from '../i18n/format';
import type { BaselineFigure, ChartMarker, DerivedGrowthRow, Engine, RegionOption } from './engine-types';
import { isObservedOutput, observedLine, type ObservedLine } from './observed-lines';

/** Paper indicators drawn as points on output charts. */
const PAPER_INDICATOR: Partial<Record<OutputId, string>> = {
  remittancesUsd: 'remittances_usd',
  remittancesPctGdp: 'remittances_pct_gdp',
};

/** Birth countries outside the 35 economies that appear among immigrants in the region (Figure 1b). */
const OTHER_ORIGINS: Readonly<Record<string, string>> = {
  USA: 'United States', ESP: 'Spain', ITA: 'Italy', PRT: 'Portugal', FRA: 'France', CHN: 'China', DEU: 'Germany',
  JPN: 'Japan', LBN: 'Lebanon', KOR: 'Republic of Korea', CAN: 'Canada', GBR: 'United Kingdom', IND: 'India',
};
const originName = (code: string) => OTHER_ORIGINS[code] ?? regionName(code);


export function createEngine(): Engine {
  const baseline = freeze(modelBaseline(), true);
  const record = anchoredRecord();
  const regions: RegionOption[] = [
    ...AGGREGATE_IDS.map((id) => ({ id, name: regionName(id), kind: 'aggregate' as const })),
    ...[...COUNTRIES].sort((a, b) => a.name.localeCompare(b.name)).map((c) => ({ id: c.iso3, name: c.name, kind: 'country' as const })),
  ];
  const paper = paperFigures();
  const defaults = parameterValues('default');
  const byIso = new Map(baseline.countries.map((c) => [c.iso3, c]));
  const membersOf = (region: RegionId) => baseline.countries.filter((c) => countryInRegion(c.iso3, c.subregion, region));

  const leverBaseline = (lever: LeverDef, region: RegionId): number | string | null => {
    const inRegion = membersOf(region);
    const first = inRegion[0];
    if (!first) return null;
    if (lever.baseline !== 'country') return baselineLeverValue(lever.id, currentCostPct(first), defaults);
    if (inRegion.length === 1) return currentCostPct(first);
    // A cap that changes nothing for a place made of several countries: the highest current cost among those that
    // receive recorded remittances (where the cap can act).
    const values = inRegion.filter((c) => c.history?.remittancesUsd.some((v) => v !== null)).map(currentCostPct);
    return values.length ? Math.max(...values) : null;
  };

  // Kept per output and place: the same array each time, so a chart whose numbers did not change is not redrawn.
  const markerCache = new Map<string, readonly ChartMarker[]>();
  const markers = (output: OutputId, region: RegionId): readonly ChartMarker[] => {
    const key = `${output}|${region}`;
    let found = markerCache.get(key);
    if (!found) {
      const indicator = PAPER_INDICATOR[output];
      found = indicator
        ? paper
            .filter((p) => p.iso3 === region && p.indicator === indicator && p.year !== null)
            .map((p) => ({ year: p.year ?? 0, value: p.value, kind: 'paper' as const, source: t('markers.paperSource') }))
        : [];
      markerCache.set(key, found);
    }
    return found;
  };

  let baselineProjection: Projection | null = null;
  const baseProjection = (): Projection => (baselineProjection ??= project(baseline, { levers: {}, countries: {}, parameters: {} }));
  const lines = new Map<string, ObservedLine>();
  const observed = (output: OutputId, region: RegionId): ObservedLine => {
    const key = `${output}|${region}`;
    let line = lines.get(key);
    if (!line) {
      line = observedLine({ countries: baseline.countries, observed: record.observed, gdp: record.gdp, baseline: baseProjection() }, output, region);
      lines.set(key, line);
    }
    return line;
  };

  /** Why a chart has no observed line for this place (null where it has one, or the output is a model estimate). */
  const observedNote = (output: OutputId, region: RegionId): string | null => {
    if (!isObservedOutput(output) || observed(output, region).points.length > 0) return null;
    const c = byIso.get(region);
    const name = c?.name ?? regionName(region);
    if (!c) return t('history.noObservedRegion', { place: name });
    if (output === 'remittanceCostPct') return t('history.noObservedCost', { place: name, value: formatPercent(record.regionalMedianCost) });
    if (output === 'venezuelans') return t('history.noObservedVenezuelans', { place: name });
    if (c.remittances2018Usd !== null && (output === 'remittancesUsd' || output === 'remittancesPctGdp')) return t('history.noObservedRemittances', { place: name });
    return t('history.noObserved', { place: name });
  };

  const derivedGrowth = (region: RegionId): DerivedGrowthRow[] => {
    const c = byIso.get(region);
    if (!c) return [];
    const row = (key: 'remittances' | 'gdp' | 'venezuelans' | 'otherImmigrants'): DerivedGrowthRow => ({ series: key, ...c.growth[key] });
    return [row('remittances'), row('gdp'), row('venezuelans'), row('otherImmigrants')];
  };

  // Titles and caveats are words with numbers in them: kept per language and region format, so a switch of either
  // rewords them (the bars are the same data).
  const figureCache = new Map<string, BaselineFigure[]>();
  const figures = (): BaselineFigure[] => {
    const key = `${messageLanguage()}|${numberLocale()}`;
    let built = figureCache.get(key);
    if (!built) {
      built = buildFigures();
      figureCache.set(key, built);
    }
    return built;
  };
  let track: TrackRecord | null = null;

  return {
    baseline,
    levers: leverDefs(),
    parameters: parameterDefs(),
    outputs: outputDefs(),
    regions,
    project: (inputs: ScenarioInputs) => project(baseline, inputs),
    sensitivity: (inputs, output, region, year) => sensitivity(baseline, inputs, output, region, year),
    leverBaseline,
    markers,
    observed,
    observedNote,
    derivedGrowth,
    figures,
    trackRecord: () => (track ??= trackRecord(paperBaseline(), record.observed)),
  };
}

function buildFigures(): BaselineFigure[] {
  const dataset = baselineDataset();
  const emigrants = emigrantsByDestination(dataset).filter((e) => e.iso3 !== 'LAC').slice(0, 15);
  const immigrants = findRecords(dataset, 'migrantStocks', { iso3: 'LAC', indicator: 'immigrants_by_origin', year: 2019 })
    .filter((r) => r.value !== null && r.counterpart)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
    .slice(0, 15);
  const venezuelans = venezuelansByHost(dataset);
  // Country names in the reader's language (Intl), as a list the language writes.
  const missing = venezuelans.filter((v) => v.persons === null).map((v) => countryName(v.iso3, messageLanguage(), v.name));
  const remittanceCaveats = [t('baseline.caveat.vintage'), t('baseline.caveat.decimalCommas')];
  return [
    {
      id: 'fig1-origin',
      title: t('baseline.fig1.originTitle'),
      unit: 'persons',
      series: [
        { key: 'lac', label: t('baseline.fig1.regionLac') },
        { key: 'northernAmerica', label: t('baseline.fig1.regionNam') },
        { key: 'europe', label: t('baseline.fig1.regionEur') },
        { key: 'rest', label: t('baseline.fig1.regionRest') },
      ],
      bars: emigrants.map((e) => ({
        id: e.iso3,
        label: e.name,
        value: e.total,
        parts: { lac: e.lac, northernAmerica: e.northernAmerica, europe: e.europe, rest: e.rest },
      })),
      source: t('baseline.source.undesa'),
      // The paper's totals and Colombia's truncated count (millions), in the reader's number format.
      caveats: [
        t('baseline.caveat.fig1Total', { paperTotal: formatPlain(42.7, 1), desaTotal: formatPlain(39.9, 1) }),
        t('baseline.caveat.fig1Truncated', { exact: formatPlain(2.87, 2), printed: formatPlain(2.8, 1) }),
      ],
    },
    {
      id: 'fig1-destination',
      title: t('baseline.fig1.destinationTitle'),
      unit: 'persons',
      bars: immigrants.map((r) => ({ id: r.counterpart ?? r.id, label: originName(r.counterpart ?? ''), value: r.value ?? 0 })),
      source: t('baseline.source.undesa'),
      caveats: [],
    },
    {
      id: 'fig2',
      title: t('baseline.fig2'),
      unit: 'USD',
      bars: topRemittanceRecipientsUsd(dataset, 15).map((r) => ({ id: r.iso3, label: r.name, value: r.value, paper: r.paperValue })),
      source: t('baseline.source.wdi'),
      // The amount the paper means (USD millions), in the reader's number format; its misprint stays quoted as printed.
      caveats: [...remittanceCaveats, t('baseline.caveat.mexicoUnits', { amount: formatGrouped(35_659) })],
    },
    {
      id: 'fig3',
      title: t('baseline.fig3'),
      unit: '% of GDP',
      bars: topRemittanceRecipientsPctGdp(dataset, 15).map((r) => ({ id: r.iso3, label: r.name, value: r.value, paper: r.paperValue })),
      source: t('baseline.source.wdi'),
      // The paper's printed share and today's WDI value (data/baseline), in the reader's number format.
      caveats: [...remittanceCaveats, t('baseline.caveat.haiti', { paper: formatPercent(30.7), now: formatPercent(16.7) })],
    },
    {
      id: 'fig4',
      title: t('baseline.fig4'),
      unit: 'persons',
      bars: venezuelans
        .filter((v) => v.persons !== null)
        .map((v) => ({ id: v.iso3, label: v.name, value: v.persons ?? 0 })),
      source: t('baseline.source.r4v'),
      caveats: [
        // R4V's published counts (data/baseline) and the paper's rounded share, in the reader's number format.
        t('baseline.caveat.r4vShare', { abroad: formatGrouped(4_769_498), inRegion: formatGrouped(3_937_561), share: formatPercent(82.6), paperShare: formatPercent(85) }),
        t('baseline.caveat.recalled', { colombia: formatPlain(1.6, 1) }), ...(missing.length ? [t('baseline.caveat.missing', { countries: listFormat(missing) })] : [])],
    },
  ];
}
