// Builds the renderer (renderer/) into dist/. Relative asset paths so the same bundle loads in Electron (file/app://) and on the web.
// `--mode bench` builds the bench flavour into dist-bench/: the same app plus the hooks the UI bench reads
// (renderer/bench/bench-hooks.ts), which production builds leave out.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { sourceStamp, VIEW_STAMP_FILE } from './scripts/view-stamp.mjs';

/** dist/view-stamp.json: the hash of the sources this bundle is built from, so `report` can tell it is current. */
const viewStamp = (): Plugin => ({
  name: 'puente-view-stamp',
  async generateBundle() {
    const stamp = await sourceStamp(fileURLToPath(new URL('.', import.meta.url)));
    this.emitFile({ type: 'asset', fileName: VIEW_STAMP_FILE, source: `${JSON.stringify({ stamp })}\n` });
  },
});

export default defineConfig(({ mode }) => ({
  root: 'renderer',
  base: './',
  plugins: [react(), viewStamp()],
  // The page allows no blob: workers (index.html's Content-Security-Policy); fflate's zip() would make one.
  resolve: { alias: [{ find: /^fflate$/, replacement: fileURLToPath(new URL('./renderer/vendor/fflate-without-workers.ts', import.meta.url)) }] },
  build: { outDir: mode === 'bench' ? '../dist-bench' : '../dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1600 },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
}));
