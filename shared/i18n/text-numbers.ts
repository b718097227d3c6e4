// Numbers inside the model's words (data/model/*.json and data/model/text/<lang>.json): a quantity whose writing
// depends on the region format is written as "{n:0.56}", "{n:1174743}" or, with its sign, "{n:5.8%}" (a dot for
// decimals, no grouping, the decimals the source gives), and written out here in the reader's region format:
// "0,56", "1.174.743", "5,8%" (es-CO); "0.56", "1,174,743", "5.8%" (es-MX); "5,8 %" (fr-FR). The number stays in
// its sentence, where a translator sees it (an ICU "{v0, number}" would keep its value apart from the words), and the
// check of the translations compares each field's numbers with English's. Years, identifiers ("SDG 10.c", "§3.5",
// "CONPES 4100", "WDI SI.RMT.COST.IB.ZS") and whole numbers below a thousand ("US$200", "4 months") read the same in
// every region and stay plain words.

/** One number: "{n:0.56}", "{n:1174743}", "{n:-2.5}", "{n:5.8%}". */
const TOKEN = /\{n:(-?\d+(?:\.\d+)?)(%?)\}/g;
/** Anything that opens like a number but does not follow the form above ("{n:0,56}", "{n: 3}"). */
const OPENING = /\{n:[^}]*\}?/g;
const WHOLE_TOKEN = new RegExp(`^${TOKEN.source}$`);

const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, decimals: number, percent: boolean): Intl.NumberFormat {
  const key = `${locale}|${decimals}|${percent}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, ...(percent ? { style: 'percent' } : {}) });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The text with its numbers written in `locale`'s format, with the decimals the text gives ("{n:0.10}" → "0,10"). */
export function formatTextNumbers(text: string, locale: string): string {
  if (!text.includes('{n:')) return text;
  return text.replace(TOKEN, (_whole, digits: string, percent: string) => {
    const decimals = digits.split('.')[1]?.length ?? 0;
    const value = Number(digits);
    return numberFormat(locale, decimals, percent === '%').format(percent === '%' ? value / 100 : value);
  });
}

/** The numbers a text carries, as written between the braces ("0.56", "5.8%"), sorted: a translation has the same. */
export function textNumbers(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => `${m[1] ?? ''}${m[2] ?? ''}`).sort();
}

/** Every "{n:…}" that does not follow the form above ("{n:0,56}", "{n: 3}", "{n:3"): a reader would see it as is. */
export function malformedNumbers(text: string): string[] {
  return [...text.matchAll(OPENING)].map((m) => m[0]).filter((opening) => !WHOLE_TOKEN.test(opening));
}

/**
 * Numbers a text writes in one region's format instead of as "{n:…}": a decimal or grouped number ("0.56", "0,56",
 * "1.174.743", "1 174 743") or a percentage ("3%", "3 %"). Section numbers ("§3.5") and identifiers that run into
 * letters ("10.c", "C11b") are not numbers here.
 */
export function looseNumbers(text: string): string[] {
  const words = text.replace(OPENING, ' ');
  return [...words.matchAll(/(?<![§\w.,\u00a0\u202f])\d+(?:[.,\u00a0\u202f]\d+)+(?!\d)|\d[\s\u00a0\u202f]?%/g)].map((m) => m[0]);
}
