// The command line printing through the Electron binary: success is a PDF in the output file, not an exit code.
// A stand-in program plays the binary (the real one is not installed on build machines).
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliText } from '../../../cli/messages';
import { openElectronRenderer } from '../../../cli/report';
import type { PrintJob } from '../../../shared/print/print-job';
import { defaultScenario } from '../../../shared/scenario';

const job: PrintJob = { kind: 'scenario', documents: [defaultScenario('Plan')], region: 'COL', page: { paper: 'a4', landscape: false }, generatedAt: '2026-12-02T10:00:00Z', appVersion: '0.1.0' };

const text = cliText('en');

/** A program that stands in for `electron <app> --puente-print=JOB --puente-print-out=OUT`. */
function standIn(script: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'puente-fake-electron-')), 'electron');
  writeFileSync(file, `#!/bin/sh\nout=""\nfor a in "$@"; do case "$a" in --puente-print-out=*) out="\${a#--puente-print-out=}";; esac; done\n${script}\n`);
  chmodSync(file, 0o755);
  return file;
}

describe.skipIf(process.platform === 'win32')('printing with the desktop app’s binary', () => {
  it('hands back the PDF the print launch wrote', async () => {
    const result = await openElectronRenderer(standIn('printf "%%PDF-1.7" > "$out"; exit 0'), text).render(job);
    expect(result.ok && Buffer.from(result.value).toString()).toBe('%PDF-1.7');
  });

  it('says in one line that nothing was printed when the launch exits 0 without a PDF (an old build that handed over to an open Puente)', async () => {
    const result = await openElectronRenderer(standIn('exit 0'), text).render(job);
    expect(result).toMatchObject({ ok: false, code: 'render' });
    if (!result.ok) {
      expect(result.message).toMatch(/^The desktop app did not print the report \(exit code 0\); run "npm run build:electron"/);
      expect(result.message).not.toContain('\n');
      expect(result.message).not.toMatch(/ENOENT/);
    }
  });

  it('passes on the launch’s own one-line reason', async () => {
    const result = await openElectronRenderer(standIn('echo "Gtk-Message: noise" >&2; echo "puente-print: render {\\"reason\\":\\"timeout\\"}: not ready" >&2; exit 1'), text).render(job);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.message).toContain('(render {"reason":"timeout"}: not ready)');
  });
});
