// Rewrites the generated tables in docs/methodology.md, its Spanish edition docs/methodology.es.md (the tables as the
// code writes them) and docs/data.md from data/.
import { readFileSync, writeFileSync } from 'node:fs';
import { withFreshDataTables, withFreshTables } from './methodology-tables';

for (const [name, fresh] of [['methodology', withFreshTables], ['methodology.es', withFreshTables], ['data', withFreshDataTables]] as const) {
  const file = new URL(`../docs/${name}.md`, import.meta.url);
  writeFileSync(file, fresh(readFileSync(file, 'utf8')));
  console.log(`docs/${name}.md: generated tables regenerated`);
}
