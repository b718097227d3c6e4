// Every main-process service the IPC gate serves, on throw-away folders and scripted windows, for the IPC tests:
// the library, exports and reports, and the presenter view. One place, so a new service joins every test at once.
import { exportHandlersForTest } from './export-fixture';
import { libraryHandlersForTest } from './library-fixture';
import { presenterHandlersForTest } from './presenter-fixture';

/** Host capabilities that do nothing: links refused, titles and menu state dropped. */
export const QUIET_HOST = {
  openExternal: async () => undefined,
  confirmExternal: async () => false,
  setWindowTitle: () => undefined,
  setCommandState: () => undefined,
  setMenuLabels: () => undefined,
};

interface Parts {
  library?: Pick<ReturnType<typeof libraryHandlersForTest>, 'handlers'>;
  exports?: Pick<ReturnType<typeof exportHandlersForTest>, 'handlers'>;
  presenter?: Pick<ReturnType<typeof presenterHandlersForTest>, 'handlers'>;
}

/** The handlers of every service; a test passes the fixture it inspects, the others are fresh. */
export function hostServicesForTest(parts: Parts = {}) {
  return {
    ...(parts.library ?? libraryHandlersForTest()).handlers,
    ...(parts.exports ?? exportHandlersForTest()).handlers,
    ...(parts.presenter ?? presenterHandlersForTest()).handlers,
  };
}
