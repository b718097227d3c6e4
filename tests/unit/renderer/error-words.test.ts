// Failures cross from the desktop host as codes with parameters; the renderer alone puts them into words.
import { describe, expect, it } from 'vitest';
import { exportErrorText } from '../../../renderer/features/export/export-error-text';
import { errnoText } from '../../../renderer/i18n/errno-text';
import { printFailureText, reportErrorText } from '../../../renderer/print/report-errors';

describe('failed exports in the user’s words', () => {
  it('names the file and says why in words, not an errno code', () => {
    const text = reportErrorText({ code: 'io', message: 'writing x failed', params: { file: 'Plan 2030 – report.pdf', errno: 'ENOSPC' } });
    expect(text).toBe('The PDF report could not be saved as “Plan 2030 – report.pdf” (the disk is full). Nothing else was changed.');
    expect(exportErrorText({ code: 'io', message: 'x', params: { file: 'data.xlsx', errno: 'EBUSY' } })).toBe(
      'The file could not be saved as “data.xlsx” (the file is open in another program). Nothing else was changed.',
    );
    expect(exportErrorText({ code: 'io', message: 'x', params: { errno: 'EACCES' } })).toBe('The image could not be copied (permission denied).');
  });

  it('says how long it waited, and that a chart did not draw', () => {
    expect(reportErrorText({ code: 'render', message: 'x', params: { reason: 'timeout', seconds: 30 } })).toContain('after 30 seconds');
    expect(reportErrorText({ code: 'render', message: 'x', params: { reason: 'charts-not-drawn' } })).toContain('some of its charts did not draw');
    expect(printFailureText({ ok: false, reason: 'charts-not-drawn', detail: '1 chart(s)' })).toContain('some of its charts did not draw');
  });

  it('shows an unknown errno code as it is, so it can still be looked up', () => {
    expect(errnoText('EMFILE')).toBe('error EMFILE');
    expect(errnoText('')).toBe('an unknown error');
  });

  it('keeps a browser host’s own words (it words its failures itself)', () => {
    expect(exportErrorText({ code: 'io', message: 'The file could not be downloaded (quota).' })).toBe('The file could not be downloaded (quota).');
  });
});
