// The report view the command line prints with is the built renderer (dist/). Built from other sources than the ones
// on disk now (a git pull since), it would print other numbers than `project` computes for the same file, so it is
// rebuilt first, and a report is refused when it still does not match.
import { printViewState, type ViewState } from '../scripts/view-stamp.mjs';
import type { CliText } from './messages';

export interface ReportViewIo {
  state(): Promise<ViewState>;
  /** Builds dist/ (vite build); whether the build succeeded. */
  build(): boolean | Promise<boolean>;
  /** One line of progress on stderr. */
  say(line: string): void;
}

export const viewIo = (repo: string, dist: string, build: () => boolean | Promise<boolean>, say: (line: string) => void): ReportViewIo => ({
  state: () => printViewState(repo, dist),
  build,
  say,
});

/** Null when the view is current (rebuilt if needed), else the one-line reason no report can be printed, in the words of `text`. */
export async function ensureCurrentView(io: ReportViewIo, text: CliText): Promise<string | null> {
  const view = await io.state();
  if (view === 'current') return null;
  io.say(text(view === 'missing' ? 'cli.view.building' : 'cli.view.rebuilding'));
  if ((await io.build()) && (await io.state()) === 'current') return null;
  return text('cli.view.outOfDate');
}
