// The banner under the title bar: errors and information (dismissible), crash recovery, the read-only notice for a
// newer app's file and the older-baseline notice. Nothing here changes the document without a click.
import type { RecoverableWork } from '../../../shared/host/library-types';
import { formatDateTime } from '../../i18n/format-date';
import { t } from '../../i18n/t';
import type { Notice } from './use-notices';
import type { CurrentFile } from './use-file-workflow';
import { datasetWords } from './dataset-words';
import { bundledBaseline } from './file-workflow';
import { scenarioName } from './scenario-name';

interface NoticesProps {
  notices: readonly Notice[];
  onDismiss(id: number): void;
  recovery: RecoverableWork | null;
  onRecover(work: RecoverableWork): unknown;
  onDiscard(work: RecoverableWork): void;
  current: CurrentFile;
  onSaveAs(): void;
  onRebase(): void;
}

export function Notices(props: NoticesProps) {
  const { current, recovery } = props;
  if (!props.notices.length && !recovery && !current.readOnly && !current.baselineMismatch) return null;
  return (
    <div className="notices">
      {recovery && (
        <div className="notice notice--info" role="alertdialog" aria-label={t('file.recoverTitle')} data-testid="notice-recovery">
          <span>{t('file.recoverPrompt', { time: formatDateTime(recovery.savedAt), name: scenarioName(recovery.document.name) })}</span>
          <button type="button" className="button button--primary" onClick={() => void props.onRecover(recovery)}>{t('file.recover')}</button>
          <button type="button" className="button" onClick={() => props.onDiscard(recovery)}>{t('file.discard')}</button>
        </div>
      )}
      {current.readOnly && (
        <div className="notice notice--warning" role="status" data-testid="notice-read-only">
          <span>{t('file.readOnlyNotice')}</span>
          <button type="button" className="button" onClick={props.onSaveAs}>{t('file.saveAs')}</button>
        </div>
      )}
      {current.baselineMismatch && (
        <div className="notice notice--warning" role="status" data-testid="notice-baseline">
          <span>{t('file.baselineNotice', { file: datasetWords({ datasetId: current.baselineMismatch.fileDatasetId, checksum: current.baselineMismatch.fileChecksum }), app: datasetWords(bundledBaseline()) })}</span>
          <button type="button" className="button" onClick={props.onRebase}>{t('file.rebase')}</button>
        </div>
      )}
      {props.notices.map((notice) => (
        <div key={notice.id} className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid={`notice-${notice.tone}`}>
          <span>{notice.text}</span>
          {notice.action && (
            <button type="button" className="button" onClick={() => void notice.action?.run()}>{notice.action.label}</button>
          )}
          <button type="button" className="notice__close" aria-label={t('file.dismiss')} onClick={() => props.onDismiss(notice.id)}>✕</button>
        </div>
      ))}
    </div>
  );
}
