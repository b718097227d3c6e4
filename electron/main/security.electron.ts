// Installs the security policy (services/security-policy.ts) on every webContents and on the
// session. Imported once by main.ts, before any window exists, so no webContents escapes it.
import { app, type Session } from 'electron';
import { allowPermission, allowRedirect, allowWebview, decideNavigation, decideWindowOpen } from '../services/security-policy';
import { openExternalUrl, type ExternalLinkCapabilities } from '../services/trusted-url';

export function installSecurity(session: Session, links: ExternalLinkCapabilities, log: (message: string) => void): void {
  // A clicked link follows the same rule as host.openExternal: cited sources open, others ask first.
  const openChecked = (url: string | null, from: string) => {
    if (url === null) {
      log(`[security] dropped link to ${from}`);
      return;
    }
    void openExternalUrl(url, links).then((result) => {
      if (!result.ok) log(`[security] link not opened (${url}): ${result.message}`);
    });
  };

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      const decision = decideNavigation(event.url);
      event.preventDefault();
      openChecked(decision.openExternally, event.url);
    });
    contents.on('will-frame-navigate', (event) => {
      // Sub-frames have no business navigating either (CSP already forbids frames; this is belt and braces).
      if (!event.isMainFrame) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!allowRedirect(event.url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => {
      if (!allowWebview()) event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      const decision = decideWindowOpen(url);
      openChecked(decision.openExternally, url);
      return { action: decision.action };
    });
  });

  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(allowPermission(permission, details.requestingUrl, details.isMainFrame));
  });
  session.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    allowPermission(permission, details.requestingUrl, details.isMainFrame),
  );
}
