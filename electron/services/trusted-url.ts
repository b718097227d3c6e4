// URL trust decisions, as pure functions over parsed URLs (never string prefixes: the Electron
// security checklist's own example is https://example.com.attacker.com).
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

/**
 * Decides whether a link may be handed to the OS browser. Only https: is allowed (file:, javascript:,
 * smb:, ms-msdt: and friends can run code or leak credentials on a managed laptop). Also refused:
 * user-info ("https://worldbank.org@evil.example" shows a trusted name but goes elsewhere) and
 * punycode labels (xn--), the usual form of a homograph look-alike of a real host.
 */
export function checkExternalUrl(value: unknown): Result<string, 'refused'> {
  const url = parse(value);
  if (url === null) return { ok: false, code: 'refused', message: 'Not a valid URL.' };
  if (url.protocol !== 'https:') {
    return { ok: false, code: 'refused', message: `Only https: links open outside Puente (got ${url.protocol}).` };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, code: 'refused', message: 'Links with a user name or password are refused.' };
  }
  if (url.hostname === '' || url.hostname.split('.').some((label) => label.startsWith('xn--'))) {
    return { ok: false, code: 'refused', message: `The host "${url.hostname}" looks like a disguised address.` };
  }
  return { ok: true, value: url.href };
}

/** Opens a checked link with the injected OS capability (shell.openExternal in main). */
export async function openExternalUrl(
  value: unknown,
  open: (url: string) => Promise<void>,
): Promise<Result<null, 'refused'>> {
  const checked = checkExternalUrl(value);
  if (!checked.ok) return checked;
  try {
    await open(checked.value);
    return { ok: true, value: null };
  } catch (error) {
    return { ok: false, code: 'refused', message: `The system browser could not open the link: ${String(error)}` };
  }
}
