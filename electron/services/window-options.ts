// The one place BrowserWindow options are built. The security-relevant webPreferences are a frozen
// constant, set explicitly even where they equal Electron's defaults: that documents intent,
// satisfies scanners, and a unit test asserts them.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { WindowBounds } from './window-state';

export const LOCKED_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
  // Middle-click opens links through a path Doyensec flags (AUXCLICK); our window-open handler would deny
  // it anyway, but switching the feature off removes the path entirely.
  disableBlinkFeatures: 'Auxclick',
} as const satisfies WebPreferences);

/** Prefix of the process argument that tells the sandboxed preload our version (it cannot read files). */
export const APP_VERSION_ARG = '--puente-app-version=';

/** Prefix of the process argument that tells the preload the system's languages and region format (JSON). */
export const SYSTEM_LOCALE_ARG = '--puente-system-locale=';

export interface WindowOptionsInput {
  preloadPath: string;
  appVersion: string;
  /** app.getPreferredSystemLanguages() and app.getSystemLocale(): the page's default language and number format. */
  systemLocale?: { languages: readonly string[]; formatLocale: string };
  bounds: WindowBounds;
  iconPath?: string;
}

export function buildWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    x: input.bounds.x,
    y: input.bounds.y,
    width: input.bounds.width,
    height: input.bounds.height,
    minWidth: 900,
    minHeight: 600,
    title: 'Puente',
    backgroundColor: '#ffffff',
    // Shown on 'ready-to-show' to avoid a white flash before the first paint.
    show: false,
    ...(input.iconPath === undefined ? {} : { icon: input.iconPath }),
    webPreferences: {
      ...LOCKED_WEB_PREFERENCES,
      preload: input.preloadPath,
      additionalArguments: [
        `${APP_VERSION_ARG}${input.appVersion}`,
        ...(input.systemLocale ? [`${SYSTEM_LOCALE_ARG}${JSON.stringify(input.systemLocale)}`] : []),
      ],
    },
  };
}
