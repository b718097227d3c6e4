// The Electron IPC contract: every channel between preload and main, with a zod schema for its
// arguments (a tuple, exactly what the preload passes to ipcRenderer.invoke) and for its result.
// Main parses arguments from `unknown` with these schemas; the preload parses results with them.
// Adding a channel is one entry in INVOKE_CHANNELS plus one handler in main and one method in the preload.
import { z } from 'zod';
import type { ScenarioDocument } from '../scenario/document';
import type { PrintJob } from '../print/print-job';
import { PRINT_FAILURES } from '../print/print-outcome';
import { COMMAND_IDS } from '../commands/registry';
import { menuLabelsSchema } from '../commands/menu-labels';
import { EXPORT_KIND_IDS, MAX_EXPORT_BYTES } from './export-kinds';
import { LANGUAGES } from '../i18n/languages';
import { presenterSessionSchema } from './presenter-view';
import type { Result } from '../result';
import { libraryDetailSchema } from '../library/library-error';
import { viewSchema } from '../library/session-records';

/** Why a call failed before (or instead of) reaching its handler. Every channel can return these. */
export const BRIDGE_ERROR_CODES = ['invalid-args', 'forbidden-sender', 'internal'] as const;
export type BridgeErrorCode = (typeof BRIDGE_ERROR_CODES)[number];

/** A Result whose `ok` value is parsed with `value`, whose error code is one of `codes`, with `extra` error fields. */
const resultWith = <V extends z.ZodType, const C extends readonly string[], X extends z.ZodRawShape>(value: V, codes: C, extra: X) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }).strict(),
    z.object({
      ok: z.literal(false),
      code: z.enum([...BRIDGE_ERROR_CODES, ...codes] as [BridgeErrorCode | C[number], ...(BridgeErrorCode | C[number])[]]),
      message: z.string(),
      // What the renderer words the failure with (shared/result.ts ErrorParams).
      params: z.record(z.string().max(40), z.union([z.string().max(300), z.number()])).optional(),
      ...extra,
    }).strict(),
  ]);
const resultOf = <V extends z.ZodType, const C extends readonly string[]>(value: V, codes: C) => resultWith(value, codes, {});
/** A library Result: failures may carry the structured detail the page words (shared/library/library-error.ts). */
const libraryResultOf = <V extends z.ZodType, const C extends readonly string[]>(value: V, codes: C) =>
  resultWith(value, codes, { detail: libraryDetailSchema.optional() });

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
  detail: libraryDetailSchema.nullable(),
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
const renamedScenario = savedScenario.extend({ renamedRevision: revision });
/** A piece of recovered work, as handed out by autosave:recoverable. */
const recoveredId = z.string().regex(/^autosave\/[0-9a-f]{24}-recovered-\d{1,9}$/, 'must be a recovered-work id handed out by Puente');
const scenarioName = z.string().trim().min(1).max(200);

/** Bytes of any backing buffer (Electron hands over Buffers, the page Uint8Arrays). */
const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'must be bytes');
/** Bytes or text of an exported file, capped so a bad page cannot fill the disk or the clipboard. */
const fileData = z.union([
  z.string().max(MAX_EXPORT_BYTES),
  bytes.refine((d) => d.byteLength <= MAX_EXPORT_BYTES, 'is larger than an export may be'),
]);
/** A file to save, and the user's language, in which the save dialog names its kind (a code: main picks the words). */
const exportFile = z.strictObject({ kind: z.enum(EXPORT_KIND_IDS), name: z.string().min(1).max(255), data: fileData, language: z.enum(LANGUAGES) });
/** A PNG: the signature, then at most the export cap. */
const pngData = bytes
  .refine((d) => d.byteLength >= 8 && d.byteLength <= MAX_EXPORT_BYTES, 'must be a PNG image of reasonable size')
  .refine((d) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => d[i] === b), 'must be a PNG image');

/**
 * A print job's shape at the gate; the handler parses it fully with parsePrintJob (its scenarios go through the
 * scenario codec), which names any bad field.
 */
const jobShape = z.custom<PrintJob>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'must be a print job object');

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
  'app:save-export': { args: z.tuple([exportFile]), result: resultOf(z.boolean(), ['io', 'invalid']) },
  'app:copy-image': { args: z.tuple([pngData]), result: resultOf(z.null(), ['io', 'invalid', 'unsupported']) },
  'app:set-full-screen': { args: z.tuple([z.boolean()]), result: resultOf(z.null(), []) },
  // Reports: the page sends the job; main checks it with parsePrintJob, asks where to save, prints it in a hidden
  // window (which fetches the job and says when it is laid out) and writes the PDF.
  'print:export': { args: z.tuple([jobShape, z.string().min(1).max(255)]), result: resultOf(z.boolean(), ['io', 'invalid', 'render', 'unsupported']) },
  'print:job': { args: z.tuple([]), result: resultOf(jobShape.nullable(), []) },
  'print:ready': {
    args: z.tuple([
      z.discriminatedUnion('ok', [
        z.strictObject({ ok: z.literal(true) }),
        z.strictObject({ ok: z.literal(false), reason: z.enum(PRINT_FAILURES), detail: z.string().max(2000) }),
      ]),
    ]),
    result: resultOf(z.null(), []),
  },
  // Opens the presenter view of a presentation session on another display (null closes it); true when it is open.
  'app:presenter-view': { args: z.tuple([presenterSessionSchema.nullable()]), result: resultOf(z.boolean(), []) },
  // Which commands are enabled, for the native menu; every command id, each true or false.
  'app:command-state': { args: z.tuple([z.record(z.enum(COMMAND_IDS), z.boolean())]), result: resultOf(z.null(), []) },
  // The desktop's native words in the page's language: menu items and titles, dialogs (shared/commands/menu-labels.ts).
  'app:menu-labels': { args: z.tuple([menuLabelsSchema]), result: resultOf(z.null(), []) },
  'library:list': { args: z.tuple([]), result: libraryResultOf(z.array(libraryEntry), ['io']) },
  'library:recent': { args: z.tuple([]), result: libraryResultOf(z.array(libraryEntry), []) },
  'library:open': { args: z.tuple([ref]), result: libraryResultOf(openedScenario, openCodes) },
  'library:import': { args: z.tuple([]), result: libraryResultOf(openedScenario.nullable(), openCodes) },
  'library:save': { args: z.tuple([ref.nullable(), documentShape, revision.nullable()]), result: libraryResultOf(savedScenario, saveCodes) },
  'library:save-as': { args: z.tuple([documentShape]), result: libraryResultOf(savedScenario.nullable(), saveCodes) },
  'library:export': { args: z.tuple([documentShape]), result: libraryResultOf(z.boolean(), ['io', 'invalid']) },
  'library:rename': { args: z.tuple([ref, scenarioName]), result: libraryResultOf(renamedScenario, [...saveCodes, ...openCodes]) },
  'library:duplicate': { args: z.tuple([ref, scenarioName]), result: libraryResultOf(savedScenario, [...saveCodes, ...openCodes]) },
  'library:delete': { args: z.tuple([ref]), result: libraryResultOf(deletedScenario, ['io', 'not-found']) },
  'library:deleted': { args: z.tuple([]), result: libraryResultOf(z.array(deletedScenario), ['io']) },
  'library:restore-deleted': { args: z.tuple([deletedId]), result: libraryResultOf(libraryEntry, ['io', 'not-found', 'no-space']) },
  'library:backups': {
    args: z.tuple([ref]),
    result: libraryResultOf(z.array(z.strictObject({ id: z.string(), takenAt: z.number() })), ['not-found']),
  },
  'library:read-backup': { args: z.tuple([ref, z.string().max(100)]), result: libraryResultOf(documentShape, openCodes) },
  'autosave:write': { args: z.tuple([ref.nullable(), documentShape, revision.nullable()]), result: libraryResultOf(z.null(), ['io', 'no-space', 'invalid', 'not-found']) },
  'autosave:clear': { args: z.tuple([ref.nullable()]), result: libraryResultOf(z.null(), ['io']) },
  'autosave:recoverable': {
    args: z.tuple([]),
    result: libraryResultOf(
      z.array(z.strictObject({ id: recoveredId, ref: ref.nullable(), fileName: z.string().nullable(), savedAt: z.number(), document: documentShape, revision: revision.nullable() })),
      [],
    ),
  },
  'autosave:discard': { args: z.tuple([recoveredId]), result: libraryResultOf(z.null(), ['io', 'not-found']) },
  // What the page shows (the scenario and the view), so a reload reopens it; and, after a reload, what it showed.
  'session:remember': { args: z.tuple([ref.nullable(), viewSchema]), result: libraryResultOf(z.null(), ['io', 'not-found']) },
  'session:resume': {
    args: z.tuple([]),
    result: resultOf(
      z
        .strictObject({
          ref: ref.nullable(),
          fileName: z.string().nullable(),
          document: documentShape.nullable(),
          unsaved: z.boolean(),
          readOnly: z.boolean(),
          baselineMismatch: z.strictObject({ fileDatasetId: z.string(), fileChecksum: z.string() }).nullable(),
          revision: revision.nullable(),
          view: viewSchema,
        })
        .nullable(),
      [],
    ),
  },
  /** Scenario files the system asked the app to open (double-click, a second launch), each handed out once. */
  'library:take-open-requests': { args: z.tuple([]), result: libraryResultOf(z.array(ref), []) },
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

/** Push channels (main → renderer, no answer): menu commands, any id of the command registry. */
export const PUSH_CHANNELS = {
  'app:command': z.enum(COMMAND_IDS),
  // The window entered (true) or left (false) full screen.
  'app:full-screen': z.boolean(),
  /** There are scenario files to open: the page takes them with library:take-open-requests. */
  'library:open-requested': z.literal(true),
} as const;

/** Narrowing helper used on both sides: a bridge error as a typed Result. */
export const bridgeError = (code: BridgeErrorCode, message: string): Result<never, BridgeErrorCode> => ({
  ok: false,
  code,
  message,
});
