// In-app modal dialogs (name prompts, confirmations, "save changes?"), awaited like a function call.
// Never window.alert/confirm: those block the page, cannot be styled or tested, and Electron shows them badly.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { keepTabInside, useFocusReturn } from '../../commands/modal-focus';
import { t } from '../../i18n/t';

export interface DialogAction {
  id: string;
  label: string;
  tone?: 'primary' | 'danger';
}

export interface DialogRequest {
  title: string;
  message?: string;
  /** A text field (a scenario name); its value comes back with the answer. */
  field?: { label: string; value: string };
  /** Further fields that may be left blank (a scenario's author and notes); their values come back in `fields`. */
  extraFields?: readonly ExtraField[];
  actions: readonly DialogAction[];
}

export interface ExtraField {
  id: string;
  label: string;
  value: string;
  maxLength: number;
  /** Several lines (a text area). */
  multiline?: boolean;
}

/** A scenario's author and notes, as the Notes dialog edits them. */
export interface ScenarioNotes {
  author: string;
  notes: string;
}

/** The button pressed and the field's value; null when the dialog was dismissed (Escape or Cancel). */
export type DialogAnswer = { action: string; value: string; fields?: Readonly<Record<string, string>> } | null;

export interface Dialogs {
  ask(request: DialogRequest): Promise<DialogAnswer>;
  /** A scenario name; null when cancelled. Blank names are refused in the dialog. */
  askName(title: string, initial: string, confirmLabel: string): Promise<string | null>;
  confirm(title: string, message: string, confirmLabel: string): Promise<boolean>;
  /** A scenario's author and notes; null when cancelled. */
  askNotes(title: string, initial: ScenarioNotes): Promise<ScenarioNotes | null>;
}

interface Open {
  request: DialogRequest;
  resolve: (answer: DialogAnswer) => void;
}

export function useDialogs(): { dialogs: Dialogs; element: ReactElement | null } {
  const [open, setOpen] = useState<Open | null>(null);
  const ask = useCallback(
    (request: DialogRequest) =>
      new Promise<DialogAnswer>((resolve) => {
        setOpen({ request, resolve });
      }),
    [],
  );
  const dialogs = useMemo<Dialogs>(
    () => ({
      ask,
      askName: async (title, initial, confirmLabel) => {
        const answer = await ask({ title, field: { label: t('file.nameLabel'), value: initial }, actions: [{ id: 'ok', label: confirmLabel, tone: 'primary' }] });
        return answer?.action === 'ok' ? answer.value.trim() : null;
      },
      confirm: async (title, message, confirmLabel) => (await ask({ title, message, actions: [{ id: 'ok', label: confirmLabel, tone: 'danger' }] }))?.action === 'ok',
      askNotes: async (title, initial) => {
        const answer = await ask({
          title,
          extraFields: [
            { id: 'author', label: t('file.authorLabel'), value: initial.author, maxLength: 200 },
            { id: 'notes', label: t('file.notesLabel'), value: initial.notes, maxLength: 20_000, multiline: true },
          ],
          actions: [{ id: 'ok', label: t('file.saveNotes'), tone: 'primary' }],
        });
        return answer?.action === 'ok' ? { author: answer.fields?.author?.trim() ?? initial.author, notes: answer.fields?.notes ?? initial.notes } : null;
      },
    }),
    [ask],
  );
  const close = (answer: DialogAnswer) => {
    open?.resolve(answer);
    setOpen(null);
  };
  return { dialogs, element: open ? <DialogBox key={open.request.title} request={open.request} onClose={close} /> : null };
}

function DialogBox({ request, onClose }: { request: DialogRequest; onClose: (answer: DialogAnswer) => void }) {
  const [value, setValue] = useState(request.field?.value ?? '');
  const [extra, setExtra] = useState<Record<string, string>>(() => Object.fromEntries((request.extraFields ?? []).map((f) => [f.id, f.value])));
  const box = useRef<HTMLDivElement>(null);
  const blank = request.field !== undefined && value.trim() === '';
  useFocusReturn();
  useEffect(() => {
    const first = box.current?.querySelector<HTMLElement>('input, textarea, button.button--primary, button');
    first?.focus();
    if (first instanceof HTMLInputElement) first.select();
  }, []);
  const primary = request.actions.find((a) => a.tone === 'primary') ?? request.actions[0];
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose(null)}>
      <div
        ref={box}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="dialog-title"
        data-testid="dialog"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose(null);
          keepTabInside(e, box.current);
        }}
      >
        <h2 id="dialog-title" className="dialog__title">{request.title}</h2>
        {request.message && <p className="dialog__message">{request.message}</p>}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (primary && !blank) onClose({ action: primary.id, value, fields: extra });
          }}
        >
          {request.field && (
            <label className="field dialog__field">
              <span>{request.field.label}</span>
              <input type="text" value={value} maxLength={200} onChange={(e) => setValue(e.currentTarget.value)} aria-invalid={blank} />
              {blank && <span className="field-error">{t('file.nameRequired')}</span>}
            </label>
          )}
          {request.extraFields?.map((f) => (
            <label key={f.id} className="field dialog__field">
              <span>{f.label}</span>
              {f.multiline ? (
                <textarea value={extra[f.id] ?? ''} maxLength={f.maxLength} rows={6} onChange={(e) => { const v = e.currentTarget.value; setExtra((x) => ({ ...x, [f.id]: v })); }} />
              ) : (
                <input type="text" value={extra[f.id] ?? ''} maxLength={f.maxLength} onChange={(e) => { const v = e.currentTarget.value; setExtra((x) => ({ ...x, [f.id]: v })); }} />
              )}
            </label>
          ))}
          <div className="dialog__actions">
            {request.actions.map((action) => (
              <button
                key={action.id}
                type={action === primary ? 'submit' : 'button'}
                className={`button${action.tone ? ` button--${action.tone}` : ''}`}
                disabled={action === primary && blank}
                onClick={action === primary ? undefined : () => onClose({ action: action.id, value, fields: extra })}
              >
                {action.label}
              </button>
            ))}
            <button type="button" className="button" onClick={() => onClose(null)}>
              {t('file.cancel')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
