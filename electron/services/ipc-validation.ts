// The gate every IPC call passes through (VS Code's validated sender check + Signal's schema parsing):
// 1. the sender must be our main frame, on our origin, in one of our windows;
// 2. arguments are parsed from `unknown` with the channel's zod schema;
// 3. the handler's result is returned as data; a thrown error becomes { ok:false, code:'internal' },
//    because Electron passes only an error's message across the bridge and loses its type.
import type { ZodType } from 'zod';
import {
  INVOKE_CHANNELS,
  INVOKE_CHANNEL_NAMES,
  bridgeError,
  type ChannelArgs,
  type ChannelResult,
  type HandlerResult,
  type InvokeChannel,
} from '../../shared/host/ipc-contract';
import { isAppUrl } from './trusted-url';

/** The parts of Electron's IpcMainInvokeEvent the gate reads (fakes in tests, real events in main). */
export interface IpcEventLike {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export interface GateOptions {
  /** True when the webContents id belongs to a window we created. */
  isOurWebContents(id: number): boolean;
  /** Reported, never thrown: refusals are logged in main for diagnosis. */
  log?(message: string): void;
}

export type SenderCheck = { ok: true } | { ok: false; reason: string };

export function checkSender(event: IpcEventLike, options: GateOptions): SenderCheck {
  const frame = event.senderFrame;
  // A destroyed or navigated-away frame is null: refuse rather than guess.
  if (frame === null) return { ok: false, reason: 'sender frame is gone' };
  if (frame.parent !== null) return { ok: false, reason: 'sender is a sub-frame' };
  if (!isAppUrl(frame.url)) return { ok: false, reason: `sender origin not ours (${frame.url})` };
  if (!options.isOurWebContents(event.sender.id)) return { ok: false, reason: `unknown window ${event.sender.id}` };
  return { ok: true };
}

/** What a handler learns about its caller besides the arguments (already checked by the gate). */
export interface CallContext {
  senderId: number;
}
export type Handler<C extends InvokeChannel> = (args: ChannelArgs<C>, context: CallContext) => Promise<HandlerResult<C>> | HandlerResult<C>;
export type HandlerMap = { [C in InvokeChannel]: Handler<C> };
export type GatedHandler<C extends InvokeChannel> = (event: IpcEventLike, ...raw: unknown[]) => Promise<ChannelResult<C>>;

const describeIssues = (issues: readonly { path: readonly PropertyKey[]; message: string }[]): string =>
  issues.map((i) => `${i.path.length > 0 ? i.path.map(String).join('.') : '(arguments)'}: ${i.message}`).join('; ');

/** Wraps a handler with sender check, argument parsing, result checking and error containment. */
export function gateHandler<C extends InvokeChannel>(channel: C, handler: Handler<C>, options: GateOptions): GatedHandler<C> {
  const spec = INVOKE_CHANNELS[channel];
  const argsSchema: ZodType = spec.args;
  const resultSchema: ZodType = spec.result;
  return async (event, ...raw) => {
    const sender = checkSender(event, options);
    if (!sender.ok) {
      options.log?.(`[ipc] ${channel} refused: ${sender.reason}`);
      return bridgeError('forbidden-sender', 'This request did not come from the Puente window.') as ChannelResult<C>;
    }
    const parsed = argsSchema.safeParse(raw);
    if (!parsed.success) {
      const detail = describeIssues(parsed.error.issues);
      options.log?.(`[ipc] ${channel} bad arguments: ${detail}`);
      return bridgeError('invalid-args', `Invalid arguments for ${channel}: ${detail}`) as ChannelResult<C>;
    }
    try {
      const result: unknown = await handler(parsed.data as ChannelArgs<C>, { senderId: event.sender.id });
      // Checking our own result catches drift between handler and contract before the renderer sees it.
      const checked = resultSchema.safeParse(result);
      if (!checked.success) {
        options.log?.(`[ipc] ${channel} returned a value outside its contract: ${describeIssues(checked.error.issues)}`);
        return bridgeError('internal', `Puente could not complete ${channel}.`) as ChannelResult<C>;
      }
      return checked.data as ChannelResult<C>;
    } catch (error) {
      options.log?.(`[ipc] ${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return bridgeError('internal', `Puente could not complete ${channel}.`) as ChannelResult<C>;
    }
  };
}

/**
 * Gates every channel of the contract. TypeScript cannot correlate `channel` with `handlers[channel]`
 * across the union, hence the one cast; the HandlerMap type already guarantees each pairing.
 */
export function gateAll(handlers: HandlerMap, options: GateOptions): [InvokeChannel, GatedHandler<InvokeChannel>][] {
  return INVOKE_CHANNEL_NAMES.map((channel) => [channel, gateHandler(channel, handlers[channel] as Handler<InvokeChannel>, options)]);
}
