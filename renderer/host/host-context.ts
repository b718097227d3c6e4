// Gives components the host without prop drilling.
import { createContext, useContext } from 'react';
import type { HostApi } from '../../shared/host/host-api';

export const HostContext = createContext<HostApi | null>(null);

export function useHost(): HostApi {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost() outside <HostContext.Provider>');
  return host;
}
