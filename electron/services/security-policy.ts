// Navigation, window-open, webview and permission decisions for every webContents, as pure
// functions; electron/main/security.electron.ts only wires them to Electron events.
import { checkExternalUrl, isAppUrl } from './trusted-url';

export interface NavigationDecision {
  allow: false;
  /** A checked https URL to hand to the OS browser (a plain link click), or null when dropped. */
  openExternally: string | null;
}

/**
 * In-page navigation is always refused: the renderer is one page that routes with its own state, so
 * leaving it could only load foreign content with our preload. A clicked https link opens in the
 * OS browser instead, as users expect.
 */
export function decideNavigation(targetUrl: string): NavigationDecision {
  const checked = checkExternalUrl(targetUrl);
  return { allow: false, openExternally: checked.ok ? checked.value.url : null };
}

/** Redirects are refused too (a server redirect is a navigation the page did not choose). */
export function allowRedirect(_targetUrl: string): boolean {
  return false;
}

/** <webview> can host arbitrary content with its own preferences: never attach one. */
export function allowWebview(): boolean {
  return false;
}

export interface WindowOpenDecision {
  action: 'deny';
  /** A checked https URL to hand to the OS browser, or null when the link is dropped. */
  openExternally: string | null;
}

/** New windows are always denied; an https target goes to the OS browser instead. */
export function decideWindowOpen(targetUrl: string): WindowOpenDecision {
  const checked = checkExternalUrl(targetUrl);
  return { action: 'deny', openExternally: checked.ok ? checked.value.url : null };
}

/**
 * Permission requests and checks: everything is denied, except full screen requested by our own
 * page (presentation mode). Camera, microphone, geolocation, notifications, clipboard, etc. have
 * no use in a modelling tool.
 */
export function allowPermission(permission: string, requestingUrl: string | undefined, isMainFrame: boolean): boolean {
  return permission === 'fullscreen' && isMainFrame && isAppUrl(requestingUrl);
}
