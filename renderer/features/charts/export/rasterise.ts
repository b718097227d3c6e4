// A chart picture to PNG bytes in the page. The shapes go through an SVG image from a blob: URL (allowed by the
// Content-Security-Policy's img-src) drawn on a canvas; the words are then drawn on the canvas with the page's own
// copy of the bundled font, loaded for exactly those words first. (An SVG image loads its embedded fonts after it
// reports itself decoded, so words drawn through it can come out missing.)
import type { ChartImage, TextItem } from './chart-image';

const fontOf = (t: Pick<TextItem, 'size' | 'weight'>) => `${t.weight} ${t.size}px "Puente Sans"`;
const ALIGN: Readonly<Record<TextItem['anchor'], CanvasTextAlign>> = { start: 'left', middle: 'center', end: 'right' };

async function shapesImage(image: ChartImage, scale: number): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([image.svg(scale, { text: false })], { type: 'image/svg+xml' }));
  try {
    const picture = new Image(image.width * scale, image.height * scale);
    picture.src = url;
    await picture.decode();
    return picture;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Makes sure every face and subset the words need is loaded in the page. */
async function loadFonts(texts: readonly TextItem[]): Promise<void> {
  const byFont = new Map<string, string>();
  for (const t of texts) byFont.set(fontOf(t), `${byFont.get(fontOf(t)) ?? ''}${t.content}`);
  const loaded = await Promise.all([...byFont].map(([font, sample]) => document.fonts.load(font, sample)));
  if (loaded.some((faces) => faces.length === 0)) throw new Error('the bundled font is not available');
}

export async function chartToPng(image: ChartImage, scale: number): Promise<Uint8Array> {
  const [shapes] = await Promise.all([shapesImage(image, scale), loadFonts(image.texts)]);
  const canvas = document.createElement('canvas');
  canvas.width = image.width * scale;
  canvas.height = image.height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.drawImage(shapes, 0, 0);
  context.scale(scale, scale);
  context.textBaseline = 'alphabetic';
  for (const t of image.texts) {
    context.font = fontOf(t);
    context.fillStyle = t.fill;
    context.textAlign = ALIGN[t.anchor];
    context.fillText(t.content, t.x, t.y);
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the image could not be encoded');
  return new Uint8Array(await blob.arrayBuffer());
}
