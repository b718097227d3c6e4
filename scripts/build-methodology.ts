// Rewrites the generated tables in docs/methodology.md, its Spanish edition docs/methodology.es.md (the same tables
// in Spanish) and docs/data.md from data/.
import { readFileSync, writeFileSync } from 'node:fs';
import { withFreshDataTables, withFreshTables } from './methodology-tables';

const editions: readonly (readonly [string, (doc: string) => string])[] = [
  ['methodology', (doc) => withFreshTables(doc, 'en')],
  ['methodology.es', (doc) => withFreshTables(doc, 'es')],
  ['data', withFreshDataTables],
];
for (const [name, fresh] of editions) {
  const file = new URL(`../docs/${name}.md`, import.meta.url);
  writeFileSync(file, fresh(readFileSync(file, 'utf8')));
  console.log(`docs/${name}.md: generated tables regenerated`);
}
