// Reading PNG files in tests: the size from the header, and the text chunks (iTXt) Puente writes.

export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expectSignature(png);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function expectSignature(png: Uint8Array): void {
  if (![0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => png[i] === b)) throw new Error('not a PNG');
}

/** The text entries of the PNG's iTXt chunks, by keyword. */
export function pngText(png: Uint8Array): Record<string, string> {
  expectSignature(png);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const decoder = new TextDecoder();
  const out: Record<string, string> = {};
  for (let at = 8; at + 12 <= png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'iTXt') {
      const data = png.subarray(at + 8, at + 8 + length);
      const keyEnd = data.indexOf(0);
      const languageEnd = data.indexOf(0, keyEnd + 3);
      const translatedEnd = data.indexOf(0, languageEnd + 1);
      out[decoder.decode(data.subarray(0, keyEnd))] = decoder.decode(data.subarray(translatedEnd + 1));
    }
    at += 12 + length;
  }
  return out;
}

/** The chunk types in order (IHDR first, IEND last). */
export function pngChunkTypes(png: Uint8Array): string[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const types: string[] = [];
  for (let at = 8; at + 12 <= png.length; at += 12 + view.getUint32(at)) types.push(String.fromCharCode(...png.subarray(at + 4, at + 8)));
  return types;
}
