// React access to the document store.
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { ScenarioInputs } from '../../shared/model/types';
import type { ScenarioDocument } from '../../shared/scenario/document';
import type { DocumentSnapshot, DocumentStore } from './document-store';

export const StoreContext = createContext<DocumentStore | null>(null);

export function useStore(): DocumentStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore() outside <StoreContext.Provider>');
  return store;
}

export function useDocument(): DocumentSnapshot {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** Model inputs from the document; a new object only when levers, overrides or parameters change (Immer sharing). */
export function useScenarioInputs(doc: ScenarioDocument): ScenarioInputs {
  const { levers, countries, parameters } = doc;
  return useMemo(() => ({ levers, countries, parameters }), [levers, countries, parameters]);
}
