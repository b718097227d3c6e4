// The library listing, loaded from the host when the library or comparison is on screen and reloaded whenever the
// workflow reports a change (save, rename, delete…). A slow answer for an old version never overwrites a newer one.
import { useEffect, useState } from 'react';
import type { HostApi } from '../../../shared/host/host-api';
import type { LibraryEntry } from '../../../shared/host/library-types';
import { libraryErrorText } from './library-error-text';

export function useLibraryEntries(host: HostApi, version: number, active: boolean) {
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    void host.listScenarios().then((result) => {
      if (!live) return;
      if (result.ok) {
        setEntries(result.value);
        setError(null);
      } else {
        setError(libraryErrorText(result));
      }
    });
    return () => {
      live = false;
    };
  }, [host, version, active]);
  return { entries, error };
}
