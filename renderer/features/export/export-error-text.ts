// The words for a file export or an image copy the host could not complete. The desktop host sends a code with
// parameters (the file name, the errno code); a browser host has already put its failure into words.
import type { ErrorParams } from '../../../shared/result';
import { errnoText } from '../../i18n/errno-text';
import { t } from '../../i18n/t';

export function exportErrorText(failure: { code: string; message: string; params?: ErrorParams }): string {
  const params = failure.params;
  if (failure.code !== 'io' || params === undefined) return failure.message;
  const reason = errnoText(String(params.errno ?? ''));
  return params.file === undefined ? t('export.error.copy', { reason }) : t('export.error.write', { file: String(params.file), reason });
}
