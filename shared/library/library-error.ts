// What went wrong in the library, as data: an error code (library-types.ts) and, where there is more to say, a
// structured detail. No words here: the page (renderer/features/library/library-error-text.ts) and the command
// line (cli/scenario-problem-words.ts, for a file that is not UTF-8) say it in the user's language. A failure's `message` is a diagnostic for logs
// (an errno such as EACCES, the browser's exception); it is never shown.
import { z } from 'zod';
import { scenarioProblemSchema } from '../scenario/problems';
import type { EncodingProblem } from '../scenario/utf8';

/** What the library was doing when storage failed. */
export const LIBRARY_OPERATIONS = [
  'read',
  'list',
  'save',
  'store-import',
  'rename-file',
  'delete',
  'list-deleted',
  'restore',
  'read-backup',
  'keep-working-copy',
  'remove-working-copy',
  'remove-recovered',
  'read-picked-file',
  'download',
  'write-copy',
  'remember-session',
] as const;
export type LibraryOperation = (typeof LIBRARY_OPERATIONS)[number];

/** What is gone when the code is 'not-found'. */
export const MISSING_THINGS = ['scenario', 'deleted', 'backup', 'recovered'] as const;

export const libraryDetailSchema = z.discriminatedUnion('kind', [
  /** Storage failed (the code says whether for lack of space). */
  z.strictObject({ kind: z.literal('storage'), operation: z.enum(LIBRARY_OPERATIONS) }),
  z.strictObject({ kind: z.literal('missing'), what: z.enum(MISSING_THINGS) }),
  /**
   * The scenario codec refused a file, or the working copy sent to be saved ('working-copy'): what is wrong, as a
   * code with parameters (shared/scenario/problems.ts), which the page and the command line word.
   */
  z.strictObject({ kind: z.literal('content'), source: z.enum(['file', 'working-copy']), problem: scenarioProblemSchema }),
  z.strictObject({ kind: z.literal('too-large'), maxBytes: z.number() }),
  /** A folder, pipe or device named like a scenario. */
  z.strictObject({ kind: z.literal('not-a-file') }),
  z.strictObject({ kind: z.literal('not-utf8'), offset: z.number().int().min(0), byte: z.number().int().min(0).max(255) }),
  z.strictObject({ kind: z.literal('utf-16') }),
]);
export type LibraryDetail = z.infer<typeof libraryDetailSchema>;

// The encoding problems of shared/scenario/utf8.ts are library details as they are.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const encodingProblemsFit: Same<EncodingProblem, Extract<LibraryDetail, { kind: 'not-utf8' | 'utf-16' }>> = true;
void encodingProblemsFit;

/** A failed library call: the code, a diagnostic for logs, and the detail the page words. */
export interface LibraryFailure<E extends string> {
  ok: false;
  code: E;
  /** For logs and diagnosis; never shown. */
  message: string;
  detail?: LibraryDetail;
}

export type LibraryResult<T, E extends string> = { ok: true; value: T } | LibraryFailure<E>;

export const libraryErr = <E extends string>(code: E, detail?: LibraryDetail, diagnostic: string = code): LibraryFailure<E> =>
  detail === undefined ? { ok: false, code, message: diagnostic } : { ok: false, code, message: diagnostic, detail };
