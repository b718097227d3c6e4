import { spawn } from 'node:child_process';
import * as fs from 'node:fs/promises';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTempName, writeFileAtomic, type AtomicFs } from '../../../electron/files/atomic-write';

const freshDir = () => mkdtempSync(join(tmpdir(), 'puente-atomic-'));
const OLD = JSON.stringify({ name: 'old', padding: 'o'.repeat(50_000) });
const NEW = JSON.stringify({ name: 'new', padding: 'n'.repeat(80_000) });

type Step = 'open' | 'writeFile' | 'sync' | 'close' | 'rename';

/** A real file system that fails (as a crash would stop it) at one step. */
function failingAt(step: Step): AtomicFs {
  const crash = () => Promise.reject(Object.assign(new Error(`simulated crash at ${step}`), { code: 'EIO' }));
  return {
    async open(path, flags) {
      if (step === 'open') return crash();
      const handle = await fs.open(path, flags);
      return {
        writeFile: (data: string | Uint8Array) => (step === 'writeFile' ? handle.writeFile(String(data).slice(0, 100)).then(crash) : handle.writeFile(data)),
        sync: () => (step === 'sync' ? crash() : handle.sync()),
        close: () => handle.close(),
      } as Awaited<ReturnType<AtomicFs['open']>>;
    },
    rename: (from, to) => (step === 'rename' ? crash() : fs.rename(from, to)),
    unlink: (path) => fs.unlink(path),
  };
}

describe('atomic write', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const dir = freshDir();
    const target = join(dir, 'plan.puente.json');
    writeFileSync(target, OLD);
    await writeFileAtomic(target, NEW);
    expect(readFileSync(target, 'utf8')).toBe(NEW);
    expect(readdirSync(dir)).toEqual(['plan.puente.json']);
  });

  it.each<Step>(['open', 'writeFile', 'sync', 'rename'])('a crash at %s leaves the old file whole and no temp file', async (step) => {
    const dir = freshDir();
    const target = join(dir, 'plan.puente.json');
    writeFileSync(target, OLD);
    await expect(writeFileAtomic(target, NEW, { fs: failingAt(step) })).rejects.toThrow(/simulated crash/);
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(readdirSync(dir).filter(isTempName)).toEqual([]);
  });

  it('retries a rename held by an antivirus lock, then succeeds', async () => {
    const dir = freshDir();
    const target = join(dir, 'plan.puente.json');
    writeFileSync(target, OLD);
    let locked = 2;
    const lockedFs: AtomicFs = {
      open: (p, f) => fs.open(p, f),
      rename: (from, to) => (locked-- > 0 ? Promise.reject(Object.assign(new Error('busy'), { code: 'EBUSY' })) : fs.rename(from, to)),
      unlink: (p) => fs.unlink(p),
    };
    await writeFileAtomic(target, NEW, { fs: lockedFs, sleep: async () => undefined });
    expect(readFileSync(target, 'utf8')).toBe(NEW);
  });

  it('serialises concurrent writes to one file: the last call wins and every write is whole', async () => {
    const dir = freshDir();
    const target = join(dir, 'plan.puente.json');
    const contents = Array.from({ length: 20 }, (_, i) => JSON.stringify({ i, pad: 'x'.repeat(10_000 + i) }));
    await Promise.all(contents.map((c) => writeFileAtomic(target, c)));
    expect(readFileSync(target, 'utf8')).toBe(contents[contents.length - 1]);
    expect(readdirSync(dir)).toEqual(['plan.puente.json']);
  });
});

describe('fault test: the writing process is killed mid-save, again and again', () => {
  it('every time, the file parses and holds either the old or the new content', async () => {
    const dir = freshDir();
    const target = join(dir, 'plan.puente.json');
    writeFileSync(target, JSON.stringify({ generation: 0, pad: '' }));
    const writer = join(__dirname, 'fixtures/write-forever.mts');
    const rounds = 12;
    let lastGeneration = 0;
    for (let round = 0; round < rounds; round += 1) {
      const child = spawn(process.execPath, ['--import', 'tsx', writer, target], { stdio: ['ignore', 'pipe', 'inherit'] });
      // Wait until the child has started saving, then kill it at a random moment of a save.
      await new Promise<void>((resolve, reject) => {
        child.stdout.once('data', () => resolve());
        child.once('exit', (code) => reject(new Error(`writer exited early with code ${code}`)));
      });
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 60));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      const parsed = JSON.parse(readFileSync(target, 'utf8')) as { generation: number; pad: string };
      expect(parsed.pad).toBe('p'.repeat(parsed.generation % 7 * 20_000));
      expect(parsed.generation).toBeGreaterThanOrEqual(lastGeneration);
      lastGeneration = parsed.generation;
    }
    expect(lastGeneration).toBeGreaterThan(0);
  }, 120_000);
});
