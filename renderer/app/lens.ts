// What each lens puts on screen. Host lens: migrants living in the place (regularisation, jobs, public finances).
// Origin lens: people born in the place and the remittances they send home.
import type { OutputId } from '../../shared/model/types';
import { DEFAULT_CHARTS } from '../../shared/scenario/defaults';

export type Lens = 'host' | 'origin';

export const LENS_CHARTS: Readonly<Record<Lens, readonly string[]>> = {
  host: DEFAULT_CHARTS,
  origin: ['remittancesUsd', 'remittancesPctGdp', 'feeSavingsUsd'] satisfies OutputId[],
};
