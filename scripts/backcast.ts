// npm run backcast: the paper-anchored run (the model as it projected from the paper's 2018/2019 values) against
// what was observed in 2019-2025. Per indicator: how many observed country-years, the share inside the old run's
// low-high band, and the median error. The same numbers as the "Paper vs. what happened" view.
import { anchoredRecord, paperBaseline } from '../shared/data';
import { outputDefs } from '../shared/model';
import { trackRecord, type TrackRecord } from '../shared/track-record';

export function backcastReport(record: TrackRecord = trackRecord(paperBaseline(), anchoredRecord().observed)): string {
  const label = new Map(outputDefs().map((o) => [o.id, o.label]));
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = ['Back-cast: paper-anchored run (Puente 0.1 assumptions) against the observed record, 2019-2025', ''];
  lines.push(`${'indicator'.padEnd(44)}${'cells'.padStart(7)}${'in band'.padStart(10)}${'median |error|'.padStart(17)}   total error, last year`);
  for (const ind of record.indicators) {
    const total = ind.total ? `${ind.total.year}: ${pct(ind.total.error)}` : '(a ratio)';
    lines.push(`${(label.get(ind.output) ?? ind.output).padEnd(44)}${String(ind.cells.length).padStart(7)}${pct(ind.shareInBand).padStart(10)}${pct(ind.medianAbsError).padStart(17)}   ${total}`);
  }
  lines.push('', 'cells: country-years observed since 2019; in band: inside the old run\'s low-high range; median |error|: (old − observed) / observed.', 'total error: the sum over the countries observed that year.');
  const worst = record.indicators.find((i) => i.output === 'remittancesUsd')?.cells.filter((c) => c.year === 2024).sort((a, b) => Math.abs(b.error) - Math.abs(a.error)).slice(0, 3);
  if (worst?.length) {
    lines.push('', `Largest remittance errors in 2024: ${worst.map((c) => `${c.iso3} ${pct(c.error)}`).join(', ')}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && /backcast\.ts$/.test(process.argv[1])) console.log(backcastReport());
