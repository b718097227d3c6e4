// Rewrites the generated tables in docs/methodology.md from data/model.
import { readFileSync, writeFileSync } from 'node:fs';
import { withFreshTables } from './methodology-tables';

const file = new URL('../docs/methodology.md', import.meta.url);
writeFileSync(file, withFreshTables(readFileSync(file, 'utf8')));
console.log('docs/methodology.md: parameter and lever tables regenerated');
