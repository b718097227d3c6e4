#!/usr/bin/env bash
# The one test command (README: `npm test`; CI: .ci/run). Installs what it needs, then runs every check
# and ends with one plain line "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RESULTS=$ROOT/test-results
mkdir -p "$RESULTS"
rm -f "$RESULTS"/*.json

step() { printf '\n::: %s\n' "$1"; STEP_T0=$(date +%s%N); STEP_NAME=$1; }
FAILED_STEPS=()
# Runs a check; a failure is recorded and reported at the end instead of hiding the checks after it.
check() { "$@" || { echo "::: FAILED: $STEP_NAME" >&2; FAILED_STEPS+=("$STEP_NAME"); }; }
done_() { printf '::: done in %d ms\n' $(( ($(date +%s%N) - STEP_T0) / 1000000 )); }

step "system packages (Debian chromium, poppler, xvfb)"
need=()
command -v chromium >/dev/null || need+=(chromium fonts-liberation)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
command -v xvfb-run >/dev/null || need+=(xvfb xauth)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}"
  else
    echo "Missing Debian packages: ${need[*]}. Install them with: sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
fi
done_

step "npm packages"
# Electron's own install script downloads from GitHub, which build machines cannot reach; package.json's
# allowScripts already denies it and this variable makes sure. The binary is not needed for these tests.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  echo "node_modules is up to date"
fi
done_

step "typecheck (shared is pure, renderer, node side)"; check npm run -s typecheck; done_
step "lint (layering rules)"; check npx eslint . --max-warnings=0; done_

step "unit tests (model, data, scenario files, electron services)"
check npx vitest run --reporter=default --reporter=json --outputFile.json="$RESULTS/vitest.json"
done_

if [ -f playwright.config.ts ]; then
  step "browser tests (built renderer in Debian chromium)"
  PLAYWRIGHT_JSON_OUTPUT_FILE="$RESULTS/playwright-web.json" check npx playwright test --reporter=list,json
  done_
fi

if [ -f playwright.electron.config.ts ]; then
  step "desktop tests (Electron; skipped where its binary is missing)"
  PLAYWRIGHT_JSON_OUTPUT_FILE="$RESULTS/playwright-electron.json" check xvfb-run -a npx playwright test -c playwright.electron.config.ts --reporter=list,json
  done_
fi

if [ -f scripts/pack-check.sh ]; then
  step "packaging check (electron-builder --dir against a stub Electron)"; PACK_CHECK_REUSE_DIST=1 check bash scripts/pack-check.sh; done_
fi
if [ -f scripts/electronegativity-check.mjs ]; then
  step "security scan (Electronegativity, gated on SARIF)"; check node scripts/electronegativity-check.mjs; done_
fi

summary_status=0
node scripts/test-summary.mjs "$RESULTS" || summary_status=$?
if [ ${#FAILED_STEPS[@]} -gt 0 ]; then
  printf 'Failed checks: %s\n' "${FAILED_STEPS[*]}" >&2
  exit 1
fi
exit "$summary_status"
