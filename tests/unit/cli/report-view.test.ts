// The command line must not print a report from a view built from older sources than `project` computes with.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliText } from '../../../cli/messages';
import { ensureCurrentView, viewIo } from '../../../cli/report-view';
import { printViewState, sourceStamp, VIEW_STAMP_FILE } from '../../../scripts/view-stamp.mjs';

/** A repository with a renderer, the data, the docs, and a dist/ built from them (as vite.config.mts stamps it). */
async function builtRepo(): Promise<{ repo: string; dist: string; write(file: string, text: string): void; build(): Promise<void> }> {
  const repo = mkdtempSync(path.join(tmpdir(), 'puente-view-'));
  const dist = path.join(repo, 'dist');
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  };
  write('renderer/main.tsx', 'render()');
  write('shared/model/engine.ts', 'export const k = 0.1;');
  write('data/baseline.json', '{"version":"2024.1"}');
  write('docs/methodology.md', '# Methodology');
  write('package.json', '{"version":"0.1.0"}');
  const build = async () => {
    write('dist/index.html', '<!doctype html>');
    write(`dist/${VIEW_STAMP_FILE}`, JSON.stringify({ stamp: await sourceStamp(repo) }));
  };
  await build();
  return { repo, dist, write, build };
}

describe('the built report view', () => {
  it('is current right after the build, stale after the data, the model, the methodology or the version changed', async () => {
    for (const [file, text] of [
      ['data/baseline.json', '{"version":"2025.1"}'],
      ['shared/model/engine.ts', 'export const k = 0.2;'],
      ['docs/methodology.md', '# Methodology, revised'],
      ['package.json', '{"version":"0.2.0"}'],
      ['renderer/print/new-part.tsx', 'part()'],
    ] as const) {
      const r = await builtRepo();
      expect(await printViewState(r.repo, r.dist)).toBe('current');
      r.write(file, text);
      expect(await printViewState(r.repo, r.dist), file).toBe('stale');
    }
  });

  it('stays current when only files the bundle is not made of change (pictures in docs/, tests)', async () => {
    const r = await builtRepo();
    r.write('docs/images/report-page-1.png', 'png');
    r.write('tests/unit/x.test.ts', 'it()');
    expect(await printViewState(r.repo, r.dist)).toBe('current');
  });

  it('is missing without a build, and stale when built without a stamp or with a damaged one', async () => {
    const r = await builtRepo();
    expect(await printViewState(r.repo, path.join(r.repo, 'no-dist'))).toBe('missing');
    r.write(`dist/${VIEW_STAMP_FILE}`, '{"stamp":');
    expect(await printViewState(r.repo, r.dist)).toBe('stale');
    r.write(`dist/${VIEW_STAMP_FILE}`, '{}');
    expect(await printViewState(r.repo, r.dist)).toBe('stale');
  });
});

describe('before the command line prints a report', () => {
  const run = async (r: Awaited<ReturnType<typeof builtRepo>>, build: () => Promise<boolean>) => {
    const said: string[] = [];
    let builds = 0;
    const counted = () => ((builds += 1), build());
    const refused = await ensureCurrentView(viewIo(r.repo, r.dist, counted, (line) => said.push(line)), cliText('en'));
    return { refused, said, builds };
  };

  it('prints from the current view without building', async () => {
    const r = await builtRepo();
    const { refused, builds, said } = await run(r, async () => true);
    expect(refused).toBeNull();
    expect(builds).toBe(0);
    expect(said).toEqual([]);
  });

  it('rebuilds a view built from older sources, saying why in one line, then prints', async () => {
    const r = await builtRepo();
    r.write('data/baseline.json', '{"version":"2025.1"}');
    const { refused, builds, said } = await run(r, async () => (await r.build(), true));
    expect(refused).toBeNull();
    expect(builds).toBe(1);
    expect(said).toEqual([expect.stringMatching(/changed since the report view was built; rebuilding/)]);
    expect(await printViewState(r.repo, r.dist)).toBe('current');
  });

  it('refuses to print, in one line, when the rebuild fails or still leaves the view stale', async () => {
    const failing = await builtRepo();
    failing.write('data/baseline.json', '{"version":"2025.1"}');
    expect((await run(failing, async () => false)).refused).toMatch(/^The report view is out of date .*no report was printed; run "npm run build"/);

    const noop = await builtRepo();
    noop.write('data/baseline.json', '{"version":"2025.1"}');
    const { refused } = await run(noop, async () => true);
    expect(refused).toMatch(/could not be rebuilt/);
  });
});
