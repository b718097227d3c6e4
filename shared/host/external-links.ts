// The one rule for links leaving the app, for every host: only https, no user name or password in the URL
// ("https://worldbank.org@evil.example" shows a trusted name but goes elsewhere), no punycode labels (the usual
// form of a look-alike host). Links to the institutions Puente cites open at once; any other https link is
// "untrusted": the desktop asks the user first (a compromised page must not open any address it likes), the
// browser and memory hosts refuse it. URLs are parsed, never compared as strings.
import type { Result } from '../result';

// The WHATWG URL parser, the same global in Node, Chromium and Electron; shared/ is built without DOM types.
declare const URL: new (input: string) => { protocol: string; username: string; password: string; hostname: string; href: string };

/** Institutions whose pages Puente links to as sources (and their subdomains). */
export const CITED_SOURCES: readonly string[] = [
  'worldbank.org', 'iom.int', 'r4v.info', 'un.org', 'undp.org', 'unhcr.org', 'cepal.org', 'oecd.org', 'ilo.org',
  'iadb.org', 'icmpd.org', 'imf.org', 'knomad.org', 'migrationdataportal.org', 'reliefweb.int',
];

export interface CheckedLink {
  /** The normalised URL to hand to the browser. */
  url: string;
  /** A cited source: opens without asking. */
  trusted: boolean;
}

const isCited = (host: string) => CITED_SOURCES.some((domain) => host === domain || host.endsWith(`.${domain}`));

export function checkExternalUrl(value: unknown): Result<CheckedLink, 'refused'> {
  let url: InstanceType<typeof URL>;
  try {
    if (typeof value !== 'string' || value.length === 0 || value.length > 2048) throw new Error('not a URL');
    url = new URL(value);
  } catch {
    return { ok: false, code: 'refused', message: 'Not a valid URL.' };
  }
  if (url.protocol !== 'https:') {
    return { ok: false, code: 'refused', message: `Only https: links open outside Puente (got ${url.protocol}).` };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, code: 'refused', message: 'Links with a user name or password are refused.' };
  }
  if (url.hostname === '' || url.hostname.split('.').some((label) => label.startsWith('xn--'))) {
    return { ok: false, code: 'refused', message: `The host "${url.hostname}" looks like a disguised address.` };
  }
  return { ok: true, value: { url: url.href, trusted: isCited(url.hostname.toLowerCase()) } };
}
