// The bundled font for exported images: the woff2 files of fonts.css, read once and embedded as data: URLs (the
// Content-Security-Policy allows data: images and fonts from 'self'; an SVG drawn to a canvas, or opened on
// another computer, loads nothing from outside itself). Latin Extended is embedded only when the text needs it.
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';
import { estimateText, type FontWeight, type MeasureText } from './chart-image';

// The subsets' ranges, as in fonts.css (from @fontsource/noto-sans).
const LATIN = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const LATIN_EXT = 'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF';
/** Characters only Latin Extended has (ā, ő, ŕ, ẽ…); á, ç, ê, ñ, õ and ò are in Latin. */
const NEEDS_EXT = /[\u0100-\u0130\u0132-\u0151\u0154-\u02ba\u1d00-\u1dbf\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff]/;

interface Face {
  url: string;
  weight: FontWeight;
  range: string;
  ext: boolean;
}
const FACES: readonly Face[] = [
  { url: latin400, weight: 400, range: LATIN, ext: false },
  { url: latin600, weight: 600, range: LATIN, ext: false },
  { url: latinExt400, weight: 400, range: LATIN_EXT, ext: true },
  { url: latinExt600, weight: 600, range: LATIN_EXT, ext: true },
];

const dataUrls = new Map<string, Promise<string>>();

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function dataUrl(url: string): Promise<string> {
  let pending = dataUrls.get(url);
  if (!pending) {
    pending = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`font ${response.status}`);
        return response.arrayBuffer();
      })
      .then((buffer) => `data:font/woff2;base64,${toBase64(new Uint8Array(buffer))}`);
    // A failed read is tried again next time.
    pending.catch(() => dataUrls.delete(url));
    dataUrls.set(url, pending);
  }
  return pending;
}

/** @font-face rules embedding what `text` needs of the bundled font, under its own family name. */
export async function embeddedFontCss(text: string): Promise<string> {
  const faces = FACES.filter((f) => !f.ext || NEEDS_EXT.test(text));
  const rules = await Promise.all(
    faces.map(async (f) => `@font-face{font-family:'Puente Sans';font-style:normal;font-weight:${f.weight};src:url(${await dataUrl(f.url)}) format('woff2');unicode-range:${f.range}}`),
  );
  return rules.join('');
}

/** Measures text with the bundled font as the page has loaded it (an estimate where a canvas is unavailable). */
export async function pageMeasure(): Promise<MeasureText> {
  await Promise.all([document.fonts.load('400 13px "Puente Sans"'), document.fonts.load('600 22px "Puente Sans"')]).catch(() => undefined);
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateText;
  return (value, size, weight) => {
    context.font = `${weight} ${size}px "Puente Sans", sans-serif`;
    return context.measureText(value).width;
  };
}
