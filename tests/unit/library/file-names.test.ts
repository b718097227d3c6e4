import { describe, expect, it } from 'vitest';
import { fileNameFor, MAX_FILE_NAME_BYTES, uniqueFileName, utf8Length } from '../../../shared/library/file-names';

describe('scenario file names', () => {
  it.each([
    ['Plan: 2030 / ministry', 'Plan 2030 ministry.puente.json'],
    ['CON', 'Scenario CON.puente.json'],
    ['con', 'Scenario con.puente.json'],
    ['...', 'Scenario.puente.json'],
    ['///', 'Scenario.puente.json'],
    ['Regularización São Paulo', 'Regularización São Paulo.puente.json'],
  ])('%s → %s', (name, file) => expect(fileNameFor(name)).toBe(file));

  // Windows reserves these names whatever follows the first dot ("nul.txt" is the null device too), with
  // trailing spaces ignored, and counts superscript digits and the console's CONIN$/CONOUT$ (review finding 11).
  it.each([
    ['nul.txt', 'Scenario nul.txt.puente.json'],
    ['Aux. plan', 'Scenario Aux. plan.puente.json'],
    ['nul .txt', 'Scenario nul .txt.puente.json'],
    ['COM¹', 'Scenario COM¹.puente.json'],
    ['lpt³', 'Scenario lpt³.puente.json'],
    ['CONIN$', 'Scenario CONIN$.puente.json'],
    ['conout$', 'Scenario conout$.puente.json'],
    ['LPT1 ', 'Scenario LPT1.puente.json'],
    ['Console plan', 'Console plan.puente.json'],
    ['Auxiliary.v2', 'Auxiliary.v2.puente.json'],
    ['COM10', 'COM10.puente.json'],
  ])('a Windows device name: %s → %s', (name, file) => expect(fileNameFor(name)).toBe(file));

  it('numbers a taken name like a file manager, ignoring case', () => {
    expect(uniqueFileName('A.puente.json', ['a.puente.json', 'A (2).puente.json'])).toBe('A (3).puente.json');
  });

  it.each([
    ['emoji', '🌎'.repeat(100)],
    ['CJK', '移'.repeat(150)],
    ['family emoji (one character of seven code points)', '👨‍👩‍👧‍👦'.repeat(30)],
    ['letters with combining accents', 'e\u0301\u0323'.repeat(150)],
  ])('cuts long %s names by whole characters, within the byte budget even when numbered (D8)', (_label, name) => {
    const file = fileNameFor(name);
    expect(utf8Length(file)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES - ' (9999)'.length);
    expect(utf8Length(uniqueFileName(file, [file]))).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    const stem = file.slice(0, -'.puente.json'.length);
    // File names are NFC (macOS stores NFD; both compare equal after normalising).
    const nfc = name.normalize('NFC');
    expect(nfc.startsWith(stem)).toBe(true);
    expect(stem).not.toContain('\uFFFD');
    // The cut falls between whole characters: the stem is a whole number of repeats.
    const unit = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(nfc))[0]?.segment ?? '';
    expect(stem.length % unit.length).toBe(0);
  });
});
