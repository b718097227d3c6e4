// docs/exports.md quotes a real fingerprint, baseline and year range. They went stale once (review finding 13 of
// issue 8); this keeps them equal to what Puente prints for the same example file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../cli/run';
import { computedFingerprint } from '../../../shared/export/provenance';
import { parseScenarioText, SCENARIO_RULES } from '../../../shared/scenario';

const FIXTURE = 'tests/fixtures/scenarios/v1-sdg-by-2030.puente.json';
const DOC = readFileSync('docs/exports.md', 'utf8');
const io: CliIo = { readText: async (path) => ({ ok: true, text: readFileSync(path, 'utf8') }), now: () => new Date('2026-03-04T09:15:00Z') };

describe('the examples in docs/exports.md', () => {
  it('quote the fingerprint Puente computes for the SDG 10.c example file', () => {
    const parsed = parseScenarioText(readFileSync(FIXTURE, 'utf8'), SCENARIO_RULES);
    if (!parsed.ok) throw new Error(parsed.message);
    const quoted = [...DOC.matchAll(/`([0-9a-f]{12})`/g)].map((m) => m[1]);
    expect(quoted.length).toBeGreaterThan(0);
    for (const fingerprint of quoted) expect(fingerprint).toBe(computedFingerprint(parsed.value));
  });

  it('name the CSV’s first and last year columns, its baseline and its units as `project --format csv` writes them', async () => {
    const out = await runCli(['project', FIXTURE, '--format', 'csv', '--country', 'COL'], io);
    expect(out.exitCode).toBe(0);
    const rows = out.stdout.trim().split(/\r?\n/).map((line) => line.split(','));
    const header = rows[0] ?? [];
    const years = header.filter((h) => /^\d{4}$/.test(h));
    expect(DOC).toContain(`| \`${years[0]}\` … \`${years.at(-1)}\` |`);
    const row = rows[1] ?? [];
    expect(DOC).toContain(`\`${row[header.indexOf('baseline_dataset')]}\`, \`${row[header.indexOf('baseline_version')]}\``);
    for (const unit of new Set(rows.slice(1).map((r) => r[header.indexOf('unit')]))) expect(DOC).toContain(`\`${unit}\``);
  });
});
