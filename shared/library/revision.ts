// A scenario's revision: a fingerprint of its stored text. A save names the revision it was based on; if the
// stored text has changed since (another window or tab saved, another program edited the file), the save is
// refused with 'changed' instead of silently replacing that work. Pure (no crypto): 64 bits of cyrb53-style
// mixing plus the length, enough to tell two versions of one file apart.
export type Revision = string;

export function revisionOf(text: string): Revision {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${hex(h2)}${hex(h1)}-${text.length.toString(36)}`;
}
