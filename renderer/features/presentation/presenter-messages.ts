// What the presentation and its presenter view (another window, same origin) say to each other over their
// BroadcastChannel. Everything received is parsed from `unknown`: the scenarios with the scenario codec, the rest
// with the schemas below; anything else is ignored.
import { z } from 'zod';
import { OUTPUT_IDS } from '../../../shared/model/types';
import { presenterSessionSchema, PRESENTER_VIEW } from '../../../shared/host/presenter-view';
import { parseScenarioValue, SCENARIO_RULES } from '../../../shared/scenario';
import type { DeckInput } from './deck';
import { PRESENT_ACTIONS, type PresentAction } from './presentation-keys';

const scenarioDocument = z.unknown().transform((value, ctx) => {
  const parsed = parseScenarioValue(value, SCENARIO_RULES);
  if (parsed.ok) return parsed.value;
  ctx.addIssue({ code: 'custom', message: parsed.message });
  return z.NEVER;
});
const deckScenario = z.strictObject({
  ref: z.string().max(100).nullable(),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  document: scenarioDocument,
});
const region = z.string().refine((id) => SCENARIO_RULES.regionIds.has(id), 'must be a country code or region');
const deckInput = z.strictObject({
  source: z.enum(['current', 'saved']),
  scenarios: z.array(deckScenario).min(1).max(4),
  comparison: z.strictObject({ scenarios: z.array(deckScenario).min(2).max(4), output: z.enum(OUTPUT_IDS), region }).nullable(),
});

/** The presentation's state, sent on every change and whenever a presenter view says hello. */
const stateMessage = z.strictObject({
  type: z.literal('state'),
  input: deckInput,
  index: z.number().int().min(0).max(500),
  /** Keys of the slides whose scenario lines are hidden (predict, then reveal). */
  hidden: z.array(z.string().max(100)).max(500),
  levers: z.boolean(),
  /** When the presentation started (ms since epoch), for the presenter's timer. */
  startedAt: z.number().finite(),
});

const presenterMessage = z.discriminatedUnion('type', [
  stateMessage,
  z.strictObject({ type: z.literal('ended') }),
  /** A presenter view has opened and wants the state. */
  z.strictObject({ type: z.literal('hello') }),
  /** A key or button in the presenter view, acted on by the presentation. */
  z.strictObject({ type: z.literal('command'), action: z.enum(PRESENT_ACTIONS) }),
]);

export type PresenterMessage = z.infer<typeof presenterMessage>;
export type StateMessage = z.infer<typeof stateMessage>;

/** A message as sent; `input` holds the scenario documents as they are (they are parsed on arrival). */
export type OutgoingMessage =
  | { type: 'state'; input: DeckInput; index: number; hidden: readonly string[]; levers: boolean; startedAt: number }
  | { type: 'ended' }
  | { type: 'hello' }
  | { type: 'command'; action: PresentAction };

/** The message, or null for anything that is not one of ours. */
export function parsePresenterMessage(raw: unknown): PresenterMessage | null {
  const parsed = presenterMessage.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The presentation session of a presenter-view address ("?view=presenter&session=…"); null for any other page. */
export function presenterSessionOf(search: string): string | null {
  const params = new URLSearchParams(search);
  if (params.get('view') !== PRESENTER_VIEW) return null;
  const parsed = presenterSessionSchema.safeParse(params.get('session'));
  return parsed.success ? parsed.data : null;
}
