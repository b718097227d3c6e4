// URL trust decisions, as pure functions over parsed URLs (never string prefixes: the Electron
// security checklist's own example is https://example.com.attacker.com). The external-link rule itself is shared
// with the browser hosts (shared/host/external-links.ts).
import { checkExternalUrl } from '../../shared/host/external-links';
import type { Result } from '../../shared/result';

/** The origin our renderer is served from (see protocol-handler.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'puente';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

const parse = (value: unknown): URL | null => {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
};

/**
 * True only for our own app:// origin, exactly: no look-alike host, no credentials, no port.
 * The host is compared lower-cased because Chromium normalises hosts of standard schemes but Node does not.
 */
export function isAppUrl(value: unknown): boolean {
  const url = parse(value);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname.toLowerCase() === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

export { checkExternalUrl } from '../../shared/host/external-links';

export interface ExternalLinkCapabilities {
  /** Hands a checked URL to the OS browser (shell.openExternal). */
  open(url: string): Promise<void>;
  /** Asks the user before a link that is not a cited source leaves the app (a native dialog). */
  confirm(url: string): Promise<boolean>;
}

/** Opens a link by the shared rule (shared/host/external-links.ts): cited sources at once, others after a yes. */
export async function openExternalUrl(value: unknown, caps: ExternalLinkCapabilities): Promise<Result<null, 'refused'>> {
  const checked = checkExternalUrl(value);
  if (!checked.ok) return checked;
  const { url, trusted } = checked.value;
  if (!trusted && !(await caps.confirm(url).catch(() => false))) {
    return { ok: false, code: 'refused', message: 'The link was not opened.' };
  }
  try {
    await caps.open(url);
    return { ok: true, value: null };
  } catch (error) {
    return { ok: false, code: 'refused', message: `The system browser could not open the link: ${String(error)}` };
  }
}
