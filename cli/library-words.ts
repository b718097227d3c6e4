// The command line's own words for what the shared code reports as data (the page has its words in
// renderer/i18n/messages.en.ts, libraryError.*; keep the two saying the same thing).
import type { EncodingProblem } from '../shared/scenario/utf8';

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
const FIX = 'Nothing was opened or changed. To fix it, open the file in Notepad, choose Save As, set Encoding to UTF-8, save, and open it again.';

/** Why a file's bytes are not UTF-8 text, and how to fix it. */
export function encodingProblemText(problem: EncodingProblem): string {
  if (problem.kind === 'utf-16') return `The file is saved as UTF-16 (Notepad calls it "Unicode"), not UTF-8. ${FIX}`;
  // In Latin-1 the bytes 0xA0-0xFF are the accented letters (é = 0xE9, ñ = 0xF1, ã = 0xE3).
  const asLatin1 = problem.byte >= 0xa0 ? ` (in Latin-1 it would be "${String.fromCharCode(problem.byte)}")` : '';
  return `The file is not UTF-8 text: byte ${hex(problem.byte)} at position ${problem.offset + 1}${asLatin1} is not valid UTF-8. It was probably saved as Latin-1 or Windows-1252 ("ANSI"), as older Windows editors do. ${FIX}`;
}
