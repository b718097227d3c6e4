import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../cli/run';
import { OUTPUT_IDS, RUN_IDS, YEARS } from '../../../shared/model/types';

const files: Record<string, string> = {
  'sdg.puente.json': JSON.stringify({
    format: 'puente-scenario', schemaVersion: 1, name: 'SDG 10.c by 2030',
    levers: { remittanceCostTargetPct: 3, remittanceCostTargetYear: 2030, regularisationRatePerYear: 0.25, absorptionCapacity: 'medium', inflowPath: 'central' },
    countries: { COL: { regularisationRatePerYear: 0.5 } },
  }),
  'future.puente.json': '{"format":"puente-scenario","schemaVersion":7}',
  'range.puente.json': '{"format":"puente-scenario","schemaVersion":1,"levers":{"regularisationRatePerYear":3}}',
  // Hostile files for D11: escape codes that would retitle the terminal or clear it, and a 4 MB value.
  'escape-key.puente.json': JSON.stringify({ format: 'puente-scenario', schemaVersion: 1, levers: { '\u001b]0;pwned\u0007\u001b[2J': 1 } }),
  'escape-json.puente.json': '{"format": \u001b]0;pwned\u0007\u001b[2J}',
  'huge-value.puente.json': JSON.stringify({ format: 'puente-scenario', schemaVersion: 1, levers: { regularisationRatePerYear: 'A'.repeat(4_000_000) } }),
  'huge-key.puente.json': JSON.stringify({ format: 'puente-scenario', schemaVersion: 1, parameters: { ['k'.repeat(8_000)]: 1 } }),
};
const io: CliIo = {
  async readText(path) {
    const text = files[path];
    return text === undefined ? { ok: false, message: `${path}: no such file.` } : { ok: true, text };
  },
  checkOutput: async () => null,
  printPdf: async () => ({ ok: false, message: 'no browser in unit tests' }),
  now: () => new Date('2026-12-02T10:00:00Z'),
};
const run = (...argv: string[]) => runCli(argv, io);

describe('cli project', () => {
  it('prints years, then every country and LAC with the four runs of every output aligned with the years', async () => {
    const out = await run('project', 'sdg.puente.json', '--format', 'json');
    expect(out.exitCode).toBe(0);
    expect(out.stderr).toBe('');
    const json = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(json.years).toEqual([...YEARS]);
    for (const region of ['LAC', 'COL', 'MEX', 'HTI', 'PER']) {
      const runs = json[region] as Record<string, Record<string, unknown[]>>;
      expect(Object.keys(runs).sort()).toEqual([...RUN_IDS].sort());
      for (const runId of RUN_IDS) {
        expect(Object.keys(runs[runId] ?? {}).sort()).toEqual([...OUTPUT_IDS].sort());
        for (const series of Object.values(runs[runId] ?? {})) expect(series).toHaveLength(YEARS.length);
      }
    }
  });

  it('shows a 3% cost cap as fee savings where the cost is above it (Peru), and none where it is already below (Mexico)', async () => {
    const last = YEARS.length - 1;
    const per = JSON.parse((await run('project', 'sdg.puente.json', '--country', 'PER')).stdout);
    expect(per.PER.baseline.feeSavingsUsd[last]).toBe(0);
    expect(per.PER.scenario.feeSavingsUsd[last]).toBeGreaterThan(0);
    expect(Object.keys(per)).toEqual(['years', 'observed', 'PER']);
    const mex = JSON.parse((await run('project', 'sdg.puente.json', '--country', 'MEX')).stdout);
    expect(mex.MEX.scenario.remittanceCostPct).toEqual(mex.MEX.baseline.remittanceCostPct);
    expect(mex.MEX.scenario.feeSavingsUsd[last]).toBe(0);
  });

  it('runs 2018-2035 with the Venezuelans, immigrants, cost and cumulative permits series, and the observed values with their records', async () => {
    const json = JSON.parse((await run('project', 'sdg.puente.json', '--country', 'COL')).stdout);
    expect(json.years[0]).toBe(2018);
    expect(json.years.at(-1)).toBe(2035);
    for (const series of ['venezuelans', 'immigrants', 'remittanceCostPct', 'permitsCumulative']) expect(json.COL.baseline[series]).toHaveLength(json.years.length);
    const observed = json.observed.COL.remittancesUsd['2023'];
    expect(observed).toMatchObject({ record: 'observed:remittances.COL.remittances_usd.2023', source: 'WDI BX.TRF.PWKR.CD.DT personal remittances received (S1)' });
    expect(json.COL.baseline.remittancesUsd[json.years.indexOf(2023)]).toBe(observed.value);
    expect(json.observed.COL.venezuelans['2025']).toMatchObject({ source: 'UNHCR population statistics, origin VEN, by country of asylum (S3)' });
  });

  it('keeps old scenario files working: a version-1 file with retired parameters still projects', async () => {
    files['old.puente.json'] = JSON.stringify({ format: 'puente-scenario', schemaVersion: 1, levers: { inflowPath: 'high' }, parameters: { inflowHigh2025: 12_000_000, costSemiElasticity: 1 } });
    const out = await run('project', 'old.puente.json', '--country', 'COL');
    expect(out.exitCode).toBe(0);
    expect(JSON.parse(out.stdout).COL.scenario.venezuelans).toHaveLength(YEARS.length);
  });

  it('writes CSV with one row per region, output and run, a column per year, and the provenance on each row', async () => {
    const out = await run('project', 'sdg.puente.json', '--format', 'csv', '--country', 'COL');
    const lines = out.stdout.trim().split('\r\n');
    expect(lines[0]).toBe(['scenario', 'fingerprint', 'baseline_dataset', 'baseline_version', 'region', 'place', 'run', 'output', 'unit', ...YEARS, 'source'].join(','));
    expect(lines).toHaveLength(1 + RUN_IDS.length * OUTPUT_IDS.length);
    expect(lines[1]).toMatch(/^SDG 10\.c by 2030,[0-9a-f]{12},lac-baseline-2019\+observed-2025,\d+\.\d+\.\d+\+\d+\.\d+\.\d+,COL,Colombia,baseline,remittancesUsd,USD,/);
    expect(lines[2]).toMatch(/,COL,Colombia,scenario,remittancesUsd,USD,/);
  });

  it.each([
    [['project', 'missing.json'], /missing\.json: no such file/],
    [['project', 'future.puente.json'], /newer version of Puente/],
    [['project', 'range.puente.json'], /Regularisation rate must be between 0 and 100 % per year \(the file says 300 % per year\)\./],
    [['project', 'sdg.puente.json', '--country', 'XYZ'], /--country "XYZ" is not a country code/],
    [['project', 'sdg.puente.json', '--format', 'xml'], /--format must be "json", "csv" or "xlsx"/],
    [['project', 'sdg.puente.json', '--format', 'xlsx'], /--format xlsx writes a workbook file: add --out FILE\.xlsx/],
    [['project', 'sdg.puente.json', '--format', 'xlsx', '--out', 'col.csv'], /--out must end in \.xlsx/],
    [['project', 'sdg.puente.json', '--out'], /--out needs a file name/],
    [['baseline', '--format', 'xlsx', '--out', 'b.xlsx'], /applies to "project" only/],
    [['project', 'missing.json', '--format', 'xlsx', '--out', 'x.xlsx'], /missing\.json: no such file/],
    [['project'], /needs exactly one scenario file/],
    [['frobnicate'], /Unknown command/],
  ])('%j exits 2 with one clear message', async (argv, message) => {
    const out = await run(...argv);
    expect(out.exitCode).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
    expect(out.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('cli echoes of hostile input (D11)', () => {
  // ESC, BEL and the other C0/C1 controls must never reach the terminal; echoes are cut to about 80 characters.
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  it.each([
    ['a key with escape codes', ['project', 'escape-key.puente.json']],
    ['JSON broken by escape codes', ['project', 'escape-json.puente.json']],
    ['a 4 MB bad value', ['project', 'huge-value.puente.json']],
    ['an 8 KB parameter id', ['project', 'huge-key.puente.json']],
    ['--country with escape codes', ['project', 'sdg.puente.json', '--country', `X${'\u001b[2J'.repeat(2000)}`]],
    ['a 10 KB --country', ['project', 'sdg.puente.json', '--country', 'C'.repeat(10_000)]],
    ['a 6 KB path', ['project', `${'d/'.repeat(3000)}missing.puente.json`]],
    ['an option with escape codes', ['project', 'sdg.puente.json', `--\u001b]0;pwned\u0007`]],
    ['a long command with escape codes', [`\u001b[2J${'v'.repeat(6000)}`]],
    ['a long file argument to baseline', ['baseline', `\u001b[2J${'f'.repeat(6000)}`]],
  ])('%s: one short message without control characters', async (_label, argv) => {
    const out = await run(...argv);
    expect(out.exitCode).toBe(2);
    const message = out.stderr.split('\n\nUsage:')[0] ?? '';
    expect(message).not.toMatch(CONTROL);
    expect(message.length).toBeLessThan(620);
  });

  it('still names the offending lever, with what the file says quoted and cut', async () => {
    const out = await run('project', 'huge-value.puente.json');
    expect(out.stderr).toMatch(/Regularisation rate must be a number between 0 and 100 % per year \(the file says "A+…\)\./);
    expect(out.stderr).toContain('…');
  });
});

describe('cli baseline', () => {
  it('prints the dataset with source, vintage and confidence on every record', async () => {
    const out = await run('baseline', '--format', 'json');
    const json = JSON.parse(out.stdout);
    expect(json.manifest.sha256).toMatch(/^[0-9a-f]{64}$/);
    const records = Object.values(json.dataset.tables).flat() as Record<string, unknown>[];
    expect(records.length).toBeGreaterThan(500);
    for (const r of records) for (const key of ['source', 'vintage', 'confidence', 'unit']) expect(r).toHaveProperty(key);
  });

  it('prints CSV whose rows keep the provenance columns', async () => {
    const out = await run('baseline', '--format', 'csv');
    const [header] = out.stdout.split('\r\n');
    expect(header).toBe('id,table,iso3,indicator,value,unit,year,source,vintage,confidence,note');
    expect(out.stdout).toContain('from paper');
  });
});

describe('cli as a real process', () => {
  it('writes JSON to stdout only and exits 2 with a message on stderr for bad input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'puente-cli-'));
    const bad = join(dir, 'bad.puente.json');
    writeFileSync(bad, '{"format":"puente-scenario","schemaVersion":1,"countries":{"__proto__":{}}}');
    const exec = promisify(execFile);
    const failure = await exec('npx', ['tsx', 'cli/main.ts', 'project', bad]).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 2, stdout: '' });
    expect((failure as { stderr: string }).stderr).toMatch(/cannot be opened safely/);
  }, 30_000);

  it('writes the workbook to --out, and on bad input says why, exits 2 and leaves an earlier file untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'puente-cli-'));
    const good = join(dir, 'sdg.puente.json');
    const bad = join(dir, 'range.puente.json');
    const out = join(dir, 'colombia.xlsx');
    writeFileSync(good, files['sdg.puente.json'] as string);
    writeFileSync(bad, files['range.puente.json'] as string);
    const exec = promisify(execFile);
    const made = await exec('npx', ['tsx', 'cli/main.ts', 'project', good, '--format', 'xlsx', '--country', 'COL', '--out', out]);
    expect(made.stdout).toBe('');
    const workbook = readFileSync(out);
    expect([...workbook.subarray(0, 2)]).toEqual([0x50, 0x4b]); // an .xlsx is a zip
    const failure = await exec('npx', ['tsx', 'cli/main.ts', 'project', bad, '--format', 'xlsx', '--out', out]).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 2, stdout: '' });
    expect((failure as { stderr: string }).stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(out).equals(workbook)).toBe(true);
    const noFolder = await exec('npx', ['tsx', 'cli/main.ts', 'project', good, '--format', 'xlsx', '--out', join(dir, 'missing', 'x.xlsx')]).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(noFolder).toMatchObject({ code: 2 });
    expect((noFolder as { stderr: string }).stderr).toMatch(/cannot be written \(no such folder\); nothing was written/);
    expect(readdirSync(dir).sort()).toEqual(['colombia.xlsx', 'range.puente.json', 'sdg.puente.json']);
  }, 60_000);
});

describe('cli report', () => {
  const printing = (over: Partial<CliIo> = {}) => {
    const jobs: unknown[] = [];
    const fake: CliIo = {
      ...io,
      printPdf: async (job) => {
        jobs.push(job);
        return { ok: true, pdf: new Uint8Array([0x25, 0x50, 0x44, 0x46]) };
      },
      ...over,
    };
    return { fake, jobs };
  };

  it('prints one scenario as a scenario report for the place asked, on the paper asked', async () => {
    const { fake, jobs } = printing();
    const out = await runCli(['report', 'sdg.puente.json', '--out', 'sdg.pdf', '--country', 'per', '--paper', 'letter', '--landscape'], fake);
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toBe('');
    expect(jobs[0]).toMatchObject({ kind: 'scenario', region: 'PER', page: { paper: 'letter', landscape: true }, generatedAt: '2026-12-02T10:00:00.000Z' });
    expect(out.file).toEqual({ path: 'sdg.pdf', data: new Uint8Array([0x25, 0x50, 0x44, 0x46]) });
  });

  it('--lang gives the print view the report’s language and its main region’s format; English by default', async () => {
    const { fake, jobs } = printing();
    expect((await runCli(['report', 'sdg.puente.json', '--out', 'sdg.pdf', '--lang', 'es'], fake)).exitCode).toBe(0);
    expect(jobs[0]).toMatchObject({ language: 'es', formatLocale: 'es-419' });
    expect((await runCli(['report', 'sdg.puente.json', '--out', 'sdg.pdf'], fake)).exitCode).toBe(0);
    expect(jobs[1]).toMatchObject({ language: 'en', formatLocale: 'en-US' });
    // The command line's own words follow --lang too.
    const written = await runCli(['report', 'sdg.puente.json', '--out', 'sdg.pdf', '--lang', 'fr'], fake);
    expect(written.stderr).toBe('puente: sdg.pdf écrit\n');
    const place = await runCli(['report', 'sdg.puente.json', '--out', 'sdg.pdf', '--country', 'ATL', '--lang', 'es'], fake);
    expect(place.stderr).toMatch(/--country "ATL" no es un código de país/);
    const bad = await runCli(['report', 'sdg.puente.json', '--out', 'sdg.pdf', '--lang', 'de'], fake);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/--lang must be "es" \(Español\), "pt" \(Português\), "fr" \(Français\) or "en" \(English\), alone or with a region \(es-CO\); got "de"/);
  });

  it('prints two to four scenarios as a comparison; the place defaults to the first scenario’s view', async () => {
    const { fake, jobs } = printing();
    expect((await runCli(['report', 'sdg.puente.json', 'sdg.puente.json', '--out', 'c.pdf'], fake)).exitCode).toBe(0);
    expect(jobs[0]).toMatchObject({ kind: 'comparison', region: 'LAC', page: { paper: 'a4', landscape: false } });
  });

  it.each([
    [['report', 'sdg.puente.json'], /needs --out/],
    [['report', '--out', 'x.pdf'], /needs one scenario file/],
    [['report', 'range.puente.json', '--out', 'x.pdf'], /Regularisation rate must be between 0 and 100 %/],
    [['report', 'future.puente.json', '--out', 'x.pdf'], /newer version/],
    [['report', 'sdg.puente.json', '--out', 'x.pdf', '--country', 'ATL'], /--country "ATL" is not a country code/],
    [['report', 'sdg.puente.json', '--out', 'x.pdf', '--format', 'csv'], /always a PDF/],
    [['project', 'sdg.puente.json', '--landscape'], /apply to "report" only/],
    [['report', 'sdg.puente.json', '--out', 'x.pdf', '--format', 'xlsx'], /always a PDF/],
  ])('refuses %j with exit 2, one message, nothing printed or written', async (argv, message) => {
    const { fake, jobs } = printing();
    const out = await runCli(argv, fake);
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(jobs).toHaveLength(0);
    expect(out.file).toBeUndefined();
  });

  it('refuses an output the folder check rejects, before printing', async () => {
    const { fake, jobs } = printing({ checkOutput: async () => '--out reports is a folder' });
    const out = await runCli(['report', 'sdg.puente.json', '--out', 'reports'], fake);
    expect(out.exitCode).toBe(2);
    expect(jobs).toHaveLength(0);
  });

  it('exits 1 with the browser’s message when no browser can print, and writes nothing', async () => {
    const { fake } = printing({ printPdf: async () => ({ ok: false, message: 'No browser to print the report with.' }) });
    const out = await runCli(['report', 'sdg.puente.json', '--out', 'x.pdf'], fake);
    expect(out).toMatchObject({ exitCode: 1, stderr: 'puente: No browser to print the report with.\n' });
    expect(out.file).toBeUndefined();
  });
});
