// Yearly flows of the regularisation programmes that ran (data/observed programmes table): each programme's dated
// cumulative permit counts are spread evenly over the months between them, then summed by calendar year.
import type { ProgrammeFlows } from '../model/types';
import { FIRST_YEAR, N_YEARS, STOCK_BASE_YEAR } from '../model/years';
import type { Programme } from './observed-schema';

const monthIndex = (month: string): number => {
  const [y, m] = month.split('-').map(Number);
  return (y ?? 0) * 12 + ((m ?? 1) - 1);
};

/** Permits issued per calendar year (index of YEARS) by one programme: linear between its dated counts, from zero at its start. */
export function yearlyPermits(programme: Programme): number[] {
  const out = new Array<number>(N_YEARS).fill(0);
  let fromMonth = monthIndex(programme.start) - 1; // the count is zero at the end of the month before the start
  let fromValue = 0;
  for (const count of programme.permits) {
    const toMonth = monthIndex(count.asOf);
    const months = toMonth - fromMonth;
    const increment = count.value - fromValue;
    for (let m = fromMonth + 1; m <= toMonth; m++) {
      const i = Math.floor(m / 12) - FIRST_YEAR;
      if (i >= 0 && i < N_YEARS && months > 0) out[i] = (out[i] ?? 0) + increment / months;
    }
    fromMonth = toMonth;
    fromValue = count.value;
  }
  return out;
}

/**
 * The flows of every programme the model uses for one country, or null where none: permits (with renewals and
 * conversions), people newly regularised (permits × (1 − conversion share)), the part of them on time-limited
 * permits, and programme lapses in the year they took effect. Only years from the first stock year count: a
 * programme that ran earlier is part of the status split the model starts from.
 */
export function programmeFlows(programmes: readonly Programme[], iso3: string): ProgrammeFlows | null {
  const used = programmes.filter((p) => p.iso3 === iso3 && p.modelUse === 'flows');
  if (used.length === 0) return null;
  const zeros = (): number[] => new Array<number>(N_YEARS).fill(0);
  const permits = zeros();
  const newly = zeros();
  const limited = zeros();
  const lapses = zeros();
  const first = STOCK_BASE_YEAR - FIRST_YEAR;
  for (const p of used) {
    const yearly = yearlyPermits(p);
    const newShare = 1 - (p.conversionShare?.value ?? 0);
    for (let i = first; i < N_YEARS; i++) {
      const v = yearly[i] ?? 0;
      permits[i] = (permits[i] ?? 0) + v;
      newly[i] = (newly[i] ?? 0) + v * newShare;
      if (p.timeLimited) limited[i] = (limited[i] ?? 0) + v * newShare;
    }
    for (const lapse of p.lapses) {
      const i = Math.floor(monthIndex(lapse.effective) / 12) - FIRST_YEAR;
      if (i >= first && i < N_YEARS) lapses[i] = (lapses[i] ?? 0) + lapse.value;
    }
  }
  const toSeries = (values: number[]) => values.map((v, i) => (i < first ? null : v));
  return {
    permits: toSeries(permits),
    newlyRegularised: toSeries(newly),
    newlyRegularisedTimeLimited: toSeries(limited),
    lapses: toSeries(lapses),
    programmeIds: used.map((p) => p.id),
  };
}
