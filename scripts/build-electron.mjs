// Bundles the main process and the preload into dist-electron/ as CommonJS (main.js, preload.js).
// Two separate builds on purpose: a sandboxed preload must be ONE file (it cannot require its own
// chunks), and a shared build would split common modules (zod, the contract) into chunks.
// With --dist (npm run dist), it then runs electron-builder in the release flavour (PUENTE_RELEASE=1,
// hardening fuses on); arguments after --dist go to electron-builder, e.g. `npm run dist -- --win`.
import { spawnSync } from 'node:child_process';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const external = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

async function bundle(entry, fileName, emptyOutDir) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      outDir: 'dist-electron',
      emptyOutDir,
      target: 'node22', // Electron 41 ships Node 24; node22 syntax is safe
      minify: false,
      sourcemap: false,
      ssr: path.join(root, entry),
      rollupOptions: {
        external,
        output: { format: 'cjs', entryFileNames: fileName, codeSplitting: false },
      },
    },
    ssr: { noExternal: true, external: ['electron'] },
  });
}

await bundle('electron/main.ts', 'main.js', true);
await bundle('electron/preload.ts', 'preload.js', false);
console.log('built dist-electron/main.js and dist-electron/preload.js');

const distAt = process.argv.indexOf('--dist');
if (distAt !== -1) {
  const cli = createRequire(path.join(root, 'package.json')).resolve('electron-builder/cli.js');
  const args = [cli, '--config', 'electron-builder.config.cjs', '--publish', 'never', ...process.argv.slice(distAt + 1)];
  console.log(`release build: electron-builder ${args.slice(1).join(' ')}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, PUENTE_RELEASE: '1' } });
  process.exit(result.status ?? 1);
}
