// The notices under the title bar (issue 11 §9b): one per message, at most three, information closing itself and
// errors staying; and the baseline-mismatch notice naming both datasets in words.
import { describe, expect, it } from 'vitest';
import { datasetWords } from '../../../renderer/features/file/dataset-words';
import { addNotice, INFO_VISIBLE_MS, MAX_NOTICES, nextExpiry, withoutErrorsAbout, withoutExpired, type Notice } from '../../../renderer/features/file/notice-list';
import { baselineManifest, dataProvenance, dataStamp } from '../../../shared/data';

let id = 0;
const notice = (tone: Notice['tone'], text: string, shownAt = 0): Notice => ({ id: (id += 1), tone, text, shownAt });
const show = (...notices: Notice[]) => notices.reduce<Notice[]>((list, n) => addNotice(list, n), []);

describe('notices', () => {
  it('shows the same message once: a repeat refreshes the notice on screen instead of stacking a copy', () => {
    const first = notice('error', 'The file is empty.', 0);
    const list = show(first, notice('info', 'Saved.', 10), notice('error', 'The file is empty.', 20));
    expect(list.map((n) => n.text)).toEqual(['Saved.', 'The file is empty.']);
    expect(list[1]).toMatchObject({ id: first.id, shownAt: 20 });
  });

  it('keeps at most three, dropping the oldest information before any error', () => {
    const list = show(notice('error', 'A'), notice('info', 'i1'), notice('error', 'B'), notice('info', 'i2'), notice('error', 'C'));
    expect(list).toHaveLength(MAX_NOTICES);
    expect(list.map((n) => n.text)).toEqual(['A', 'B', 'C']);
    const errors = show(notice('error', 'A'), notice('error', 'B'), notice('error', 'C'), notice('error', 'D'));
    expect(errors.map((n) => n.text)).toEqual(['B', 'C', 'D']);
    // The newest shows even when it is information and the others are errors.
    expect(addNotice(errors, notice('info', 'Copied.')).map((n) => n.text)).toEqual(['C', 'D', 'Copied.']);
  });

  it('takes away an error once the work it is about succeeds, and no other', () => {
    const saveFailed = { ...notice('error', 'Could not save “Plan”.'), about: 'save' as const };
    const importFailed = notice('error', 'This file cannot be opened.');
    const exportFailed = { ...notice('error', 'Could not export.'), about: 'export' as const };
    const list = show(saveFailed, importFailed, exportFailed);
    expect(withoutErrorsAbout(list, ['save', 'autosave']).map((n) => n.text)).toEqual(['This file cannot be opened.', 'Could not export.']);
    expect(withoutErrorsAbout(list, ['autosave'])).toBe(list);
  });

  it('closes information after a few seconds and leaves errors until dismissed', () => {
    const list = show(notice('error', 'Could not save.', 0), notice('info', 'Copied.', 1000), notice('info', 'Saved a copy.', 3000));
    expect(nextExpiry(list)).toBe(1000 + INFO_VISIBLE_MS);
    expect(withoutExpired(list, 1000 + INFO_VISIBLE_MS - 1)).toBe(list);
    expect(withoutExpired(list, 1000 + INFO_VISIBLE_MS).map((n) => n.text)).toEqual(['Could not save.', 'Saved a copy.']);
    expect(withoutExpired(list, 60_000).map((n) => n.text)).toEqual(['Could not save.']);
    expect(nextExpiry(withoutExpired(list, 60_000))).toBeNull();
  });
});

describe('the datasets a scenario was made on, in words', () => {
  it('names the paper’s baseline and the app’s data with their versions, never an internal id', () => {
    const paper = baselineManifest();
    expect(datasetWords({ datasetId: paper.id, checksum: paper.sha256 })).toBe(`the 2019 baseline of the ICMPD/UNDP paper (version ${paper.version})`);
    expect(datasetWords(dataStamp())).toBe(`the paper’s 2019 baseline updated with the data observed in 2019–2025 (version ${dataProvenance().datasetVersion})`);
    expect(datasetWords({ datasetId: paper.id, checksum: '0'.repeat(64) })).toBe('another version of the 2019 baseline of the ICMPD/UNDP paper');
    expect(datasetWords({ datasetId: 'somebody-elses-data', checksum: '1' })).toBe('data that this version does not recognise');
    for (const words of [datasetWords(dataStamp()), datasetWords({ datasetId: paper.id, checksum: paper.sha256 })]) expect(words).not.toMatch(/lac-|observed-2025|[0-9a-f]{12}/);
  });
});
