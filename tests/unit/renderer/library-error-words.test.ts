// Library errors reach the user in the catalogue's words (renderer/i18n/messages.en.ts), worded by the page
// from codes and details; the adapters' own accounts (an errno, the browser's exception) stay out of sight.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryErrorText } from '../../../renderer/features/library/library-error-text';
import { createMemoryHost } from '../../../renderer/host/memory-host';
import { t } from '../../../renderer/i18n/t';
import { breakableStore } from '../library/breakable-store';
import { doc, mustSave, sessionsOver } from '../library/contract';
import { diskPlace } from '../library/places';
import { setUpWorkflow } from './workflow-fixture';

const scenarioBytes = (name: number[]) =>
  Uint8Array.from([...'{"format":"puente-scenario","schemaVersion":1,"name":"'].map((c) => c.charCodeAt(0)).concat(name, [0x22, 0x7d]));

describe('library errors in the user’s words', () => {
  it('a storage failure on Save is told from the catalogue, without the browser’s exception text', async () => {
    const broken = breakableStore();
    const tab = setUpWorkflow(createMemoryHost({ kv: Object.assign(broken.kv, { data: broken.inner.data }) }));
    tab.setRate(0.1);
    tab.answer('ok', 'Plan');
    await tab.commands.save();
    tab.setRate(0.2);
    broken.state.closed = true;
    expect(await tab.commands.save()).toBe(false);
    const text = tab.notices.at(-1)?.text ?? '';
    expect(text).toBe(t('file.saveFailed', { name: 'Plan', message: t('libraryError.storage.read') }));
    expect(text).not.toContain('connection is closing');
  });

  it('a scenario deleted elsewhere says to use Save As, not a storage error', async () => {
    const tab = setUpWorkflow();
    tab.answer('ok', 'Plan');
    await tab.commands.save();
    const ref = tab.workflow.getSnapshot().current.ref!;
    expect(await tab.host.deleteScenario(ref)).toMatchObject({ ok: true });
    tab.setRate(0.2);
    expect(await tab.commands.save()).toBe(false);
    expect(tab.notices.at(-1)).toMatchObject({ text: t('file.saveNotInLibrary', { name: 'Plan' }), action: { label: t('file.exportCopy') } });
  });

  it('a library card for a Latin-1 file names the byte, what it is in Latin-1, and how to fix it', async () => {
    const place = diskPlace();
    const { library } = sessionsOver(place).start();
    const bytes = scenarioBytes([0x43, 0x61, 0x66, 0xe9]);
    await place.putRaw('cafe.puente.json', bytes);
    const list = await library.listScenarios();
    const entry = list.ok ? list.value[0] : undefined;
    expect(entry && libraryErrorText({ code: entry.status, detail: entry.detail })).toBe(
      t('libraryError.notUtf8Latin1', { byte: '0xE9', position: bytes.indexOf(0xe9) + 1, character: 'é' }),
    );
  });

  it('a folder handed to Open gets the catalogue’s sentence, not the disk adapter’s', async () => {
    const place = diskPlace();
    const { library } = sessionsOver(place).start();
    await mustSave(library, doc('Plan', 0.1));
    const folder = join(place.libraryDir, 'folder.puente.json');
    mkdirSync(folder);
    const opened = await library.openLocator(folder);
    expect(opened).toMatchObject({ ok: false, code: 'wrong-format' });
    expect(!opened.ok && libraryErrorText(opened)).toBe(t('libraryError.notAFile'));
  });

  it('a UTF-16 file (Notepad’s “Unicode”) is explained as UTF-16, not as Latin-1 (review finding 12)', async () => {
    const tab = setUpWorkflow();
    const text = '{"format":"puente-scenario","schemaVersion":1,"name":"Plan"}';
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
    tab.host.queueImport('plan.puente.json', utf16);
    await tab.commands.importFile();
    const shown = tab.notices.at(-1)?.text ?? '';
    expect(shown).toBe(t('file.importFailed', { message: t('libraryError.utf16') }));
    expect(shown).not.toContain('Latin-1');
  });
});
