// Window size and position remembered between sessions, clamped so a window saved on a
// since-unplugged monitor (a common docking-station case) reopens where the user can see it.
import { z } from 'zod';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: WindowBounds;
  maximized: boolean;
  fullScreen: boolean;
}

/** A display's work area (the part not covered by the task bar or dock). */
export interface DisplayArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = {
  bounds: { width: 1280, height: 800 },
  maximized: false,
  fullScreen: false,
};

const MIN_WIDTH = 900;
const MIN_HEIGHT = 600;
/** How much of the title bar must be on a display for the window to count as reachable. */
const MIN_VISIBLE = 100;

const int = z.number().int().finite();
const WindowStateSchema = z.object({
  bounds: z.object({ x: int.optional(), y: int.optional(), width: int.positive(), height: int.positive() }),
  maximized: z.boolean(),
  fullScreen: z.boolean(),
});

/** Parses a saved state (from JSON on disk, so `unknown`); anything malformed gives the default. */
export function parseWindowState(raw: unknown): WindowState {
  const parsed = WindowStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
}

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/**
 * Fits saved bounds to the displays present now: size capped to the largest work area and never
 * below the minimum; position kept only when the top strip of the window is visible on some display,
 * otherwise dropped so the OS centres the window.
 */
export function clampToDisplays(bounds: WindowBounds, displays: readonly DisplayArea[]): WindowBounds {
  if (displays.length === 0) return { width: bounds.width, height: bounds.height };
  const maxW = Math.max(...displays.map((d) => d.width));
  const maxH = Math.max(...displays.map((d) => d.height));
  const width = Math.max(Math.min(bounds.width, maxW), Math.min(MIN_WIDTH, maxW));
  const height = Math.max(Math.min(bounds.height, maxH), Math.min(MIN_HEIGHT, maxH));
  if (bounds.x === undefined || bounds.y === undefined) return { width, height };
  const { x, y } = bounds;
  const titleBarVisible = displays.some(
    (d) => overlap(x, x + width, d.x, d.x + d.width) >= MIN_VISIBLE && y >= d.y && y + 30 <= d.y + d.height,
  );
  return titleBarVisible ? { x, y, width, height } : { width, height };
}

export interface WindowStateStore {
  load(): Promise<WindowState>;
  /**
   * Synchronous on purpose: it runs in the window's 'close' handler, and the app may quit right after,
   * before an asynchronous write would finish. The file is a few hundred bytes.
   */
  save(state: WindowState): void;
}

/** File-backed store; fs functions are injected so tests can use a temp directory or fail on purpose. */
export function createWindowStateStore(
  filePath: string,
  fs: {
    readFile(path: string, encoding: 'utf8'): Promise<string>;
    writeFileSync(path: string, data: string): void;
    renameSync(from: string, to: string): void;
    mkdirSync(path: string, options: { recursive: true }): unknown;
  },
  dirname: (path: string) => string,
): WindowStateStore {
  return {
    async load() {
      try {
        return parseWindowState(JSON.parse(await fs.readFile(filePath, 'utf8')));
      } catch {
        return DEFAULT_WINDOW_STATE; // first run, or an unreadable file: not worth bothering the user
      }
    },
    save(state) {
      // Temp file + rename so a crash mid-write never leaves a half file behind.
      const tmp = `${filePath}.${process.pid}.tmp`;
      fs.mkdirSync(dirname(filePath), { recursive: true });
      fs.writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
      fs.renameSync(tmp, filePath);
    },
  };
}
