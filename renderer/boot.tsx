// Start-up, after main.tsx has configured zod: pick the host, enable Immer patches once, load the model, render.
import { enablePatches } from 'immer';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultScenario } from '../shared/scenario/defaults';
import { App } from './app/App';
import { CommandCenter } from './commands/command-center';
import { CommandContext } from './commands/use-commands';
import { createEngine } from './compute/engine';
import type { Engine } from './compute/engine-types';
import type { HostApi } from '../shared/host/host-api';
import { chooseHost } from './host/choose-host';
import { HostContext } from './host/host-context';
import { setNumberLocale } from './i18n/format';
import { t } from './i18n/t';
import { DocumentStore } from './state/document-store';
import { StoreContext } from './state/use-document';
import { PRINT_ROUTE } from './print/print-route';
import './fonts.css';
import './styles.css';

enablePatches();
setNumberLocale(navigator.languages?.[0] ?? navigator.language ?? 'en');

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
const root = createRoot(rootElement);

try {
  const host = chooseHost(window);
  const engine = createEngine();
  if (window.location.hash === PRINT_ROUTE) {
    // A window opened to print one report (desktop export, command line): the report and nothing else.
    void import('./print/PrintApp').then(({ PrintApp }) => root.render(<PrintApp host={host} engine={engine} />));
  } else {
    renderApp(host, engine);
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  root.render(<p role="alert">{t('app.loadFailed', { message })}</p>);
}

function renderApp(host: HostApi, engine: Engine): void {
  // Every start opens a new scenario; work left by a session that did not end cleanly is offered back by the
  // file workflow (autosave side file), never loaded silently.
  const store = new DocumentStore(defaultScenario(t('title.untitled')));
  const commands = new CommandCenter(host);
  root.render(
    <StrictMode>
      <HostContext.Provider value={host}>
        <StoreContext.Provider value={store}>
          <CommandContext.Provider value={commands}>
            <App engine={engine} />
          </CommandContext.Provider>
        </StoreContext.Provider>
      </HostContext.Provider>
    </StrictMode>,
  );
}
