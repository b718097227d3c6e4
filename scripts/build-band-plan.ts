// Writes data/model/band-plan.json: the direction of every uncertain parameter's effect, per country and output, for
// the bundled baseline (shared/model/bands.ts). Finding it takes about a second of model runs; stored, the app starts
// without them. Run by `npm run data:build`; tests/unit/model/band-plan.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { modelBaseline } from '../shared/data';
import { bandPlanJson } from '../shared/model/bands';

const file = new URL('../data/model/band-plan.json', import.meta.url);
const plan = bandPlanJson(modelBaseline());
// One line per country keeps the file small and its diffs readable.
const { countries, ...head } = plan;
const lines = Object.entries(countries).map(([iso3, c]) => `  ${JSON.stringify(iso3)}: ${JSON.stringify(c)}`);
const top = Object.entries(head).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
writeFileSync(file, `{\n${top.map((l) => ` ${l},`).join('\n')}\n "countries": {\n${lines.join(',\n')}\n }\n}\n`);
console.log(`Wrote data/model/band-plan.json: ${Object.keys(plan.countries).length} countries, ${Object.values(plan.countries).reduce((n, c) => n + c.groups.length, 0)} groups`);
