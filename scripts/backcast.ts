// npm run backcast: the paper-anchored run (the model as it projected from the paper's 2018/2019 values) against
// what was observed in 2019-2025. Per indicator: how many observed country-years, the share inside the old run's
// low-high band, and the median error. The same numbers as the "Paper vs. what happened" view.
import { anchoredRecord, anchoringRule, GROWTH_RULE_VARIANTS, growthBacktest, modelBaseline, paperBaseline } from '../shared/data';
import { outputDefs, parameterDef } from '../shared/model';
import { trackRecord, type TrackRecord } from '../shared/track-record';

export function backcastReport(record: TrackRecord = trackRecord(paperBaseline(), anchoredRecord().observed)): string {
  const label = new Map(outputDefs().map((o) => [o.id, o.label]));
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = ['Back-cast: paper-anchored run (Puente 0.1 assumptions) against the observed record, 2019-2025', ''];
  lines.push(`${'indicator'.padEnd(44)}${'cells'.padStart(7)}${'in band'.padStart(10)}${'median |error|'.padStart(17)}${'weighted |error|'.padStart(19)}${'median |gap|'.padStart(15)}   total error, last year`);
  for (const ind of record.indicators) {
    const total = ind.total ? `${ind.total.year}: ${pct(ind.total.error)}` : '(a ratio)';
    const weighted = ind.weightedAbsError === null ? '(a ratio)' : pct(ind.weightedAbsError);
    const gap = ind.output === 'remittancesUsd' ? `US$${(ind.medianAbsGap / 1e6).toFixed(0)}m` : ind.output === 'remittancesPctGdp' || ind.output === 'remittanceCostPct' ? `${ind.medianAbsGap.toFixed(2)} pp` : Math.round(ind.medianAbsGap).toLocaleString('en-US');
    lines.push(`${(label.get(ind.output) ?? ind.output).padEnd(44)}${String(ind.cells.length).padStart(7)}${pct(ind.shareInBand).padStart(10)}${pct(ind.medianAbsError).padStart(17)}${weighted.padStart(19)}${gap.padStart(15)}   ${total}`);
  }
  lines.push(
    '',
    'cells: country-years observed since 2019; in band: inside the old run\'s low-high range; median |error|: (old − observed) / observed, every country alike.',
    'weighted |error|: sum of |old − observed| over the sum of observed, so countries weigh by size; median |gap|: |old − observed| in the unit.',
    'total error: the sum over the countries observed that year.',
  );
  // Largest in US$, not in %: Antigua's 68% is US$26m, Mexico's a few points are billions.
  const worst = record.indicators.find((i) => i.output === 'remittancesUsd')?.cells.filter((c) => c.year === 2024).sort((a, b) => Math.abs(b.paper - b.observed) - Math.abs(a.paper - a.observed)).slice(0, 3);
  if (worst?.length) {
    lines.push('', `Largest remittance gaps in 2024: ${worst.map((c) => `${c.iso3} US$${((c.paper - c.observed) / 1e9).toFixed(1)}bn (${pct(c.error)})`).join(', ')}`);
  }
  lines.push('', growthRuleReport());
  return lines.join('\n');
}

/** The remittance growth rule judged on its own forecasts: fit to the record up to a year, predict the next. */
export function growthRuleReport(): string {
  const label = new Map(GROWTH_RULE_VARIANTS.map((v) => [v.id, v.label]));
  const lines = ['Growth rule back-test: remittance growth of the year after the cutoff, predicted from the record up to it', ''];
  lines.push(`${'rule'.padEnd(64)}${'cutoff'.padStart(7)}${'countries'.padStart(11)}${'median |err|'.padStart(14)}${'weighted |err|'.padStart(16)}${'total err'.padStart(11)}`);
  for (const cutoff of [2023, 2024]) {
    for (const row of growthBacktest(modelBaseline().countries, anchoringRule(), parameterDef('remittanceGrowthRate').default, cutoff)) {
      lines.push(`${(label.get(row.variant) ?? row.variant).padEnd(64)}${String(row.cutoff).padStart(7)}${String(row.countries).padStart(11)}${`${row.medianAbsErrorPp.toFixed(1)} pp`.padStart(14)}${`${row.weightedAbsErrorPp.toFixed(1)} pp`.padStart(16)}${`${row.totalErrorPct.toFixed(1)}%`.padStart(11)}`);
    }
  }
  lines.push('', 'cutoff 2023 predicts 2024 (every country with WDI 2024); cutoff 2024 predicts 2025 (the six with a central-bank 2025 total).', 'weighted: by remittances received in the predicted year; total err: predicted against observed sum over the same countries.');
  return lines.join('\n');
}

if (process.argv[1] && /backcast\.ts$/.test(process.argv[1])) console.log(backcastReport());
