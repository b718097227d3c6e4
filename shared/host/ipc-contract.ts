// The Electron IPC contract: every channel between preload and main, with a zod schema for its
// arguments (a tuple, exactly what the preload passes to ipcRenderer.invoke) and for its result.
// Main parses arguments from `unknown` with these schemas; the preload parses results with them.
// Adding a channel is one entry in INVOKE_CHANNELS plus one handler in main and one method in the preload.
import { z } from 'zod';
import type { ScenarioDocument } from '../scenario/document';
import type { AppCommand } from './host-api';
import type { Result } from '../result';

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

/** Opaque scenario reference handed out by main (never a path). */
const ref = z.string().regex(/^[0-9a-f]{24}$/, 'must be a scenario reference handed out by Puente');
/**
 * A scenario document crossing the bridge. The gate checks its shape; the handler then parses it with
 * the scenario codec (shared/scenario), which names any bad field. Kept light here so the preload bundle
 * does not carry the model catalogues.
 */
const documentShape = z.custom<ScenarioDocument>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'must be a scenario document object',
);
const openCodes = ['not-json', 'not-utf8', 'too-large', 'unsafe', 'wrong-format', 'newer-version', 'invalid', 'io', 'not-found'] as const;
const saveCodes = ['io', 'no-space', 'read-only', 'not-found', 'invalid', 'changed', 'rate-limited'] as const;
/** A deleted scenario as handed out by library:delete and library:deleted. */
const deletedId = z.string().regex(/^[0-9A-Za-z-]{1,64}$/, 'must be a deleted-scenario id handed out by Puente');
const deletedScenario = z.strictObject({ id: deletedId, fileName: z.string(), deletedAt: z.number() });
/** A stored revision as handed out by Puente (shared/library/revision.ts). */
const revision = z.string().max(40);
const libraryEntry = z.strictObject({
  ref,
  fileName: z.string(),
  modifiedAt: z.number(),
  status: z.enum(['ok', ...openCodes]),
  message: z.string().nullable(),
  document: documentShape.nullable(),
});
const openedScenario = z.strictObject({
  ref,
  fileName: z.string(),
  document: documentShape,
  readOnly: z.boolean(),
  baselineMismatch: z.strictObject({ fileDatasetId: z.string(), fileChecksum: z.string() }).nullable(),
  revision,
});
const savedScenario = z.strictObject({ ref, fileName: z.string(), document: documentShape, revision });
/** A piece of recovered work, as handed out by autosave:recoverable. */
const recoveredId = z.string().regex(/^autosave\/[0-9a-f]{24}-recovered-\d{1,9}$/, 'must be a recovered-work id handed out by Puente');
const scenarioName = z.string().trim().min(1).max(200);

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
  'app:set-unsaved': { args: z.tuple([z.boolean()]), result: resultOf(z.null(), []) },
  'library:list': { args: z.tuple([]), result: resultOf(z.array(libraryEntry), ['io']) },
  'library:recent': { args: z.tuple([]), result: resultOf(z.array(libraryEntry), []) },
  'library:open': { args: z.tuple([ref]), result: resultOf(openedScenario, openCodes) },
  'library:import': { args: z.tuple([]), result: resultOf(openedScenario.nullable(), openCodes) },
  'library:save': { args: z.tuple([ref.nullable(), documentShape, revision.nullable()]), result: resultOf(savedScenario, saveCodes) },
  'library:save-as': { args: z.tuple([documentShape]), result: resultOf(savedScenario.nullable(), saveCodes) },
  'library:export': { args: z.tuple([documentShape]), result: resultOf(z.boolean(), ['io', 'invalid']) },
  'library:rename': { args: z.tuple([ref, scenarioName]), result: resultOf(savedScenario, [...saveCodes, ...openCodes]) },
  'library:duplicate': { args: z.tuple([ref, scenarioName]), result: resultOf(savedScenario, [...saveCodes, ...openCodes]) },
  'library:delete': { args: z.tuple([ref]), result: resultOf(deletedScenario, ['io', 'not-found']) },
  'library:deleted': { args: z.tuple([]), result: resultOf(z.array(deletedScenario), ['io']) },
  'library:restore-deleted': { args: z.tuple([deletedId]), result: resultOf(libraryEntry, ['io', 'not-found', 'no-space']) },
  'library:backups': {
    args: z.tuple([ref]),
    result: resultOf(z.array(z.strictObject({ id: z.string(), takenAt: z.number() })), ['not-found']),
  },
  'library:read-backup': { args: z.tuple([ref, z.string().max(100)]), result: resultOf(documentShape, openCodes) },
  'autosave:write': { args: z.tuple([ref.nullable(), documentShape, revision.nullable()]), result: resultOf(z.null(), ['io', 'no-space', 'invalid', 'not-found']) },
  'autosave:clear': { args: z.tuple([ref.nullable()]), result: resultOf(z.null(), ['io']) },
  'autosave:recoverable': {
    args: z.tuple([]),
    result: resultOf(
      z.array(z.strictObject({ id: recoveredId, ref: ref.nullable(), fileName: z.string().nullable(), savedAt: z.number(), document: documentShape, revision: revision.nullable() })),
      [],
    ),
  },
  'autosave:discard': { args: z.tuple([recoveredId]), result: resultOf(z.null(), ['io', 'not-found']) },
  /** Scenario files the system asked the app to open (double-click, a second launch), each handed out once. */
  'library:take-open-requests': { args: z.tuple([]), result: resultOf(z.array(ref), []) },
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
  /** There are scenario files to open: the page takes them with library:take-open-requests. */
  'library:open-requested': z.literal(true),
} as const;

/** Narrowing helper used on both sides: a bridge error as a typed Result. */
export const bridgeError = (code: BridgeErrorCode, message: string): Result<never, BridgeErrorCode> => ({
  ok: false,
  code,
  message,
});
