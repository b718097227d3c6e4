// Builds the screen's Engine from shared/model (projection, sensitivity, catalogues) and shared/data (the bundled
// baseline and the paper's figures). The baseline is parsed and frozen once, outside the Immer document.
import { freeze } from 'immer';
import {
  AGGREGATE_IDS, LEVERS, OUTPUTS, PARAMETERS, baselineLeverValue, countryInRegion, parameterValues, project, sensitivity,
  type LeverDef, type OutputId, type RegionId, type ScenarioInputs,
} from '../../shared/model';
import {
  BASELINE_DATASET, COUNTRIES, emigrantsByDestination, findRecords, modelBaseline, paperFigures, regionName,
  topRemittanceRecipientsPctGdp, topRemittanceRecipientsUsd, venezuelansByHost,
} from '../../shared/data';
import { t } from '../i18n/t';
import type { BaselineFigure, ChartMarker, Engine, RegionOption } from './engine-types';

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
  const regions: RegionOption[] = [
    ...AGGREGATE_IDS.map((id) => ({ id, name: regionName(id), kind: 'aggregate' as const })),
    ...[...COUNTRIES].sort((a, b) => a.name.localeCompare(b.name)).map((c) => ({ id: c.iso3, name: c.name, kind: 'country' as const })),
  ];
  const paper = paperFigures();
  const defaults = parameterValues('default');

  const leverBaseline = (lever: LeverDef, region: RegionId): number | string | null => {
    const inRegion = baseline.countries.filter((c) => countryInRegion(c.iso3, c.subregion, region));
    const first = inRegion[0];
    if (!first) return null;
    if (lever.baseline !== 'country') return baselineLeverValue(lever.id, first, defaults);
    // A place made of several countries: the plain mean of their own values (shown as the baseline tick).
    const values = inRegion.map((c) => baselineLeverValue(lever.id, c, defaults)).filter((v): v is number => typeof v === 'number');
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  };

  const markers = (output: OutputId, region: RegionId): ChartMarker[] => {
    const indicator = PAPER_INDICATOR[output];
    if (!indicator) return [];
    const fromPaper: ChartMarker[] = paper
      .filter((p) => p.iso3 === region && p.indicator === indicator && p.year !== null)
      .map((p) => ({ year: p.year ?? 0, value: p.value, kind: 'paper', source: t('markers.paperSource') }));
    const observed: ChartMarker[] = findRecords(BASELINE_DATASET, 'remittances', { iso3: region, indicator, vintageKey: 'wdi2025' })
      .filter((r) => r.value !== null && r.year !== null)
      .map((r) => ({ year: r.year ?? 0, value: r.value ?? 0, kind: 'observed', source: t('markers.observedSource') }));
    return [...fromPaper, ...observed];
  };

  let figureCache: BaselineFigure[] | null = null;
  const figures = (): BaselineFigure[] => (figureCache ??= buildFigures());

  return {
    baseline,
    levers: LEVERS,
    parameters: PARAMETERS,
    outputs: OUTPUTS,
    regions,
    project: (inputs: ScenarioInputs) => project(baseline, inputs),
    sensitivity: (inputs, output, region, year) => sensitivity(baseline, inputs, output, region, year),
    leverBaseline,
    markers,
    figures,
  };
}

function buildFigures(): BaselineFigure[] {
  const emigrants = emigrantsByDestination(BASELINE_DATASET).filter((e) => e.iso3 !== 'LAC').slice(0, 15);
  const immigrants = findRecords(BASELINE_DATASET, 'migrantStocks', { iso3: 'LAC', indicator: 'immigrants_by_origin', year: 2019 })
    .filter((r) => r.value !== null && r.counterpart)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
    .slice(0, 15);
  const venezuelans = venezuelansByHost(BASELINE_DATASET);
  const missing = venezuelans.filter((v) => v.persons === null).map((v) => v.name);
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
      caveats: [t('baseline.caveat.fig1Total'), t('baseline.caveat.fig1Truncated')],
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
      bars: topRemittanceRecipientsUsd(BASELINE_DATASET, 15).map((r) => ({ id: r.iso3, label: r.name, value: r.value, paper: r.paperValue })),
      source: t('baseline.source.wdi'),
      caveats: [...remittanceCaveats, t('baseline.caveat.mexicoUnits')],
    },
    {
      id: 'fig3',
      title: t('baseline.fig3'),
      unit: '% of GDP',
      bars: topRemittanceRecipientsPctGdp(BASELINE_DATASET, 15).map((r) => ({ id: r.iso3, label: r.name, value: r.value, paper: r.paperValue })),
      source: t('baseline.source.wdi'),
      caveats: [...remittanceCaveats, t('baseline.caveat.haiti')],
    },
    {
      id: 'fig4',
      title: t('baseline.fig4'),
      unit: 'persons',
      bars: venezuelans
        .filter((v) => v.persons !== null)
        .map((v) => ({ id: v.iso3, label: v.name, value: v.persons ?? 0 })),
      source: t('baseline.source.r4v'),
      caveats: [t('baseline.caveat.r4vShare'), t('baseline.caveat.recalled'), ...(missing.length ? [t('baseline.caveat.missing', { countries: missing.join(', ') })] : [])],
    },
  ];
}
