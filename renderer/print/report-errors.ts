// The words for a report that could not be made. Main and the print window send codes with parameters
// (shared/result.ts, shared/print/print-outcome.ts); only here do they become sentences.
import type { ErrorParams } from '../../shared/result';
import type { PrintOutcome } from '../../shared/print/print-outcome';
import { errnoText } from '../i18n/errno-text';
import { t } from '../i18n/t';

/** Why the print view could not lay out its report, as the user reads it. */
export function printFailureText(outcome: Extract<PrintOutcome, { ok: false }>): string {
  if (outcome.reason === 'no-job') return t('report.noJob');
  if (outcome.reason === 'invalid-job') return t('report.error.invalidJob', { detail: outcome.detail });
  return t('report.error.notDrawn');
}

const param = (params: ErrorParams | undefined, name: string): string => String(params?.[name] ?? '');

/** A failed Export PDF, from the host's code and parameters. */
export function reportErrorText(failure: { code: string; message: string; params?: ErrorParams }): string {
  const { code, params } = failure;
  if (code === 'io') return t('report.error.write', { file: param(params, 'file'), reason: errnoText(param(params, 'errno')) });
  if (code === 'render') {
    const reason = param(params, 'reason');
    if (reason === 'timeout') return t('report.error.timeout', { seconds: param(params, 'seconds') });
    if (reason === 'charts-not-drawn') return t('report.error.notDrawn');
    if (reason === 'invalid-job' || reason === 'no-job') return t('report.error.render');
    return t('report.error.print', { detail: param(params, 'detail') });
  }
  if (code === 'invalid') return t('report.error.invalidJob', { detail: failure.message });
  return t('report.error.other', { code });
}
