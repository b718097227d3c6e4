// The Electron IPC contract: every channel between preload and main, with a zod schema for its
// arguments (a tuple, exactly what the preload passes to ipcRenderer.invoke) and for its result.
// Main parses arguments from `unknown` with these schemas; the preload parses results with them.
// Adding a channel is one entry in INVOKE_CHANNELS plus one handler in main and one method in the preload.
import { z } from 'zod';
import type { AppCommand, Result } from './host-api';

/** Why a call failed before (or instead of) reaching its handler. Every channel can return these. */
export const BRIDGE_ERROR_CODES = ['invalid-args', 'forbidden-sender', 'internal'] as const;
export type BridgeErrorCode = (typeof BRIDGE_ERROR_CODES)[number];

/** A Result whose `ok` value is parsed with `value` and whose error code is one of `codes`. */
const resultOf = <V extends z.ZodType, const C extends readonly string[]>(value: V, codes: C) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }).strict(),
    z.object({
      ok: z.literal(false),
      code: z.enum([...BRIDGE_ERROR_CODES, ...codes] as [BridgeErrorCode | C[number], ...(BridgeErrorCode | C[number])[]]),
      message: z.string(),
    }).strict(),
  ]);

/** Invoke channels (renderer → main, answered). */
export const INVOKE_CHANNELS = {
  'app:open-external': {
    // A URL of any shape may arrive; main decides. The length cap stops absurd payloads early.
    args: z.tuple([z.string().max(2048)]),
    result: resultOf(z.null(), ['refused']),
  },
  'app:set-title': {
    args: z.tuple([z.string().max(200)]),
    result: resultOf(z.null(), []),
  },
} as const;

export type InvokeChannel = keyof typeof INVOKE_CHANNELS;
export type ChannelArgs<C extends InvokeChannel> = z.infer<(typeof INVOKE_CHANNELS)[C]['args']>;
/** What main sends back over the wire (domain result or a bridge error). */
export type ChannelResult<C extends InvokeChannel> = z.infer<(typeof INVOKE_CHANNELS)[C]['result']>;
/** What a handler may return: its domain result only; bridge errors are added by the gate. */
export type HandlerResult<C extends InvokeChannel> = Exclude<
  ChannelResult<C>,
  { ok: false; code: BridgeErrorCode }
>;

export const INVOKE_CHANNEL_NAMES = Object.keys(INVOKE_CHANNELS) as InvokeChannel[];

/** Push channels (main → renderer, no answer). */
export const APP_COMMANDS = [
  'undo', 'redo', 'new', 'open', 'save', 'save-as', 'reset', 'export-pdf', 'toggle-advanced',
] as const satisfies readonly AppCommand[];
// Compile-time check that APP_COMMANDS lists every AppCommand (a missing one makes this `false`).
const _allCommandsListed: [AppCommand] extends [(typeof APP_COMMANDS)[number]] ? true : false = true;
void _allCommandsListed;

export const PUSH_CHANNELS = {
  'app:command': z.enum(APP_COMMANDS),
} as const;
export type PushChannel = keyof typeof PUSH_CHANNELS;

/** Narrowing helper used on both sides: a bridge error as a typed Result. */
export const bridgeError = (code: BridgeErrorCode, message: string): Result<never, BridgeErrorCode> => ({
  ok: false,
  code,
  message,
});
