// Runs tests/model-checks/checks.json: every preset scenario × every predicate, on the bundled baseline.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { modelBaseline } from '../../shared/data';
import { OUTPUT_IDS, project, RUN_IDS } from '../../shared/model';
import { parseScenarioValue, SCENARIO_RULES, toScenarioInputs } from '../../shared/scenario';
import type { Projection } from '../../shared/model';

const rule = z
  .object({
    gte: z.number().optional(),
    lte: z.number().optional(),
    lteOutput: z.enum(OUTPUT_IDS).optional(),
    gteRun: z.enum(RUN_IDS).optional(),
    equalsRun: z.enum(RUN_IDS).optional(),
    ltePctOfGdp: z.number().optional(),
  })
  .strict();
const spec = z
  .object({
    about: z.string(),
    presets: z.record(z.string(), z.unknown()),
    checks: z.array(
      z
        .object({
          describe: z.string(),
          outputs: z.array(z.enum(OUTPUT_IDS)).min(1),
          regions: z.union([z.literal('*'), z.array(z.string()).min(1)]),
          runs: z.array(z.enum(RUN_IDS)).min(1),
          rule,
          presets: z.array(z.string()).optional(),
        })
        .strict(),
    ),
  })
  .strict()
  .parse(JSON.parse(readFileSync(new URL('./checks.json', import.meta.url), 'utf8')));

const baseline = modelBaseline();
const projections = new Map<string, Projection>(
  Object.entries(spec.presets).map(([name, raw]) => {
    // Presets are read exactly as a scenario file would be.
    const doc = parseScenarioValue({ format: 'puente-scenario', schemaVersion: 1, name, ...(raw as object) }, SCENARIO_RULES);
    if (!doc.ok) throw new Error(`preset "${name}": ${doc.message}`);
    return [name, project(baseline, toScenarioInputs(doc.value))];
  }),
);

describe('model checks (tests/model-checks/checks.json)', () => {
  for (const check of spec.checks) {
    for (const preset of check.presets ?? Object.keys(spec.presets)) {
      it(`${check.describe} [${preset}]`, () => {
        const p = projections.get(preset);
        if (!p) throw new Error(`unknown preset ${preset}`);
        const regions = check.regions === '*' ? Object.keys(p.regions) : check.regions;
        const failures: string[] = [];
        for (const region of regions) {
          const runs = p.regions[region];
          if (!runs) throw new Error(`unknown region ${region}`);
          for (const run of check.runs) {
            for (const output of check.outputs) {
              runs[run][output].forEach((v, i) => {
                if (v === null) return;
                const where = `${region} ${run} ${output} [${p.years[i]}] = ${v}`;
                const r = check.rule;
                const other = (o: number | null | undefined): number => o ?? NaN;
                if (r.gte !== undefined && !(v >= r.gte - 1e-9)) failures.push(`${where} < ${r.gte}`);
                if (r.lte !== undefined && !(v <= r.lte)) failures.push(`${where} > ${r.lte}`);
                if (r.lteOutput && !(v <= other(runs[run][r.lteOutput][i]) * (1 + 1e-12))) failures.push(`${where} > ${r.lteOutput}`);
                if (r.gteRun && !(v >= other(runs[r.gteRun][output][i]) * (1 - 1e-12))) failures.push(`${where} < ${r.gteRun}`);
                if (r.equalsRun && v !== runs[r.equalsRun][output][i]) failures.push(`${where} differs from ${r.equalsRun}`);
                if (r.ltePctOfGdp !== undefined) {
                  const rem = runs[run].remittancesUsd[i];
                  const pct = runs[run].remittancesPctGdp[i];
                  if (rem != null && pct) {
                    const gdp = (rem / pct) * 100;
                    if (!((v / gdp) * 100 <= r.ltePctOfGdp)) failures.push(`${where} is ${((v / gdp) * 100).toFixed(2)}% of GDP`);
                  }
                }
              });
            }
          }
        }
        expect(failures.slice(0, 10)).toEqual([]);
      });
    }
  }
});
