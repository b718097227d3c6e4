import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAutosave } from '../../../electron/files/autosave';
import { createRecentList } from '../../../electron/files/recent';
import { defaultScenario } from '../../../shared/scenario';

const stateDir = () => mkdtempSync(join(tmpdir(), 'puente-state-'));

describe('autosave and crash recovery', () => {
  it('offers the working copy back after a session that did not end cleanly, newest first', async () => {
    const dir = stateDir();
    let time = 1000;
    const autosave = createAutosave(dir, () => time);
    await autosave.write('untitled', null, null, { ...defaultScenario('Unsaved idea'), levers: { inflowPath: 'high' } });
    time = 2000;
    await autosave.write('abc123', 'abc123', { name: 'Plan.puente.json', path: '/docs/Puente/Plan.puente.json' }, defaultScenario('Plan'));
    const again = createAutosave(dir, () => time); // a new session
    const found = await again.recoverable();
    expect(found.map((f) => f.document.name)).toEqual(['Plan', 'Unsaved idea']);
    expect(found[1]?.document.levers).toEqual({ inflowPath: 'high' });
    expect(found[0]?.path).toBe('/docs/Puente/Plan.puente.json');
  });

  it('forgets the side file once the user saves or discards', async () => {
    const autosave = createAutosave(stateDir(), () => 1);
    await autosave.write('untitled', null, null, defaultScenario());
    await autosave.clear('untitled');
    expect(await autosave.recoverable()).toEqual([]);
  });

  it('skips torn or hostile side files instead of failing', async () => {
    const dir = stateDir();
    mkdirSync(join(dir, 'autosave'));
    writeFileSync(join(dir, 'autosave', 'torn.json'), '{"savedAt":1,"ref":null,"docu');
    writeFileSync(join(dir, 'autosave', 'evil.json'), '{"savedAt":1,"ref":null,"fileName":null,"document":{"__proto__":{}}}');
    expect(await createAutosave(dir, () => 1).recoverable()).toEqual([]);
  });

  it('refuses slot names that could escape its folder', async () => {
    await expect(createAutosave(stateDir(), () => 1).write('../../x', null, null, defaultScenario())).rejects.toThrow(/invalid autosave slot/);
  });
});

describe('recent scenarios', () => {
  it('keeps the ten newest, most recent first, without duplicates', async () => {
    const recent = createRecentList(stateDir());
    for (let i = 0; i < 12; i += 1) await recent.add(`/docs/s${i}.puente.json`);
    await recent.add('/docs/s5.puente.json');
    const list = await recent.load();
    expect(list).toHaveLength(10);
    expect(list[0]).toBe('/docs/s5.puente.json');
    expect(new Set(list).size).toBe(10);
  });

  it('treats a damaged state file as an empty list', async () => {
    const dir = stateDir();
    writeFileSync(join(dir, 'recent-scenarios.json'), 'garbage');
    expect(await createRecentList(dir).load()).toEqual([]);
  });
});
