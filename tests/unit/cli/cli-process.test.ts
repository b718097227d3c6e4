// The command line as a real process, where the terminal and pipes are real: `… | head` and hostile echoes.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');

describe('cli when its reader goes away', () => {
  it('`baseline | head` exits quietly with code 0, no EPIPE stack trace (D13)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'baseline'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `head`: read the first chunk, then close the pipe.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 30_000);
});

describe('cli reading a file that is not UTF-8 (D9)', () => {
  it('refuses a Latin-1 scenario with a message saying how to fix it', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'puente-cli-')), 'cafe.puente.json');
    writeFileSync(file, Buffer.concat([Buffer.from('{"format":"puente-scenario","schemaVersion":1,"name":"Caf'), Buffer.from([0xe9]), Buffer.from('"}')]));
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'project', file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/not UTF-8 text.*Latin-1/);
  }, 30_000);
});
