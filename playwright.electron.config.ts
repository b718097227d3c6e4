// Playwright config for the Electron E2E tests (tests/e2e-electron). Each test skips with a one-line
// reason where the Electron binary is not installed. Linux without a display: xvfb-run -a.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e-electron',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: 'test-results/e2e-electron',
});
