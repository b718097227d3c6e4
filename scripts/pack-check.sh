#!/usr/bin/env bash
# Packaging check for CI machines, where the Electron binary cannot be downloaded:
# builds renderer + main/preload, packs the unpacked Linux app against a stub Electron distribution,
# and checks app.asar holds exactly what the app needs. Real installers: `npm run dist` on a release machine.
# PACK_CHECK_REUSE_DIST=1 reuses an existing dist/ (when CI built the renderer in an earlier step).
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "pack-check: FAIL: $*" >&2; exit 1; }

if [[ "${PACK_CHECK_REUSE_DIST:-}" == "1" && -f dist/index.html ]]; then
  echo "pack-check: reusing dist/"
else
  npx vite build --logLevel warn || fail "the renderer did not build (npx vite build)"
fi
node scripts/build-electron.mjs || fail "main/preload did not build (scripts/build-electron.mjs)"

STUB=$(mktemp -d)
OUT=$(mktemp -d)
trap 'rm -rf "$STUB" "$OUT"' EXIT
printf '#!/bin/sh\necho "stub electron for packaging checks"\n' > "$STUB/electron"
chmod +x "$STUB/electron"
mkdir -p "$STUB/resources" "$STUB/locales"
echo "stub" > "$STUB/LICENSE"

# 1. Test flavour: schema validation, file whitelist, asar packing, binary renaming.
rm -rf release/linux-unpacked
npx electron-builder --config electron-builder.config.cjs --linux --dir -c.electronDist="$STUB" > "$OUT/builder.log" 2>&1 \
  || { cat "$OUT/builder.log" >&2; fail "electron-builder --dir failed"; }
ASAR=release/linux-unpacked/resources/app.asar
[[ -f "$ASAR" ]] || fail "$ASAR was not produced"
[[ -x release/linux-unpacked/puente ]] || fail "the executable was not renamed to the product name"

# 2. Release flavour: the config must validate and reach the fuse step. The stub has no fuse sentinel,
#    so this step is expected to stop exactly there (real binaries on release machines get the fuses).
PUENTE_RELEASE=1 npx electron-builder --config electron-builder.config.cjs --linux --dir -c.electronDist="$STUB" \
  -c.directories.output="$OUT/release" > "$OUT/release.log" 2>&1 || true
grep -q "executing @electron/fuses" "$OUT/release.log" || { cat "$OUT/release.log" >&2; fail "release flavour did not reach the fuse step"; }

# 3. Contents of app.asar, read from its JSON header (no extra tools needed).
node - "$ASAR" <<'NODE'
const fs = require('node:fs');
const file = process.argv[2];
const buf = fs.readFileSync(file);
// asar layout: UInt32 4 | UInt32 headerPickleSize | UInt32 payloadSize | UInt32 jsonLength | JSON
const header = JSON.parse(buf.subarray(16, 16 + buf.readUInt32LE(12)).toString('utf8'));
const list = [];
const walk = (node, prefix) => {
  for (const [name, child] of Object.entries(node.files ?? {})) {
    const p = `${prefix}/${name}`;
    if (child.files) walk(child, p); else list.push(p);
  }
};
walk(header, '');
const problems = [];
for (const must of ['/package.json', '/dist/index.html', '/dist-electron/main.js', '/dist-electron/preload.js']) {
  if (!list.includes(must)) problems.push(`missing ${must}`);
}
for (const p of list) {
  if (p.startsWith('/node_modules/')) problems.push(`copied dependency ${p} (renderer libraries must be bundled)`);
  else if (!/^\/(dist|dist-electron)\//.test(p) && p !== '/package.json') problems.push(`unexpected file ${p}`);
  if (p.endsWith('.ts') || p.endsWith('.map')) problems.push(`source file shipped: ${p}`);
}
const size = fs.statSync(file).size;
console.log(`pack-check: app.asar ${(size / 1024).toFixed(0)} KB, ${list.length} files:`);
for (const p of list) console.log(`  ${p}`);
if (problems.length) {
  console.error(`pack-check: FAIL:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
NODE
echo "pack-check: OK (unpacked Linux app built against a stub Electron; release flavour reaches the fuse step)"
