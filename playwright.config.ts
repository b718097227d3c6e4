// Web end-to-end tests: the built renderer (dist/) served on a fixed localhost port, driven in Debian chromium.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.PUENTE_E2E_PORT ?? 4317);
export const DEV_PORT = PORT + 1;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export default defineConfig({
  testDir: './tests/e2e-web',
  outputDir: './test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    headless: true,
    trace: 'off',
    viewport: { width: 1366, height: 768 },
    locale: 'en-US',
    reducedMotion: 'reduce',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'debian-chromium' }],
  webServer: [
    {
      command: `npx vite build --logLevel warn && node scripts/serve-web.mjs`,
      env: { PORT: String(PORT) },
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'pipe',
    },
    {
      // The Vite dev server (React development build, StrictMode's double effects on), for dev-server.spec.ts.
      command: `npx vite --port ${DEV_PORT} --strictPort --logLevel warn`,
      url: `http://127.0.0.1:${DEV_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'pipe',
    },
  ],
});
