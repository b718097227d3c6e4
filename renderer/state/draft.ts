// The working draft kept in browser storage by hosts that have it (web), so a reload does not lose the scenario.
// A stored draft is untrusted input: it goes through the same codec as a file, and a bad one is ignored.
import { parseScenarioText, serialiseScenario, SCENARIO_RULES, type ScenarioDocument } from '../../shared/scenario';

export interface DraftStorage {
  readStored(key: string): string | null;
  writeStored(key: string, value: string): boolean;
}

export const DRAFT_KEY = 'draft';

export function hasDraftStorage(host: object): host is DraftStorage {
  return 'readStored' in host && 'writeStored' in host;
}

export function restoreDraft(storage: DraftStorage): ScenarioDocument | null {
  const text = storage.readStored(DRAFT_KEY);
  if (text === null) return null;
  const parsed = parseScenarioText(text, SCENARIO_RULES);
  return parsed.ok ? parsed.value : null;
}

/** Writes the draft at most once per `delayMs`, after the last change. Returns a function to call on change. */
export function draftWriter(storage: DraftStorage, delayMs = 400): (doc: ScenarioDocument) => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let latest: ScenarioDocument | null = null;
  return (doc) => {
    latest = doc;
    if (timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      if (latest) storage.writeStored(DRAFT_KEY, serialiseScenario(latest));
    }, delayMs);
  };
}
