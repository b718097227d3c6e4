// A small realistic baseline for the engine's tests. Values are rounded from /work/shared/reference/
// baseline-data.json (WDI 2018 GDP and remittances, later vintage; UN DESA 2019 stocks; R4V Dec 2019).
// otherImmigrants2019 are rough "UN DESA immigrants net of Venezuelans" values for testing only.
import type { CountryInputs, DerivedGrowth, ModelBaseline } from '../../../shared/model/types';

// The fixture has no observed record: every series starts from its paper-era value and grows at the long-run rate.
const NONE: DerivedGrowth = { recent: null, basis: 'none', window: null, volatility: 0, ownShare: null, reference: null, capped: false };
const PAPER_ERA = { history: null, growth: { remittances: NONE, gdp: NONE, otherImmigrants: NONE, venezuelans: NONE }, programmes: null } as const;

export const MEX: CountryInputs = {
  iso3: 'MEX', name: 'Mexico', subregion: 'Central America', population2019: 125_762_982,
  gdp2018Usd: 1_256_300_182_880, remittances2018Usd: 36_526_000_000, remittanceCostPct: 5.2, remittanceCostBasis: 'country',
  otherImmigrants2019: 990_000, venezuelans2019: 71_000, venezuelanIrregularShare2019: null, emigrants2019: 11_800_000, ...PAPER_ERA,
};
export const COL: CountryInputs = {
  iso3: 'COL', name: 'Colombia', subregion: 'South America', population2019: 49_907_985,
  gdp2018Usd: 334_198_218_098, remittances2018Usd: 6_675_000_000, remittanceCostPct: 5.4, remittanceCostBasis: 'country',
  otherImmigrants2019: 150_000, venezuelans2019: 1_630_903, venezuelanIrregularShare2019: 0.574, emigrants2019: 2_870_000, ...PAPER_ERA,
};
export const HTI: CountryInputs = {
  iso3: 'HTI', name: 'Haiti', subregion: 'Caribbean', population2019: 11_105_163,
  gdp2018Usd: 16_403_864_618, remittances2018Usd: 2_735_000_000, remittanceCostPct: 6.3, remittanceCostBasis: 'lac-mean',
  otherImmigrants2019: 18_756, venezuelans2019: 0, venezuelanIrregularShare2019: null, emigrants2019: 1_580_000, ...PAPER_ERA,
};
export const PER: CountryInputs = {
  iso3: 'PER', name: 'Peru', subregion: 'South America', population2019: 32_449_303,
  gdp2018Usd: 222_597_009_739, remittances2018Usd: 3_234_000_000, remittanceCostPct: 6.3, remittanceCostBasis: 'lac-mean',
  otherImmigrants2019: 100_000, venezuelans2019: 864_000, venezuelanIrregularShare2019: null, emigrants2019: 1_520_000, ...PAPER_ERA,
};
export const VEN: CountryInputs = {
  iso3: 'VEN', name: 'Venezuela', subregion: 'South America', population2019: 28_515_829,
  gdp2018Usd: null, remittances2018Usd: null, remittanceCostPct: 6.3, remittanceCostBasis: 'lac-mean',
  otherImmigrants2019: 1_375_690, venezuelans2019: 0, venezuelanIrregularShare2019: null, emigrants2019: 2_520_000, ...PAPER_ERA,
};

export const FIXTURE: ModelBaseline = {
  datasetId: 'test-fixture',
  datasetVersion: '0',
  checksum: 'fixture',
  anchor: 'paper',
  countries: [MEX, COL, HTI, PER, VEN],
  parameterOverrides: {},
  inflowKnots: null,
  bands: 'by-sign',
};
