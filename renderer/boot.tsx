// Start-up, after main.tsx has configured zod: pick the host, enable Immer patches once, load the model, and render
// the screen — or, in a window opened for one job, the report to print or the presenter view.
import { enablePatches } from 'immer';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { HostApi } from '../shared/host/host-api';
import { defaultScenario } from '../shared/scenario/defaults';
import { App } from './app/App';
import { CommandCenter } from './commands/command-center';
import { CommandContext } from './commands/use-commands';
import { installBenchHooks } from './bench/bench-hooks';
import { createEngine } from './compute/engine';
import { createProjectionModel } from './compute/projection-model';
import { createSensitivityModel } from './compute/sensitivity-model';
import { ComputeContext } from './compute/use-projection';
import type { Engine } from './compute/engine-types';
import { PresenterView } from './features/presentation/PresenterView';
import { keepDocumentFocus, openBroadcastChannel, PresentationSession } from './features/presentation/presentation-session';
import { presenterSessionOf } from './features/presentation/presenter-messages';
import { PresentationContext } from './features/presentation/use-presentation';
import { chooseHost } from './host/choose-host';
import { HostContext } from './host/host-context';
import { newRef } from './host/library-host';
import { localeSettings, urlLanguage } from './i18n/language';
import { browserLocale } from './host/browser-locale';
import { webStoragePreferences } from '../shared/host/preferences';
import { followLanguageInNativeMenu } from './commands/menu-labels';
import { Localized } from './app/LocalizedApp';
import { t } from './i18n/t';
import { PRINT_ROUTE } from './print/print-route';
import { DocumentStore } from './state/document-store';
import { StoreContext } from './state/use-document';
import './fonts.css';
import './styles.css';

enablePatches();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
const root = createRoot(rootElement);

try {
  const presenterSession = presenterSessionOf(window.location.search);
  if (presenterSession !== null) {
    // The presenter view (a second window): no host, no document; it follows the presentation over its channel,
    // in the language the user chose (remembered in the same origin's storage).
    localeSettings.start({ urlLanguage: urlLanguage(window.location.search), preferences: webStoragePreferences(window.localStorage), system: browserLocale() });
    root.render(
      <StrictMode>
        <Localized engine={createEngine()}>{(localized) => <PresenterView engine={localized} session={presenterSession} />}</Localized>
      </StrictMode>,
    );
  } else {
    const host = chooseHost(window);
    // Before anything renders, so the first frame is in the user's language and region format.
    localeSettings.start({ urlLanguage: urlLanguage(window.location.search), preferences: host.preferences, system: host.systemLocale });
    const engine = createEngine();
    if (window.location.hash === PRINT_ROUTE) {
      // A window opened to print one report (desktop export, command line): the report and nothing else.
      void import('./print/PrintApp').then(({ PrintApp }) => root.render(<PrintApp host={host} engine={engine} />));
    } else {
      renderApp(host, engine);
    }
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  root.render(<p role="alert">{t('app.loadFailed', { message })}</p>);
}

function renderApp(host: HostApi, engine: Engine): void {
  // Every start opens a new scenario; work left by a session that did not end cleanly is offered back by the
  // file workflow (autosave side file), never loaded silently.
  const store = new DocumentStore(defaultScenario());
  // The compute models live beside the store for the life of the page, never inside a component.
  const compute = { projection: createProjectionModel(engine, store), sensitivity: createSensitivityModel(engine) };
  installBenchHooks(compute.projection);
  const commands = new CommandCenter(host);
  const presentation = new PresentationSession(host, {
    leverBaseline: engine.leverBaseline,
    openChannel: openBroadcastChannel,
    newId: newRef,
    now: () => Date.now(),
    keepFocus: keepDocumentFocus,
  });
  presentation.attach();
  followLanguageInNativeMenu(host, localeSettings);
  root.render(
    <StrictMode>
      <HostContext.Provider value={host}>
        <StoreContext.Provider value={store}>
          <ComputeContext.Provider value={compute}>
            <CommandContext.Provider value={commands}>
              <PresentationContext.Provider value={presentation}>
                <Localized engine={engine}>{(localized) => <App engine={localized} />}</Localized>
              </PresentationContext.Provider>
            </CommandContext.Provider>
          </ComputeContext.Provider>
        </StoreContext.Provider>
      </HostContext.Provider>
    </StrictMode>,
  );
}
