import { defineConfig } from '@playwright/test';

/**
 * Browser tests for the example app: its production frontend, served by its
 * backend on SQLite in memory, in Debian's headless Chromium (no browser is
 * downloaded). `scripts/e2e-server.sh` builds the app and starts the backend.
 */
const port = Number(process.env.CAIRN_E2E_PORT ?? 7007);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'e2e-results/results.json' }]],
  outputDir: 'e2e-results/artifacts',
  webServer: {
    command: `bash scripts/e2e-server.sh ${port}`,
    url: `${baseURL}/.backstage/health/v1/readiness`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  use: {
    baseURL,
    actionTimeout: 15_000,
    screenshot: 'only-on-failure',
    viewport: { width: 1600, height: 1000 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
