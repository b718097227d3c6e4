// Scenario files for the library and comparison tests, put into the memory host's library through File ▸ Import
// (the memory host hands the queued file to the import, as a user's file picker would).
import type { Page } from '@playwright/test';
import { SCENARIO_SCHEMA_VERSION } from '../../shared/scenario/document';
import { expect } from './fixtures';

export interface ScenarioFile {
  name: string;
  author?: string;
  notes?: string;
  levers?: Record<string, number | string>;
  countries?: Record<string, Record<string, number | string>>;
  view?: { region: string; lens: 'host' | 'origin'; charts: string[] };
  baseline?: { datasetId: string; checksum: string };
}

interface PageWithHost {
  __memoryHost?: { importQueue: { name: string; text: string }[] };
}

/** Imports each scenario into the library (the last one stays open on screen). */
export async function importScenarios(page: Page, files: readonly ScenarioFile[]): Promise<void> {
  for (const file of files) {
    const text = JSON.stringify({ format: 'puente-scenario', schemaVersion: SCENARIO_SCHEMA_VERSION, ...file });
    await page.evaluate(([name, body]) => (globalThis as unknown as PageWithHost).__memoryHost?.importQueue.push({ name, text: body }), [`${file.name}.puente.json`, text] as const);
    await page.getByTestId('file-menu').click();
    await page.getByTestId('file-import').click();
    await expect(page.getByTestId('scenario-name')).toContainText(file.name);
  }
}

/** Ticks the named scenarios for comparison in the library (left on screen). */
export async function tickInLibrary(page: Page, names: readonly string[]): Promise<void> {
  await page.getByTestId('view-library').click();
  for (const name of names) await page.getByTestId(`library-card-${name}`).getByRole('checkbox', { name: 'Compare' }).check();
}
