import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
};
const io: CliIo = {
  async readText(path) {
    const text = files[path];
    return text === undefined ? { ok: false, message: `${path}: no such file.` } : { ok: true, text };
  },
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

  it('writes CSV with one row per region, run and output and a column per year', async () => {
    const out = await run('project', 'sdg.puente.json', '--format', 'csv', '--country', 'COL');
    const lines = out.stdout.trim().split('\r\n');
    expect(lines[0]).toBe(['scenario', 'region', 'run', 'output', 'unit', ...YEARS].join(','));
    // Plus one row per observed output (run "observed").
    expect(lines).toHaveLength(1 + RUN_IDS.length * OUTPUT_IDS.length + 5);
    expect(lines.some((l) => l.startsWith('SDG 10.c by 2030,COL,observed,venezuelans,persons,'))).toBe(true);
    expect(lines[1]?.startsWith('SDG 10.c by 2030,COL,baseline,remittancesUsd,USD,')).toBe(true);
  });

  it.each([
    [['project', 'missing.json'], /missing\.json: no such file/],
    [['project', 'future.puente.json'], /newer version of Puente/],
    [['project', 'range.puente.json'], /levers\.regularisationRatePerYear is 3, out of range; allowed 0 to 1/],
    [['project', 'sdg.puente.json', '--country', 'XYZ'], /--country XYZ is not a country code/],
    [['project', 'sdg.puente.json', '--format', 'xml'], /--format must be "json" or "csv"/],
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
});
