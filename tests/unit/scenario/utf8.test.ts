import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeScenarioBytes, decodeUtf8 } from '../../../shared/scenario/utf8';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

describe('UTF-8 decoding of scenario files', () => {
  it('agrees with the platform decoder on any bytes: same text, or refused where it refuses', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let expected: string | null;
        try {
          expected = strict.decode(bytes);
        } catch {
          expected = null;
        }
        const got = decodeUtf8(bytes);
        expect('text' in got ? got.text : null).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back any text written as UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const decoded = decodeUtf8(new TextEncoder().encode(text));
        expect('text' in decoded && decoded.text).toBe(new TextDecoder().decode(new TextEncoder().encode(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every script the region writes, emoji included', () => {
    const text = 'Regularización, São Paulo, Haïti, 移民, 🌎';
    expect(decodeScenarioBytes(new TextEncoder().encode(text))).toEqual({ ok: true, value: text });
  });

  it('says which byte is not UTF-8 and where, as data for the page and the command line to word (D9)', () => {
    expect(decodeScenarioBytes(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]))).toMatchObject({ ok: false, code: 'not-utf8', detail: { kind: 'not-utf8', offset: 3, byte: 0xe9 } });
  });

  it('recognises UTF-16 by its byte-order mark, either way round', () => {
    for (const bom of [[0xff, 0xfe], [0xfe, 0xff]]) {
      expect(decodeScenarioBytes(Uint8Array.from([...bom, 0x7b, 0x00]))).toMatchObject({ ok: false, code: 'not-utf8', detail: { kind: 'utf-16' } });
    }
  });
});
