// Scenario files are UTF-8. Bytes are decoded here, in pure code, so the desktop library, the browser import
// and the command line read a file the same way. A byte sequence that is not UTF-8 is refused, saying where
// (a lenient decoder turns "Café" saved as Latin-1 into "Caf\uFFFD", and the next save makes that permanent).
import { ok } from '../result';

export type DecodeError = 'not-utf8';

// The platform's decoder (Node, Chromium, Electron), strict; shared/ is built without DOM types. It is much faster
// than the scan below, which is kept to say where a file stops being UTF-8.
declare const TextDecoder: new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => { decode(bytes: Uint8Array): string };
const strictDecoder = typeof TextDecoder === 'function' ? new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }) : null;

/** Where decoding stopped: the offset of the first byte that is not UTF-8. */
interface Invalid {
  offset: number;
}

/** Length of the UTF-8 sequence starting at i, or 0 when the bytes there are not valid UTF-8 (WHATWG rules). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  if (b0 < 0x80) return 1;
  const cont = (j: number, lo = 0x80, hi = 0xbf) => {
    const b = bytes[i + j];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

function codePoint(bytes: Uint8Array, i: number, length: number): number {
  const b = (j: number) => bytes[i + j] ?? 0;
  if (length === 1) return b(0);
  if (length === 2) return ((b(0) & 0x1f) << 6) | (b(1) & 0x3f);
  if (length === 3) return ((b(0) & 0x0f) << 12) | ((b(1) & 0x3f) << 6) | (b(2) & 0x3f);
  return ((b(0) & 0x07) << 18) | ((b(1) & 0x3f) << 12) | ((b(2) & 0x3f) << 6) | (b(3) & 0x3f);
}

/** Decodes UTF-8, or says where the first byte that is not UTF-8 is. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | Invalid {
  const parts: string[] = [];
  let units: number[] = [];
  const flush = () => {
    parts.push(String.fromCharCode(...units));
    units = [];
  };
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return { offset: i };
    const cp = codePoint(bytes, i, length);
    if (cp > 0xffff) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    else units.push(cp);
    i += length;
    if (units.length >= 8192) flush();
  }
  flush();
  return { text: parts.join('') };
}

/**
 * Why bytes are not a scenario's text, as data: where the first byte that is not UTF-8 is and its value (files
 * edited on older Windows machines are often Latin-1 / Windows-1252, "ANSI"), or a UTF-16 byte-order mark
 * (Notepad's "Unicode"). The page and the command line put it into words, with how to fix it, with one function
 * (wordEncodingProblem in problem-words.ts).
 */
export type EncodingProblem = { kind: 'not-utf8'; offset: number; byte: number } | { kind: 'utf-16' };

export interface DecodeFailure {
  ok: false;
  code: DecodeError;
  /** For logs; never shown. */
  message: string;
  detail: EncodingProblem;
}

/** Scenario bytes as text, or what is wrong with their encoding. */
export function decodeScenarioBytes(bytes: Uint8Array): { ok: true; value: string } | DecodeFailure {
  if (strictDecoder) {
    try {
      return ok(strictDecoder.decode(bytes));
    } catch {
      // Not UTF-8: the scan below finds where.
    }
  }
  const decoded = decodeUtf8(bytes);
  if ('text' in decoded) return ok(decoded.text);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, code: 'not-utf8', message: 'UTF-16 byte-order mark', detail: { kind: 'utf-16' } };
  }
  const byte = bytes[decoded.offset] ?? 0;
  return { ok: false, code: 'not-utf8', message: `byte ${byte} at offset ${decoded.offset}`, detail: { kind: 'not-utf8', offset: decoded.offset, byte } };
}
