// Scratch series for one country run, allocated once and reused, so the inner loops do not allocate.
// Index i is the year YEARS[i] (FIRST_YEAR + i); NaN marks "no value" and becomes null in the projection.
import { N_YEARS } from './years';

export { N_YEARS, STOCK_START_INDEX } from './years';

const series = (): Float64Array => new Float64Array(N_YEARS);

/** Status stocks of one origin group (Venezuelans or other immigrants). */
export class StatusStocks {
  readonly irregular = series(); // I_t
  readonly settled = series(); // Gs_t: regular, no lapse (long-settled, 10-year permits, regular arrivals)
  readonly temporary = series(); // Gt_t: holders of time-limited permits (can lapse)
  readonly permits = series(); // permits issued in the year (programmes incl. conversions + lever)
  readonly newlyRegularised = series(); // people moved out of irregular status in the year
  readonly lapses = series(); // L_t: regular status lost in the year
}

export class Workspace {
  // Country context
  readonly gdp = series(); // GDP_t, current US$
  readonly scale = series(); // GDP per capita relative to the Colombian reference (y_t / y_ref)
  // Module A
  readonly priceBase = series(); // c^b_t: baseline price path (record, then the last observed cost)
  readonly price = series(); // c_t
  readonly formalBaseline = series(); // RFb_t
  readonly formal = series(); // RF_t
  readonly informal = series(); // RI_t
  readonly switched = series(); // SW_t
  readonly newMoney = series(); // NEW_t
  readonly feeSavings = series(); // SAV_t
  readonly remittancesPctGdp = series(); // ρ_t, %
  // Migrant stock
  readonly venezuelans = series(); // V_t
  readonly others = series(); // O_t
  readonly stock = series(); // M_t = V_t + O_t
  readonly arrivalsV = series(); // A^V_t (gross)
  readonly surfacedV = series(); // B^V_t: the part of A^V_t that is a reporting break (people counted, not arrived)
  readonly arrivalsO = series(); // A^O_t (gross)
  readonly exitsV = series(); // X^V_t
  readonly exitsO = series(); // X^O_t
  // Module B
  readonly v = new StatusStocks(); // Venezuelans
  readonly o = new StatusStocks(); // other immigrants
  readonly irregular = series(); // I_t = I^V + I^O
  readonly regular = series(); // G_t = M_t − I_t
  readonly permits = series(); // P_t
  readonly permitsCumulative = series(); // Σ P since the first stock year
  readonly newlyRegularised = series(); // N_t
  readonly formalShare = series(); // FG_t
  readonly employed = series(); // Emp_t
  readonly formalJobs = series(); // F_t
  readonly revenue = series(); // T_t
  readonly adminCost = series(); // AC_t
  // Module C
  readonly clients = series(); // C_t: the population of the response (Venezuelans + non-settled other immigrants)
  readonly servedEducation = series(); // S_edu,t
  readonly servedHealth = series(); // S_health,t
  readonly placesEducation = series(); // Cap^inv_edu,t: places bought by investment
  readonly placesHealth = series(); // Cap^inv_health,t
  readonly unmet = series(); // Σ (D_s,t − S_s,t)
  readonly investment = series(); // Inv_t
  readonly newcomers = series(); // H_t: newcomers receiving humanitarian support
  readonly publicCost = series(); // PC_t
  readonly grants = series(); // Grants_t
  readonly netFiscal = series(); // FB_t
  readonly gdpContribution = series(); // ΔGDP_C,t
}
