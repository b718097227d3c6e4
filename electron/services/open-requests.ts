// Scenario files the system hands to the app: a double-click or "Open with" (the file on the command line at
// start), a second launch while the app runs (its command line, via second-instance), and macOS's open-file
// event. Each file enters the library like one picked in Open… (the service adopts its path and hands out a
// reference); the window takes the references and opens them with its own Open command, which asks about
// unsaved changes first. Plain Node: main.ts wires the Electron events to it.
import path from 'node:path';
import type { ScenarioRef } from '../../shared/host/library-types';

const SCENARIO_FILE = /\.json$/i;

/** The scenario files named on a command line, as absolute paths (flags, the program and "." are not). */
export function scenarioPathsIn(argv: readonly string[], cwd: string): string[] {
  return argv.slice(1).filter((arg) => !arg.startsWith('-') && SCENARIO_FILE.test(arg)).map((arg) => path.resolve(cwd, arg));
}

export interface OpenRequestDeps {
  /** The library's reference for a path (the library service's adopt). */
  adopt(filePath: string): ScenarioRef | null;
  /** Tells the window there is something to take (a push message; the window also takes at start). */
  wake(): void;
  /** Brings the window forward. */
  focus(): void;
}

export function createOpenRequests(deps: OpenRequestDeps) {
  let queued: ScenarioRef[] = [];
  return {
    /** Files to open, in order; an empty list (a plain second launch) only brings the window forward. */
    open(paths: readonly string[]): void {
      const refs = paths.map((p) => deps.adopt(p)).filter((ref): ref is ScenarioRef => ref !== null);
      if (refs.length > 0) {
        queued = [...queued, ...refs];
        deps.wake();
      }
      deps.focus();
    },
    /** What the window has not opened yet; each request is handed out once. */
    take(): ScenarioRef[] {
      const taken = queued;
      queued = [];
      return taken;
    },
  };
}

export type OpenRequests = ReturnType<typeof createOpenRequests>;
