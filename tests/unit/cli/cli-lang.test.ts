// The command line speaks the language --lang picks (issue 12): argument errors, the usage text, why a scenario file
// was refused or could not be read, why nothing was written. --lang is read before anything else, so an error about
// another argument is already in that language; a bad --lang is said in English, listing the languages there are.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../cli/run';
import { LANGUAGES } from '../../../shared/i18n/languages';

const ROOT = join(__dirname, '../../..');

/** The real entry point, as a user runs it: its exit code and what it printed. */
function cli(...argv: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...argv], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

/**
 * Words of English prose that Spanish never uses. What the user typed (quoted: a file name, a value) and option
 * names stay as typed, so they are taken out first.
 */
const ENGLISH = /\b(the|is|are|must|needs|such|cannot|between|says|file|folder|written|got|only|and|of|from|with|exactly|Usage|prints|writes|default)\b/i;
const prose = (text: string): string => text.replace(/"[^"\n]*"/g, ' ').replace(/--[\w-]+/g, ' ');

const dir = mkdtempSync(join(tmpdir(), 'puente-cli-lang-'));
const scenario = (name: string, content: string | Buffer): string => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};
const good = scenario('sdg.puente.json', JSON.stringify({ format: 'puente-scenario', schemaVersion: 1, name: 'ODS 10.c', levers: { remittanceCostTargetPct: 3 } }));
const truncated = scenario('truncated.puente.json', '{"format":"puente-scenario","schemaVersion":1,"levers":{"remittanceCost');
const outOfRange = scenario('range.puente.json', JSON.stringify({ format: 'puente-scenario', schemaVersion: 1, countries: { PER: { regularisationRatePerYear: 1.4 } } }));
const latin1 = scenario('cafe.puente.json', Buffer.concat([Buffer.from('{"format":"puente-scenario","schemaVersion":1,"name":"Caf'), Buffer.from([0xe9]), Buffer.from('"}')]));

describe('the command line with --lang es, as a real process', () => {
  it('says a bad argument in Spanish, with the usage text in Spanish, wherever --lang stands', async () => {
    const [after, before] = await Promise.all([
      cli('project', good, '--format', 'xml', '--lang', 'es'),
      cli('--lang', 'es', 'project', good, '--format', 'xml'),
    ]);
    for (const run of [after, before]) {
      expect(run).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr).toMatch(/^puente: --format debe ser "json", "csv" o "xlsx"; se recibió "xml"\.\n\nUso:\n/);
      expect(run.stderr).toContain('proyecta el escenario de ARCHIVO');
      expect(prose(run.stderr)).not.toMatch(ENGLISH);
    }
  }, 30_000);

  it('says in Spanish why a scenario file was refused: truncated, a value out of range, not UTF-8', async () => {
    const [broken, range, encoding] = await Promise.all([cli('project', truncated, '--lang', 'es'), cli('project', outOfRange, '--lang', 'es'), cli('project', latin1, '--lang', 'es')]);
    for (const run of [broken, range, encoding]) {
      expect(run).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    // The JSON parser's own reason stays as the engine wrote it (technical, in brackets); the sentence around it is Spanish.
    expect(broken.stderr).toMatch(/^puente: ".*truncated\.puente\.json": El archivo no es JSON válido \(.+\)\. Puede estar truncado o dañado\.\n$/);
    expect(prose(broken.stderr.replace(/\(.+\)/, ''))).not.toMatch(ENGLISH);
    expect(range.stderr).toMatch(/: Tasa de regularización para Perú debe estar entre 0 y 100 % por año \(el archivo indica 140 % por año\)\.\n$/);
    expect(prose(range.stderr)).not.toMatch(ENGLISH);
    expect(encoding.stderr).toMatch(/: El archivo no es texto UTF-8: el byte 0xE9 en la posición \d+ \(que en Latin-1 sería “é”\) no es UTF-8 válido\./);
    expect(prose(encoding.stderr)).not.toMatch(ENGLISH);
  }, 30_000);

  it('says in Spanish that a file does not exist, and that --out cannot be written', async () => {
    const [missing, unwritable] = await Promise.all([
      cli('report', join(dir, 'no-such.puente.json'), '--out', join(dir, 'x.pdf'), '--lang', 'es'),
      cli('project', good, '--format', 'xlsx', '--out', join(dir, 'no-folder', 'x.xlsx'), '--lang', 'es'),
    ]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^puente: ".*no-such\.puente\.json": El archivo no existe\.\n$/);
    expect(prose(missing.stderr)).not.toMatch(ENGLISH);
    expect(unwritable).toMatchObject({ code: 2, stdout: '' });
    expect(unwritable.stderr).toMatch(/^puente: ".*x\.xlsx": no se puede escribir \(la carpeta no existe\); no se escribió nada\.\n$/);
    expect(prose(unwritable.stderr)).not.toMatch(ENGLISH);
  }, 30_000);

  it('prints the usage text in Spanish for help, and takes --lang with baseline (whose data has no words)', async () => {
    const [help, baseline] = await Promise.all([cli('help', '--lang', 'es'), cli('baseline', 'extra.json', '--lang', 'es')]);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Uso:\n {2}npm run -s cli -- baseline \[--format json\|csv\] \[--out ARCHIVO\] \[--lang es\|pt\|fr\|en\]/);
    expect(prose(help.stdout)).not.toMatch(ENGLISH);
    expect(baseline).toMatchObject({ code: 2, stdout: '' });
    expect(baseline.stderr).toMatch(/^puente: "baseline" no recibe ningún archivo; se recibió "extra\.json"\./);
  }, 30_000);

  it('refuses a language it does not have, listing es, pt, fr and en', async () => {
    const run = await cli('project', good, '--lang', 'de');
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^puente: --lang must be "es" \(Español\), "pt" \(Português\), "fr" \(Français\) or "en" \(English\), alone or with a region \(es-CO\); got "de"\.\n\nUsage:/);
  }, 30_000);
});

describe('--lang with a region: the language’s words, that region’s numbers', () => {
  const io: CliIo = { readText: async () => ({ ok: true, text: JSON.stringify({ format: 'puente-scenario', schemaVersion: 1, levers: { regularisationRatePerYear: 1.405 } }) }) };
  it('writes 140,5 % under es-CO and 140.5 % under es-MX, in Spanish both times', async () => {
    const colombia = await runCli(['project', 'x.puente.json', '--lang', 'es-CO'], io);
    const mexico = await runCli(['project', 'x.puente.json', '--lang', 'es-MX'], io);
    expect(colombia.stderr).toContain('debe estar entre 0 y 100 % por año (el archivo indica 140,5 % por año)');
    expect(mexico.stderr).toContain('debe estar entre 0 y 100 % por año (el archivo indica 140.5 % por año)');
  });

  it('refuses a region Intl does not know, or a language it does not have with a region', async () => {
    for (const value of ['es-XYZ123456', 'de-DE', 'es_CO_x']) {
      const run = await runCli(['help', '--lang', value], io);
      expect(run.exitCode, value).toBe(2);
      expect(run.stderr, value).toContain('alone or with a region (es-CO)');
    }
  });
});

describe('every argument error in every language', () => {
  const io: CliIo = { readText: async () => ({ ok: true, text: '{"format":"puente-scenario","schemaVersion":1}' }) };
  const CASES: string[][] = [
    ['frobnicate'],
    ['project', 'a.json', '--frobnicate'],
    ['project', 'a.json', '--format', 'xml'],
    ['report', 'a.json', '--out', 'a.pdf', '--paper', 'a3'],
    ['project', 'a.json', '--country'],
    ['project', 'a.json', '--out'],
    ['project', 'a.json', '--landscape'],
    ['baseline', 'a.json'],
    ['baseline', '--country', 'COL'],
    ['baseline', '--format', 'xlsx', '--out', 'b.xlsx'],
    ['report', 'a.json', '--out', 'a.pdf', '--format', 'csv'],
    ['report', '--out', 'a.pdf'],
    ['report', 'a.json'],
    ['project'],
    ['project', 'a.json', '--format', 'xlsx'],
    ['project', 'a.json', '--format', 'xlsx', '--out', 'a.csv'],
    ['project', 'a.json', '--country', 'XYZ'],
  ];

  it.each(CASES)('%j: a message of its own in es, pt and fr, none of it the English one', async (...argv) => {
    const english = (await runCli(argv, io)).stderr.split('\n')[0] ?? '';
    expect(english).toMatch(/^puente: \S/);
    for (const language of LANGUAGES.filter((l) => l !== 'en')) {
      const out = await runCli([...argv, '--lang', language], io);
      expect(out.exitCode).toBe(2);
      const message = out.stderr.split('\n')[0] ?? '';
      expect(message, language).not.toBe(english);
      expect(message, language).not.toContain(english.replace(/^puente: /, '').split(/[;:.]/)[0]);
    }
  });
});
