// The presenter view: a second window (speaker notes, next slide, timer) that follows a presentation through a
// BroadcastChannel on the same origin. Its address carries the presentation's session id, which names the channel,
// so two presentations (two tabs) never drive each other's presenter view.
import { z } from 'zod';

/** A presentation session id: hex, made by the page when a presentation starts. */
export const presenterSessionSchema = z.string().regex(/^[0-9a-f]{16,32}$/, 'must be a presentation session id');

export const PRESENTER_VIEW = 'presenter';

/** The query string of the presenter view for a session: "?view=presenter&session=…". */
export function presenterViewQuery(session: string): string {
  return `?view=${PRESENTER_VIEW}&session=${presenterSessionSchema.parse(session)}`;
}

/** The BroadcastChannel a session's presentation and presenter view talk on. */
export const presenterChannelName = (session: string): string => `puente-presentation-${session}`;
