// Every app command, declared once (VS Code's command registry, excalidraw's actions): its id, its label,
// its keys, where it appears and when it is enabled. The native menu (electron/services/menu-template.ts),
// the in-page File menu, the keyboard handler and the command palette are all built from this table, and the
// page handles commands through a Record<CommandId, …>, so a command nobody handles does not compile.

export const COMMAND_IDS = [
  'new',
  'open',
  'save',
  'save-as',
  'duplicate',
  'rename',
  'delete',
  'restore-backup',
  'recently-deleted',
  'import',
  'export',
  'export-pdf',
  'export-comparison-pdf',
  'export-csv',
  'export-xlsx',
  'export-chart-png',
  'export-chart-svg',
  'copy-chart-image',
  'reset',
  'undo',
  'redo',
  'toggle-advanced',
  'command-palette',
  'show-scenario',
  'show-baseline',
  'show-track-record',
  'show-sensitivity',
  'show-library',
  'show-compare',
  'show-methodology',
  'present',
] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

/** What the enabled rules read; the page computes it from the document, the file and the view. */
export interface CommandState {
  canUndo: boolean;
  canRedo: boolean;
  /** The open scenario is in the library (it has been saved at least once). */
  inLibrary: boolean;
  /** Some lever, override or parameter differs from the baseline. */
  canReset: boolean;
  /** Scenarios ticked for comparison in the library. */
  comparedCount: number;
  /** Presentation mode is on (file and view commands wait until it ends). */
  presenting: boolean;
}

export type MenuId = 'file' | 'edit' | 'view';

export interface CommandDef {
  id: CommandId;
  /** English label (menus and palette); the page looks up `command.<id>` in its catalogue first. */
  label: string;
  /** Native and in-page menu it sits in, and its section there (a separator between sections); null: palette only. */
  menu: { id: MenuId; section: number } | null;
  /**
   * Keys in Electron accelerator syntax ("CmdOrCtrl+Shift+S", "F5"); the first is shown in menus, the others
   * also work. `mac` replaces them on macOS.
   */
  keys?: readonly string[];
  mac?: readonly string[];
  /** Absent: always enabled. */
  enabled?: (state: CommandState) => boolean;
  /** Undo and redo: inside a text field the keys belong to the field (its own text undo); the menu still acts on the scenario. */
  textField?: 'native';
}

const notPresenting = (s: CommandState) => !s.presenting;

export const COMMANDS: readonly CommandDef[] = [
  { id: 'new', label: 'New Scenario', menu: { id: 'file', section: 0 }, keys: ['CmdOrCtrl+N'], enabled: notPresenting },
  { id: 'open', label: 'Open Scenario…', menu: { id: 'file', section: 0 }, keys: ['CmdOrCtrl+O'], enabled: notPresenting },
  // Save stays enabled for a read-only file: trying it says why not, and offers Save As.
  { id: 'save', label: 'Save', menu: { id: 'file', section: 1 }, keys: ['CmdOrCtrl+S'], enabled: notPresenting },
  { id: 'save-as', label: 'Save As…', menu: { id: 'file', section: 1 }, keys: ['CmdOrCtrl+Shift+S'], enabled: notPresenting },
  { id: 'duplicate', label: 'Duplicate…', menu: { id: 'file', section: 1 }, enabled: (s) => s.inLibrary && !s.presenting },
  { id: 'rename', label: 'Rename…', menu: { id: 'file', section: 1 }, enabled: notPresenting },
  { id: 'delete', label: 'Delete…', menu: { id: 'file', section: 1 }, enabled: (s) => s.inLibrary && !s.presenting },
  { id: 'restore-backup', label: 'Restore a Backup…', menu: { id: 'file', section: 1 }, enabled: (s) => s.inLibrary && !s.presenting },
  { id: 'recently-deleted', label: 'Recently Deleted Scenarios…', menu: { id: 'file', section: 1 }, enabled: notPresenting },
  { id: 'import', label: 'Import Scenario File…', menu: { id: 'file', section: 2 }, enabled: notPresenting },
  { id: 'export', label: 'Export Scenario File…', menu: { id: 'file', section: 2 }, enabled: notPresenting },
  { id: 'export-pdf', label: 'Export PDF Report…', menu: { id: 'file', section: 3 }, keys: ['CmdOrCtrl+P'], enabled: notPresenting },
  { id: 'export-comparison-pdf', label: 'Export Comparison PDF…', menu: { id: 'file', section: 3 }, enabled: (s) => s.comparedCount >= 2 && !s.presenting },
  { id: 'export-csv', label: 'Export Projection as CSV…', menu: { id: 'file', section: 3 }, enabled: notPresenting },
  { id: 'export-xlsx', label: 'Export Projection as Excel…', menu: { id: 'file', section: 3 }, enabled: notPresenting },
  // One chart at a time: each chart's own menu has these; from the palette they ask which chart.
  { id: 'export-chart-png', label: 'Export Chart as PNG Image…', menu: null, enabled: notPresenting },
  { id: 'export-chart-svg', label: 'Export Chart as SVG Image…', menu: null, enabled: notPresenting },
  { id: 'copy-chart-image', label: 'Copy Chart Image…', menu: null, enabled: notPresenting },
  // Not while presenting: the room would watch the scenario vanish (Undo, which stays, brings it back).
  { id: 'reset', label: 'Reset to Baseline', menu: { id: 'file', section: 4 }, enabled: (s) => s.canReset && !s.presenting },
  { id: 'undo', label: 'Undo', menu: { id: 'edit', section: 0 }, keys: ['CmdOrCtrl+Z'], enabled: (s) => s.canUndo, textField: 'native' },
  {
    id: 'redo',
    label: 'Redo',
    menu: { id: 'edit', section: 0 },
    keys: ['Ctrl+Y', 'Ctrl+Shift+Z'],
    mac: ['Cmd+Shift+Z'],
    enabled: (s) => s.canRedo,
    textField: 'native',
  },
  { id: 'toggle-advanced', label: 'Advanced Parameters', menu: { id: 'view', section: 0 }, keys: ['CmdOrCtrl+Shift+A'], enabled: notPresenting },
  { id: 'command-palette', label: 'Command Palette…', menu: { id: 'view', section: 0 }, keys: ['CmdOrCtrl+Shift+P'], enabled: notPresenting },
  { id: 'show-scenario', label: 'Scenario', menu: { id: 'view', section: 1 }, enabled: notPresenting },
  { id: 'show-baseline', label: 'Baseline (Paper)', menu: { id: 'view', section: 1 }, enabled: notPresenting },
  { id: 'show-track-record', label: 'Paper vs. What Happened', menu: { id: 'view', section: 1 }, enabled: notPresenting },
  { id: 'show-sensitivity', label: 'Sensitivity', menu: { id: 'view', section: 1 }, enabled: notPresenting },
  { id: 'show-library', label: 'Library', menu: { id: 'view', section: 1 }, enabled: notPresenting },
  { id: 'show-compare', label: 'Compare', menu: { id: 'view', section: 1 }, enabled: notPresenting },
  { id: 'show-methodology', label: 'Methodology', menu: { id: 'view', section: 1 }, enabled: notPresenting },
  // Presentation mode (renderer/features/presentation). Its own keys (arrows, R, P, L, Esc…) are modal to it and
  // handled there; none of them is a command key, so the two never compete.
  { id: 'present', label: 'Present', menu: { id: 'view', section: 2 }, keys: ['F5'], mac: ['F5', 'Cmd+Shift+Enter'], enabled: notPresenting },
];

export const COMMAND_BY_ID: Readonly<Record<CommandId, CommandDef>> = Object.fromEntries(COMMANDS.map((c) => [c.id, c])) as Record<
  CommandId,
  CommandDef
>;

export const isCommandId = (value: unknown): value is CommandId => typeof value === 'string' && (COMMAND_IDS as readonly string[]).includes(value);

/** The keys of a command on a platform (macOS has its own where the table says so). */
export function commandKeys(def: CommandDef, mac: boolean): readonly string[] {
  return (mac ? def.mac : undefined) ?? def.keys ?? [];
}

/** Which commands are enabled now, for every command. */
export function enabledCommands(state: CommandState): Record<CommandId, boolean> {
  return Object.fromEntries(COMMANDS.map((c) => [c.id, c.enabled ? c.enabled(state) : true])) as Record<CommandId, boolean>;
}

/** Commands of one menu, grouped into its sections in order. */
export function menuSections(menu: MenuId): CommandDef[][] {
  const sections = new Map<number, CommandDef[]>();
  for (const c of COMMANDS) {
    if (c.menu?.id !== menu) continue;
    const list = sections.get(c.menu.section) ?? [];
    list.push(c);
    sections.set(c.menu.section, list);
  }
  return [...sections.entries()].sort(([a], [b]) => a - b).map(([, list]) => list);
}
