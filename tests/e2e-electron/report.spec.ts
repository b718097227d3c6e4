// Export PDF in the desktop app: the report is printed by Chromium's printToPDF from a hidden window and saved where
// the native save dialog says (stubbed inside main). Build first; xvfb-run on Linux without a display.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { electronBinaryAvailable, SKIP_REASON } from './electron-available';
import { expect, test } from './fixtures';

test.skip(!electronBinaryAvailable(), SKIP_REASON);

test('Export PDF prints the scenario report through printToPDF and saves it where the user chose', async ({ app, page }) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'puente-pdf-'));
  try {
    const target = path.join(dir, 'Ministry report.pdf');
    await app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
    }, target);
    const field = page.getByTestId('lever-regularisationRatePerYear').getByRole('textbox');
    await field.fill('35');
    await field.press('Enter');
    await page.getByTestId('file-menu').click();
    await page.getByTestId('file-export-pdf').click();
    await page.getByTestId('report-export').click();
    await expect(page.getByTestId('notice-info')).toContainText('PDF report was saved', { timeout: 30_000 });
    const pdf = await readFile(target);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', [target, '-']).toString();
    expect(text).toContain('35 % per year');
    expect(text).toMatch(/Page 1 of \d+/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
