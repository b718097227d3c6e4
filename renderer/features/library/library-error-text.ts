// A library error in the user's words. The library (shared/library) and the hosts return codes with structured
// details (shared/library/library-error.ts); every screen that reports one words it here, from the catalogue.
// The failure's `message` is a diagnostic for the log and is never shown.
import type { LibraryDetail } from '../../../shared/library/library-error';
import { t } from '../../i18n/t';
import { wordEncodingProblem } from '../../../shared/scenario/problem-words';
import { scenarioProblemText } from '../file/scenario-problem-text';

export interface LibraryErrorLike {
  code: string;
  detail?: LibraryDetail | null;
}

function detailText(code: string, detail: LibraryDetail): string {
  switch (detail.kind) {
    case 'missing':
      return t(`libraryError.missing.${detail.what}`);
    case 'content': {
      // What is wrong with the file, naming the lever or field as the screen does.
      const explanation = scenarioProblemText(detail.problem);
      return detail.source === 'working-copy' ? t('libraryError.workingCopyInvalid', { explanation }) : explanation;
    }
    case 'too-large':
      return t('problem.tooLarge', { max: Math.round(detail.maxBytes / 1024 / 1024) });
    case 'not-a-file':
      return t('libraryError.notAFile');
    case 'not-utf8':
    case 'utf-16':
      // Worded as the command line words it (shared/scenario/problem-words.ts).
      return wordEncodingProblem(detail, { t });
    case 'storage':
      if (code === 'no-space') return t('libraryError.noSpace');
      // Every operation has its sentence: the catalogue's keys are checked against LIBRARY_OPERATIONS at compile time.
      return t(`libraryError.storage.${detail.operation}`);
  }
}

/** One sentence (or a few) saying what went wrong and, where the user can, what to do. */
export function libraryErrorText(error: LibraryErrorLike): string {
  if (error.detail) return detailText(error.code, error.detail);
  switch (error.code) {
    case 'not-found':
      return t('libraryError.missing.scenario');
    case 'no-space':
      return t('libraryError.noSpace');
    case 'changed':
      return t('libraryError.changed');
    case 'read-only':
      return t('file.readOnlySave');
    case 'rate-limited':
      return t('file.rateLimited');
    case 'invalid':
      return t('libraryError.invalid');
    default:
      // 'io' without more to say, and the IPC gate's own refusals ('internal', 'forbidden-sender').
      return t('libraryError.unexpected');
  }
}
