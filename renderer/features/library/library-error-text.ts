// A library error in the user's words. The library (shared/library) and the hosts return codes with structured
// details (shared/library/library-error.ts); every screen that reports one words it here, from the catalogue.
// The failure's `message` is a diagnostic for the log and is never shown.
import type { LibraryDetail } from '../../../shared/library/library-error';
import { t } from '../../i18n/t';
import { scenarioProblemText } from '../file/scenario-problem-text';

export interface LibraryErrorLike {
  code: string;
  detail?: LibraryDetail | null;
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

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
      return t('libraryError.tooLarge', { megabytes: Math.round(detail.maxBytes / 1024 / 1024) });
    case 'not-a-file':
      return t('libraryError.notAFile');
    case 'not-utf8': {
      const position = detail.offset + 1;
      // In Latin-1 the bytes 0xA0–0xFF are the accented letters (é = 0xE9, ñ = 0xF1, ã = 0xE3).
      return detail.byte >= 0xa0
        ? t('libraryError.notUtf8Latin1', { byte: hex(detail.byte), position, character: String.fromCharCode(detail.byte) })
        : t('libraryError.notUtf8', { byte: hex(detail.byte), position });
    }
    case 'utf-16':
      return t('libraryError.utf16');
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
