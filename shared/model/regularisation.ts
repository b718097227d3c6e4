// Module B, simple mode (model-evidence §3.5 and §3.8): status stocks of Venezuelans and of other immigrants,
// the programmes that ran, the regularisation lever, permits, formal jobs, revenue and the cost of permits.
import type { ResolvedLevers } from './levers';
import type { ParamValues } from './parameter-ids';
import type { RunContext } from './run-context';
import type { CountryInputs, ProgrammeFlows } from './types';
import type { StatusStocks, Workspace } from './workspace';
import { FIRST_PROJECTION_INDEX as FIRST_PROJECTION_INDEX_, FIRST_YEAR as FIRST_YEAR_, N_YEARS as N_YEARS_, STOCK_START_INDEX as STOCK_START_INDEX_ } from './years';
// Local copies of imported constants for the inner loops (why: shared/model/years.ts).
const FIRST_PROJECTION_INDEX = FIRST_PROJECTION_INDEX_;
const FIRST_YEAR = FIRST_YEAR_;
const N_YEARS = N_YEARS_;
const STOCK_START_INDEX = STOCK_START_INDEX_;

const at = (values: readonly (number | null)[] | undefined, i: number): number => values?.[i] ?? 0;

/**
 * Status stocks for one policy (π, K from year t_pol; programmes or none). Each group (Venezuelans V, others O)
 * holds irregular I, settled regular Gs (long-settled, 10-year permits, regular arrivals; never lapse) and holders
 * of time-limited permits Gt. Timing within a year:
 *   I'_t = I_{t−1}·(1 − X_t/S_{t−1}), likewise Gs', Gt'           exits leave pro rata
 *   L_t  = δ·Gt'_t + L^prog_t (V: recorded, from Gt' first, then Gs')   only time-limited permits lapse (B4)
 *   P_t  = min(π·(I'_t + L_t), K) from t_pol, shared pro rata      the lever (simple mode)
 *   N_t  = min(programme newly regularised, what is irregular after this year's arrivals)     (V only)
 *   I_t  = I'_t + L_t − P_t + s·A_t − N_t       (B5; s = s_irr for Venezuelans, s⁰_O for other immigrants)
 *   Gt_t = Gt'_t − δ·Gt'_t − L^prog,t_t + P_t + N^limited_t;  Gs_t = Gs'_t − L^prog,s_t + N^10-year_t + (1 − s)·A_t
 * so I + Gs + Gt = S_t for each group. Lapses before permits keep the regular stock monotone in π.
 */
function statusStocks(
  country: CountryInputs,
  ws: Workspace,
  p: ParamValues,
  history: ParamValues,
  rate: number,
  capacity: number,
  startIndex: number,
  programmes: ProgrammeFlows | null,
  v: StatusStocks,
  o: StatusStocks,
): void {
  const sV = ws.venezuelans;
  const sO = ws.others;
  for (let i = 0; i < STOCK_START_INDEX; i++) {
    v.irregular[i] = v.settled[i] = v.temporary[i] = v.permits[i] = v.newlyRegularised[i] = v.lapses[i] = NaN;
    o.irregular[i] = o.settled[i] = o.temporary[i] = o.permits[i] = o.newlyRegularised[i] = o.lapses[i] = NaN;
  }
  // End-2019 split (programmes that ran before, or during 2019, are part of it).
  const s0 = STOCK_START_INDEX;
  const v0 = sV[s0] ?? 0;
  const o0 = sO[s0] ?? 0;
  v.irregular[s0] = (country.venezuelanIrregularShare2019 ?? p.irregularShareVenezuelans2019) * v0;
  v.settled[s0] = v0 - (v.irregular[s0] ?? 0);
  o.irregular[s0] = p.irregularShareOtherImmigrants2019 * o0;
  o.settled[s0] = o0 - (o.irregular[s0] ?? 0);
  v.temporary[s0] = o.temporary[s0] = 0;
  v.permits[s0] = at(programmes?.permits, s0);
  v.newlyRegularised[s0] = at(programmes?.newlyRegularised, s0);
  o.permits[s0] = o.newlyRegularised[s0] = v.lapses[s0] = o.lapses[s0] = 0;

  const sIrr = p.irregularShareArrivals;
  const sIrrO = p.irregularShareOtherImmigrants2019;
  for (let i = s0 + 1; i < N_YEARS; i++) {
    const prevV = sV[i - 1] ?? 0;
    const prevO = sO[i - 1] ?? 0;
    const stayV = prevV > 0 ? Math.max(0, 1 - (ws.exitsV[i] ?? 0) / prevV) : 1;
    const stayO = prevO > 0 ? Math.max(0, 1 - (ws.exitsO[i] ?? 0) / prevO) : 1;
    const iV = (v.irregular[i - 1] ?? 0) * stayV;
    const gsV = (v.settled[i - 1] ?? 0) * stayV;
    const gtV = (v.temporary[i - 1] ?? 0) * stayV;
    const iO = (o.irregular[i - 1] ?? 0) * stayO;
    const gsO = (o.settled[i - 1] ?? 0) * stayO;
    const gtO = (o.temporary[i - 1] ?? 0) * stayO;
    // δ describes lapses to come; in history years lapses are the programmes' recorded ones (δ known: its central value).
    const delta = i < FIRST_PROJECTION_INDEX ? history.lapseRate : p.lapseRate;
    const lapV = delta * gtV;
    // Recorded programme lapses fall on holders of time-limited permits first (Peru's one-year CPP), then on the
    // earlier permits counted as settled in the 2019 split (Colombia's PEP, whose holders the model starts regular).
    const recordedLapses = at(programmes?.lapses, i);
    const progLapseT = Math.min(recordedLapses, gtV - lapV);
    const progLapseS = Math.min(recordedLapses - progLapseT, gsV);
    const progLapse = progLapseT + progLapseS;
    const lapO = delta * gtO;
    const eV = iV + lapV + progLapse;
    const eO = iO + lapO;
    const pool = eV + eO;
    const granted = i >= startIndex && pool > 0 ? Math.min(rate * pool, capacity) : 0;
    const pV = pool > 0 ? (granted * eV) / pool : 0;
    const pO = granted - pV;
    const aV = ws.arrivalsV[i] ?? 0;
    const aO = ws.arrivalsO[i] ?? 0;
    // Programmes regularise people already in the country, including this year's irregular arrivals.
    const afterArrivals = eV - pV + sIrr * aV;
    const planned = at(programmes?.newlyRegularised, i);
    const n = planned > afterArrivals ? Math.max(0, afterArrivals) : planned;
    const scale = planned > 0 ? n / planned : 1;
    const nLimited = at(programmes?.newlyRegularisedTimeLimited, i) * scale;
    v.irregular[i] = afterArrivals - n;
    v.temporary[i] = gtV - lapV - progLapseT + pV + nLimited;
    v.settled[i] = gsV - progLapseS + (n - nLimited) + (1 - sIrr) * aV;
    // Other immigrants arrive irregular in the same share as their stock started (s⁰_O), so churn does not drift a
    // long-settled population towards irregularity; s_irr is the Venezuelan arrivals' share.
    o.irregular[i] = eO - pO + sIrrO * aO;
    o.temporary[i] = gtO - lapO + pO;
    o.settled[i] = gsO + (1 - sIrrO) * aO;
    // Permits count renewals and conversions too; where the irregular pool ran out, the programme's permits shrink with it.
    v.permits[i] = pV + at(programmes?.permits, i) - (planned - n);
    v.newlyRegularised[i] = pV + n;
    v.lapses[i] = lapV + progLapse;
    o.permits[i] = o.newlyRegularised[i] = pO;
    o.lapses[i] = lapO;
  }
}

export function regularisation(country: CountryInputs, lev: ResolvedLevers, ctx: RunContext, ws: Workspace): void {
  const { p } = ctx;
  const m2019 = ws.stock[STOCK_START_INDEX] ?? 0;
  const startIndex = lev.policyStartYear - FIRST_YEAR;
  const programmes = lev.programmes === 'as-implemented' ? country.programmes : null;
  // K = κ·M_2019: capacity is a number of permits a year, fixed by the 2019 stock.
  statusStocks(country, ws, p, ctx.history, lev.regularisationRate, lev.processingCapacityShare * m2019, startIndex, programmes, ws.v, ws.o);

  const workers = p.workingAgeShare * p.employmentRate; // a·e_emp
  for (let i = 0; i < STOCK_START_INDEX; i++) {
    ws.irregular[i] = ws.regular[i] = ws.permits[i] = ws.permitsCumulative[i] = ws.newlyRegularised[i] = NaN;
    ws.formalShare[i] = ws.employed[i] = ws.formalJobs[i] = ws.revenue[i] = ws.adminCost[i] = NaN;
  }
  let cumulative = 0;
  for (let i = STOCK_START_INDEX; i < N_YEARS; i++) {
    const m = ws.stock[i] ?? 0;
    const irr = (ws.v.irregular[i] ?? 0) + (ws.o.irregular[i] ?? 0);
    const g = m - irr;
    const permits = (ws.v.permits[i] ?? 0) + (ws.o.permits[i] ?? 0);
    const newly = (ws.v.newlyRegularised[i] ?? 0) + (ws.o.newlyRegularised[i] ?? 0);
    cumulative += permits;
    ws.irregular[i] = irr;
    ws.regular[i] = g;
    ws.permits[i] = permits;
    ws.permitsCumulative[i] = cumulative;
    ws.newlyRegularised[i] = newly;
    if (i === STOCK_START_INDEX) {
      ws.formalShare[i] = p.formalShareRegular2019;
      ws.adminCost[i] = 0;
    } else {
      // B7: stayers converge towards FGmax at speed λ; the newly regular and regular arrivals enter at FG0.
      const previous = ws.stock[i - 1] ?? 0;
      const exits = (ws.exitsV[i] ?? 0) + (ws.exitsO[i] ?? 0);
      const stay = previous > 0 ? Math.max(0, 1 - exits / previous) : 1;
      const stayers = Math.max(0, (ws.regular[i - 1] ?? 0) * stay - (ws.v.lapses[i] ?? 0) - (ws.o.lapses[i] ?? 0));
      const fgPrev = ws.formalShare[i - 1] ?? 0;
      const converged = fgPrev + p.convergenceSpeed * (p.formalShareLongRun - fgPrev);
      const newcomers = newly + (1 - p.irregularShareArrivals) * (ws.arrivalsV[i] ?? 0) + (1 - p.irregularShareOtherImmigrants2019) * (ws.arrivalsO[i] ?? 0);
      const total = stayers + newcomers;
      ws.formalShare[i] = total > 0 ? (stayers * converged + newcomers * p.formalShareAtRegularisation) / total : p.formalShareAtRegularisation;
      // B10: the cost per permit is a Colombian-level amount, scaled like every other unit cost; the fee is a price.
      ws.adminCost[i] = permits * ((ws.scale[i] ?? NaN) * p.adminCostPerPermitUsd - p.permitFeeUsd);
    }
    ws.employed[i] = workers * m; // B6
    ws.formalJobs[i] = workers * g * (ws.formalShare[i] ?? 0); // B7: irregular migrants hold no formal jobs
    // B9, Colombian per-person amounts scaled by relative GDP per capita (NaN without GDP), over the migrants of the
    // response: taxes every migrant pays whatever the status (r_0, consumption), plus taxes and contributions of each
    // formal job they hold (r_F). Regular migrants of the response hold formal jobs at the regular share FG_t.
    const clients = (ws.venezuelans[i] ?? 0) + (ws.o.irregular[i] ?? 0) + (ws.o.temporary[i] ?? 0);
    const regularClients = (ws.v.settled[i] ?? 0) + (ws.v.temporary[i] ?? 0) + (ws.o.temporary[i] ?? 0);
    const formalClients = workers * regularClients * (ws.formalShare[i] ?? 0);
    ws.revenue[i] = (ws.scale[i] ?? NaN) * (p.revenueBasePerMigrantUsd * clients + p.revenuePerFormalJobUsd * formalClients);
  }
}
