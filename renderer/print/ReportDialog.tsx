// Before a report is made: which place it is about, and on what paper. Enter exports; Escape cancels; focus stays
// in the dialog and goes back where it was.
import { useEffect, useRef, useState } from 'react';
import type { PageSpec, PaperSize } from '../../shared/print/print-job';
import type { RegionOption } from '../compute/engine-types';
import { t, tMaybe } from '../i18n/t';
import { keepTabInside, useFocusReturn } from '../commands/modal-focus';

export interface ReportChoice {
  region: string;
  page: PageSpec;
}

interface ReportDialogProps {
  title: string;
  regions: readonly RegionOption[];
  initial: ReportChoice;
  onDone(choice: ReportChoice | null): void;
}

export function ReportDialog({ title, regions, initial, onDone }: ReportDialogProps) {
  const [region, setRegion] = useState(initial.region);
  const [paper, setPaper] = useState<PaperSize>(initial.page.paper);
  const [landscape, setLandscape] = useState(initial.page.landscape);
  const box = useRef<HTMLDivElement>(null);
  useFocusReturn();
  useEffect(() => {
    box.current?.querySelector<HTMLElement>('select')?.focus();
  }, []);
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onDone(null);
      return;
    }
    keepTabInside(e, box.current);
  };
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onDone(null)}>
      <div ref={box} className="dialog" role="dialog" aria-modal="true" aria-labelledby="report-dialog-title" data-testid="report-dialog" onKeyDown={onKeyDown}>
        <h2 id="report-dialog-title" className="dialog__title">{title}</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onDone({ region, page: { paper, landscape } });
          }}
        >
          <label className="field dialog__field">
            <span>{t('report.dialog.place')}</span>
            <select value={region} onChange={(e) => setRegion(e.currentTarget.value)} data-testid="report-place">
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {tMaybe(`region.${r.id}`, r.name)}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="dialog__choices">
            <legend>{t('report.dialog.paper')}</legend>
            {(['a4', 'letter'] as const).map((p) => (
              <label key={p}>
                <input type="radio" name="report-paper" checked={paper === p} onChange={() => setPaper(p)} /> {t(`report.dialog.${p}`)}
              </label>
            ))}
          </fieldset>
          <fieldset className="dialog__choices">
            <legend>{t('report.dialog.orientation')}</legend>
            <label>
              <input type="radio" name="report-orientation" checked={!landscape} onChange={() => setLandscape(false)} /> {t('report.dialog.portrait')}
            </label>
            <label>
              <input type="radio" name="report-orientation" checked={landscape} onChange={() => setLandscape(true)} /> {t('report.dialog.landscape')}
            </label>
          </fieldset>
          <div className="dialog__actions">
            <button type="submit" className="button button--primary" data-testid="report-export">
              {t('report.dialog.export')}
            </button>
            <button type="button" className="button" onClick={() => onDone(null)}>
              {t('file.cancel')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
