// Saving a copy of the scenario where the host offers downloads (web tab, memory host in tests).
export interface CanDownload {
  download(fileName: string, text: string): void;
}

export function hasDownload(host: object): host is CanDownload {
  return 'download' in host && typeof (host as { download?: unknown }).download === 'function';
}

/** A file name from the scenario name: letters, digits, dashes; never empty. */
export function scenarioFileName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 80);
  return `${base || 'scenario'}.puente.json`;
}
