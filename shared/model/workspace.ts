// Scratch series for one country run, allocated once and reused, so the inner loops do not allocate.
// Index i is the year YEARS[i] (2018 + i); NaN marks "no value" and becomes null in the projection.
import { YEARS } from './types';

export const N_YEARS = YEARS.length;
export const FIRST_YEAR_INDEX = 0; // 2018: observed base year of remittances
export const STOCK_START_INDEX = 1; // 2019: first year of migrant stocks
export const FLOW_START_INDEX = 2; // 2020: first year with arrivals and permits

const series = (): Float64Array => new Float64Array(N_YEARS);

export class Workspace {
  // Country context
  readonly gdp = series(); // GDP_t, current US$
  readonly scale = series(); // GDP per capita relative to the Colombian reference (y_t / y_ref)
  // Module A
  readonly price = series(); // c_t
  readonly formalBaseline = series(); // RFb_t
  readonly formal = series(); // RF_t
  readonly informal = series(); // RI_t
  readonly switched = series(); // SW_t
  readonly newMoney = series(); // NEW_t
  readonly feeSavings = series(); // SAV_t
  readonly remittancesPctGdp = series(); // ρ_t, %
  // Migrant stock
  readonly stock = series(); // M_t
  readonly arrivals = series(); // A_t (gross)
  readonly exits = series(); // X_t
  // Module B
  readonly irregular = series(); // I_t
  readonly regular = series(); // G_t
  readonly permits = series(); // P_t
  readonly lapses = series(); // L_t
  readonly regularStatusQuo = series(); // G_t with the status-quo programme (G_base in B9)
  readonly irregularStatusQuo = series();
  readonly permitsStatusQuo = series();
  readonly lapsesStatusQuo = series();
  readonly formalShare = series(); // FG_t
  readonly employed = series(); // Emp_t
  readonly formalJobs = series(); // F_t
  readonly revenue = series(); // T_t
  readonly adminCost = series(); // AC_t
  // Module C
  readonly demandEducation = series(); // D_edu,t
  readonly demandHealth = series(); // D_health,t
  readonly capacityEducation = series(); // Cap_edu,t
  readonly capacityHealth = series(); // Cap_health,t
  readonly servedEducation = series(); // S_edu,t
  readonly servedHealth = series(); // S_health,t
  readonly unmet = series(); // Σ Gap_s,t
  readonly absorptionIndex = series(); // AI_t
  readonly investment = series(); // Inv_t
  readonly publicCost = series(); // PC_t
  readonly grants = series(); // Grants_t
  readonly netFiscal = series(); // FB_t
  readonly valueAdded = series(); // VA_t
  readonly gdpContribution = series(); // ΔGDP_C,t
}
