// The paper-anchored run's assumptions (data/model/paper-anchor.json): the earlier model's growth rates, its band
// and its knot path of Venezuelans abroad, kept to set the old baseline against what was observed.
import { z } from 'zod';
import type { InflowKnots, ParameterOverride } from '../model/types';

const knots = z.array(z.number().finite().nonnegative()).min(2);
const knotSets = z.strictObject({ default: knots, low: knots, high: knots });

export const PaperAnchorSchema = z.strictObject({
  about: z.string().min(1),
  bands: z.literal('envelope'),
  parameterOverrides: z.record(
    z.string(),
    z
      .strictObject({ default: z.number().finite(), low: z.number().finite(), high: z.number().finite(), why: z.string().min(1) })
      .refine((o) => o.low <= o.default && o.default <= o.high, { message: 'needs low <= default <= high' }),
  ),
  inflowKnots: z
    .strictObject({ why: z.string().min(1), years: z.array(z.number().int()).min(2), low: knotSets, central: knotSets, high: knotSets })
    .refine((k) => [k.low, k.central, k.high].every((s) => [s.default, s.low, s.high].every((v) => v.length === k.years.length)), {
      message: 'every knot list needs one value per knot year',
    }),
});

export interface PaperAnchor {
  parameterOverrides: Record<string, ParameterOverride>;
  inflowKnots: InflowKnots;
  why: Record<string, string>;
}

export function parsePaperAnchor(raw: unknown): PaperAnchor {
  const parsed = PaperAnchorSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid data/model/paper-anchor.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const { parameterOverrides, inflowKnots } = parsed.data;
  return {
    parameterOverrides: Object.fromEntries(Object.entries(parameterOverrides).map(([id, o]) => [id, { default: o.default, low: o.low, high: o.high }])),
    inflowKnots: { years: inflowKnots.years, low: inflowKnots.low, central: inflowKnots.central, high: inflowKnots.high },
    why: Object.fromEntries(Object.entries(parameterOverrides).map(([id, o]) => [id, o.why])),
  };
}
