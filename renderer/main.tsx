// Start-up: pick the host, enable Immer patches once, load the model, render the screen.
import './zod-config';
import { enablePatches } from 'immer';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultScenario } from '../shared/scenario/defaults';
import { App } from './app/App';
import { installBenchHooks } from './bench/bench-hooks';
import { createEngine } from './compute/engine';
import { createProjectionModel } from './compute/projection-model';
import { createSensitivityModel } from './compute/sensitivity-model';
import { ComputeContext } from './compute/use-projection';
import { chooseHost } from './host/choose-host';
import { HostContext } from './host/host-context';
import { setNumberLocale } from './i18n/format';
import { t } from './i18n/t';
import { DocumentStore } from './state/document-store';
import { StoreContext } from './state/use-document';
import './styles.css';

enablePatches();
setNumberLocale(navigator.languages?.[0] ?? navigator.language ?? 'en');

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
const root = createRoot(rootElement);

try {
  const host = chooseHost(window);
  const engine = createEngine();
  // Every start opens a new scenario; work left by a session that did not end cleanly is offered back by the
  // file workflow (autosave side file), never loaded silently.
  const store = new DocumentStore(defaultScenario(t('title.untitled')));
  // The compute models live beside the store for the life of the page, never inside a component.
  const compute = { projection: createProjectionModel(engine, store), sensitivity: createSensitivityModel(engine) };
  installBenchHooks(compute.projection);
  root.render(
    <StrictMode>
      <HostContext.Provider value={host}>
        <StoreContext.Provider value={store}>
          <ComputeContext.Provider value={compute}>
            <App engine={engine} />
          </ComputeContext.Provider>
        </StoreContext.Provider>
      </HostContext.Provider>
    </StrictMode>,
  );
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  root.render(<p role="alert">{t('app.loadFailed', { message })}</p>);
}
