// fflate for the page, without Web Workers. fflate's zip() compresses each file over 160 kB in a Worker built from a
// blob: URL, and the page's Content-Security-Policy (index.html) allows no blob: workers. vite.config.mts points
// "fflate" here, so the workbook writer (write-excel-file) zips on the page's own thread: the same bytes, and about
// a quarter of a second for the workbook of every country. The command line keeps fflate's Node build.
import { zipSync, type AsyncZipOptions, type AsyncZippable, type FlateCallback, type Zippable } from 'fflate/browser';

export * from 'fflate/browser';

/** fflate's zip(), done synchronously and answered on a microtask (as fflate itself does for small files). */
export function zip(data: AsyncZippable, optsOrCallback: AsyncZipOptions | FlateCallback, callback?: FlateCallback): () => void {
  const done = callback ?? (optsOrCallback as FlateCallback);
  const opts = callback ? (optsOrCallback as AsyncZipOptions) : {};
  try {
    const archive = zipSync(data as Zippable, opts);
    queueMicrotask(() => done(null, archive));
  } catch (e) {
    queueMicrotask(() => done(e as Parameters<FlateCallback>[0], new Uint8Array()));
  }
  return () => undefined;
}
