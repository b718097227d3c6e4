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
