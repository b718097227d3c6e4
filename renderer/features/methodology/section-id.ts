// The id of a methodology section, from its heading text: the in-app methodology gives each heading this id, and
// the key figures' "How this is computed" links point at it (data/model/outputs.json names each output's section).

/** "Module B: regularisation (`regularisation.ts`)" → "module-b-regularisation": the file name is left out. */
export function sectionId(text: string): string {
  return text
    .replace(/\(`?[\w.-]+\.ts`?\)/g, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
