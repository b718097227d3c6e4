// Entry point. zod is told not to compile validators with `new Function` (the app's Content-Security-Policy forbids
// eval) before any other module runs: the rest of the app is loaded afterwards, so no module-level parse (the
// bundled dataset, the catalogues) can reach zod first, however the bundler orders its chunks.
import './zod-config';

void import('./boot');
