// The application menu as state: rebuilt when the page sends its words in another language, with the enabled
// state the page sent last applied again (a rebuilt menu starts all enabled). Electron's Menu is passed in, so
// this runs under Vitest as a plain Node module.
import { ENGLISH_MENU_LABELS, type MenuLabels } from '../../shared/commands/menu-labels';
import type { CommandId } from '../../shared/commands/registry';
import { applyCommandState, buildMenuTemplate, type MenuInput, type MenuLike } from './menu-template';

export interface NativeMenuDeps<M extends MenuLike> {
  /** Everything the template needs but the words. */
  input: Omit<MenuInput, 'labels'>;
  /** Menu.buildFromTemplate then Menu.setApplicationMenu; returns the menu now shown. */
  install(template: ReturnType<typeof buildMenuTemplate>): M;
  platformKeys(id: CommandId): readonly string[];
}

export function createNativeMenu<M extends MenuLike>(deps: NativeMenuDeps<M>) {
  let labels: MenuLabels = ENGLISH_MENU_LABELS;
  let enabled: Readonly<Partial<Record<CommandId, boolean>>> = {};
  let menu: M | null = null;
  const build = () => {
    menu = deps.install(buildMenuTemplate({ ...deps.input, labels }));
    applyCommandState(menu, enabled, deps.platformKeys);
  };
  return {
    install: build,
    /** The page's words (already checked at the IPC gate); the same words again do not rebuild. */
    setLabels(next: MenuLabels): void {
      if (JSON.stringify(next) === JSON.stringify(labels)) return;
      labels = next;
      build();
    },
    setCommandState(next: Readonly<Partial<Record<CommandId, boolean>>>): void {
      enabled = { ...enabled, ...next };
      applyCommandState(menu, next, deps.platformKeys);
    },
    labels: () => labels,
  };
}
