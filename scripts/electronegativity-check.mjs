// Static security scan (CI gate): runs Doyensec Electronegativity over electron/ (TypeScript sources)
// and dist-electron/ (the bundled main + preload, to catch what the bundler changes), writes
// test-results/electronegativity.sarif, and fails on any HIGH finding without a written justification
// in electron/electronegativity-justifications.json.
//
// The CLI always exits 0 and its SARIF carries no severity, so severity comes from the table below
// (copied from the checks' source in @doyensec/electronegativity 1.10.3). A rule not in the table is
// treated as HIGH: an upgrade that adds a check fails closed until someone classifies it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRONEGATIVITY = '@doyensec/electronegativity@1.10.3';
const ELECTRON_VERSION = '41.7.1';

const HIGH = new Set([
  'AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK',
  'LIMIT_NAVIGATION_JS_CHECK', 'NODE_INTEGRATION_ATTACH_EVENT_JS_CHECK', 'NODE_INTEGRATION_HTML_CHECK',
  'NODE_INTEGRATION_JS_CHECK', 'PRIVILEGED_SCHEMES_REGISTRATION_REMOVAL', 'QUERY_SYSTEM_IDLE_STATE_REMOVAL',
  'QUERY_SYSTEM_IDLE_TIME_REMOVAL', 'SET_SPELLCHECK_PROVIDER_DEPRECATION', 'WEB_FRAME_ISOLATED_WORLD_REMOVAL',
]);
const NOT_HIGH = new Set([
  'AFFINITY_GLOBAL_CHECK', 'AFFINITY_HTML_CHECK', 'AFFINITY_JS_CHECK', 'ALLOWPOPUPS_HTML_CHECK',
  'ALLOW_RENDERER_PROCESS_REUSE_DEPRECATION', 'AUXCLICK_HTML_CHECK', 'AUXCLICK_JS_CHECK', 'BLINK_FEATURES_HTML_CHECK',
  'BLINK_FEATURES_JS_CHECK', 'BROWSER_WINDOW_WEB_PREFERENCES_DEPRECATION', 'CERTIFICATE_ERROR_EVENT_JS_CHECK',
  'CERTIFICATE_VERIFY_PROC_JS_CHECK', 'CLEAR_AUTH_CACHE_DEPRECATION', 'CONTENT_TRACING_GET_TRACE_BUFFER_USAGE_DEPRECATION',
  'CONTENT_TRACING_GET_TRACE_BUFFER_USAGE_REMOVAL', 'CSP_GLOBAL_CHECK', 'CSP_HTML_CHECK', 'CSP_JS_CHECK',
  'CUSTOM_ARGUMENTS_JSON_CHECK', 'CUSTOM_ARGUMENTS_JS_CHECK', 'DANGEROUS_FUNCTIONS_JS_CHECK', 'ELECTRON_VERSION_JSON_CHECK',
  'ENABLE_MIXED_SANDBOX_DEPRECATION', 'ENABLE_MIXED_SANDBOX_REMOVAL', 'EXPERIMENTAL_FEATURES_HTML_CHECK',
  'EXPERIMENTAL_FEATURES_JS_CHECK', 'GET_COLOR_DEPRECATION', 'GET_WEB_CONTENTS_DEPRECATION', 'HTTP_RESOURCES_HTML_CHECK',
  'HTTP_RESOURCES_JS_CHECK', 'HTTP_RESOURCES_WITH_NODE_INTEGRATION_GLOBAL_CHECK', 'INSECURE_CONTENT_HTML_CHECK',
  'INSECURE_CONTENT_JS_CHECK', 'IPC_SEND_STRUCTURED_CLONE_ALGORITHM', 'NATIVE_WINDOW_OPEN_CHANGE', 'OPEN_EXTERNAL_JS_CHECK',
  'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_JS_CHECK', 'PRELOAD_JS_CHECK',
  'PROTOCOL_HANDLER_JS_CHECK', 'QUERY_SYSTEM_IDLE_STATE_DEPRECATION', 'QUERY_SYSTEM_IDLE_TIME_DEPRECATION',
  'REMOTE_MODULE_JS_CHECK', 'REQUIRE_ELECTRON_SCREEN_DEPRECATION', 'REQUIRE_SANDBOXED_RENDERERS_DEPRECATION',
  'SANDBOX_JS_CHECK', 'SECURITY_WARNINGS_DISABLED_JSON_CHECK', 'SECURITY_WARNINGS_DISABLED_JS_CHECK',
  'SET_HIGHLIGHT_MODE_DEPRECATION', 'SET_HIGHLIGHT_MODE_REMOVAL', 'SET_NULL_MENU_DEPRECATION',
  'SET_ZOOM_LEVEL_LIMITS_DEPRECATION', 'VISIBLE_ON_FULLSCREEN_DEPRECATION', 'WEBKITDIRECTORY_CHANGE',
  'WEB_FRAME_ISOLATED_WORLD_DEPRECATION', 'WEB_SECURITY_HTML_CHECK', 'WEB_SECURITY_JS_CHECK',
]);
const isHigh = (ruleId) => HIGH.has(ruleId) || !NOT_HIGH.has(ruleId);

const fail = (message) => {
  console.error(`security-scan: FAIL: ${message}`);
  process.exit(1);
};

if (!existsSync(path.join(root, 'dist-electron', 'main.js'))) {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-electron.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) fail('could not build dist-electron/ to scan it');
}

// Scan both trees in one run (the tool takes one input folder).
const scanRoot = mkdtempSync(path.join(os.tmpdir(), 'puente-scan-'));
cpSync(path.join(root, 'electron'), path.join(scanRoot, 'electron'), { recursive: true });
cpSync(path.join(root, 'dist-electron'), path.join(scanRoot, 'dist-electron'), { recursive: true });
mkdirSync(path.join(root, 'test-results'), { recursive: true });
const sarifPath = path.join(root, 'test-results', 'electronegativity.sarif');
rmSync(sarifPath, { force: true });

const run = spawnSync(
  'npx',
  ['-y', ELECTRONEGATIVITY, '-i', scanRoot, '-e', ELECTRON_VERSION, '-r', '-v', 'false', '-o', sarifPath],
  { encoding: 'utf8', shell: process.platform === 'win32' },
);
rmSync(scanRoot, { recursive: true, force: true });
if (!existsSync(sarifPath)) {
  fail(`Electronegativity wrote no SARIF (exit ${run.status}). Output:\n${run.stdout}\n${run.stderr}`);
}

const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
const results = sarif.runs?.[0]?.results;
if (!Array.isArray(results)) fail('the SARIF file has no runs[0].results array');

const justified = JSON.parse(readFileSync(path.join(root, 'electron', 'electronegativity-justifications.json'), 'utf8')).justified;
const findings = results.map((r) => ({
  ruleId: String(r.ruleId),
  file: String(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''),
  line: Number(r.locations?.[0]?.physicalLocation?.region?.startLine ?? 0),
  review: r.level === 'note',
}));

let unjustified = 0;
console.log(`security-scan: ${findings.length} finding(s) from ${ELECTRONEGATIVITY} (SARIF: test-results/electronegativity.sarif)`);
for (const f of findings) {
  const high = isHigh(f.ruleId);
  const why = justified.find((j) => j.ruleId === f.ruleId && j.file === f.file && String(j.justification ?? '').trim().length >= 20);
  const tag = high ? (why ? 'HIGH, justified' : 'HIGH, NOT JUSTIFIED') : f.review ? 'review' : 'medium/low';
  if (high && !why) unjustified += 1;
  console.log(`  [${tag}] ${f.ruleId} ${f.file}:${f.line}${why ? ` (${why.justification})` : ''}`);
}
if (unjustified > 0) {
  fail(`${unjustified} HIGH finding(s) without a justification. Fix them, or explain each in electron/electronegativity-justifications.json.`);
}
console.log('security-scan: OK (no unjustified HIGH finding)');
