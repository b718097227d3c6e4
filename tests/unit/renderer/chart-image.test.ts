// The exported chart picture: what it draws and what it says, from real projections of the bundled baseline.
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chartImage, estimateText, legendFor, wrapText, yearTicks, type ChartImageInput } from '../../../renderer/features/charts/export/chart-image';
import { withPngText } from '../../../renderer/features/charts/export/png-text';
import { chartRows } from '../../../renderer/features/charts/chart-rows';
import { createEngine } from '../../../renderer/compute/engine';
import { pngChunkTypes, pngSize, pngText } from '../../png-chunks';

const engine = createEngine();
const LABELS = { scenario: 'Scenario', baseline: 'Baseline', band: 'Low–high range', paper: 'Paper figure', observed: 'Observed', difference: 'Scenario − baseline', zero: 'Baseline (0)' };

function input(output: 'remittancesUsd' | 'netFiscalUsd' | 'migrantsRegular', region: string, mode: 'levels' | 'difference', levers = {}): ChartImageInput {
  const projection = engine.project({ levers, countries: {}, parameters: {} });
  const markers = engine.markers(output, region);
  return {
    title: `${output}, ${region}`,
    badge: null,
    subtitle: 'Unit: US dollars · 2030: USD 12.5 bn',
    mode,
    rows: chartRows(projection, region, output, engine.observed(output, region)) ?? [],
    markers,
    formatTick: (v) => String(v),
    labels: LABELS,
    footer: ['Source: World Bank remittance data 2018 <WDI> & the paper', 'Scenario “SDG” · fingerprint 8afd52ef8305 · baseline lac-baseline-2019 version 1.0.0'],
    fontCss: "@font-face{font-family:'Puente Sans';src:url(data:font/woff2;base64,AAAA)}",
    measure: estimateText,
  };
}

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] as string);
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

describe('chart image', () => {
  it('draws the title, unit, legend, source line and provenance as text, XML-escaped', () => {
    const svg = chartImage(input('remittancesUsd', 'COL', 'levels')).svg();
    const lines = texts(svg).map(decode);
    expect(lines).toContain('remittancesUsd, COL');
    expect(lines).toContain('Unit: US dollars · 2030: USD 12.5 bn');
    expect(lines).toContain('Source: World Bank remittance data 2018 <WDI> & the paper');
    expect(lines.join(' ')).toContain('fingerprint 8afd52ef8305');
    expect(svg).toContain('&lt;WDI&gt; &amp; the paper');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('embeds the font it is given and names the bundled family', () => {
    const svg = chartImage(input('remittancesUsd', 'COL', 'levels')).svg();
    expect(svg).toContain('<style>@font-face{font-family:\'Puente Sans\';src:url(data:font/woff2;base64,AAAA)}</style>');
    expect(svg).toContain('font-family="&apos;Puente Sans&apos;');
  });

  it('lists its words for a canvas to draw, and leaves them and the font out of the shapes-only SVG', () => {
    const image = chartImage(input('remittancesUsd', 'MEX', 'levels'));
    const shapes = image.svg(2, { text: false });
    expect(shapes).not.toContain('<text');
    expect(shapes).not.toContain('@font-face');
    expect(texts(image.svg()).map(decode)).toEqual(image.texts.map((t) => t.content));
    expect(image.texts.find((t) => t.content === 'remittancesUsd, MEX')).toMatchObject({ size: 22, weight: 600, anchor: 'start' });
    expect(image.texts.find((t) => t.content === '2030')).toMatchObject({ anchor: 'middle' });
  });

  it('has a legend of only what the chart draws', () => {
    // Remittances in Mexico and LAC: the observed history comes first, then the runs and the paper's 2018 figure;
    // Colombia has no paper figure. In difference mode no points are drawn, and an output without any has no entries.
    const mexico = chartImage(input('remittancesUsd', 'MEX', 'levels'));
    expect(mexico.legend).toEqual(['observed', 'scenario', 'baseline', 'band', 'paper']);
    expect(texts(mexico.svg())).toEqual(expect.arrayContaining(['Paper figure', 'Observed']));
    expect(chartImage(input('remittancesUsd', 'LAC', 'levels')).legend).toEqual(['observed', 'scenario', 'baseline', 'band', 'paper']);
    expect(chartImage(input('remittancesUsd', 'COL', 'levels')).legend).toEqual(['observed', 'scenario', 'baseline', 'band']);
    // A difference with nothing changed has a band of no width: no range in the legend; with a cost cap, one.
    expect(chartImage(input('remittancesUsd', 'MEX', 'difference')).legend).toEqual(['difference', 'zero']);
    expect(chartImage(input('remittancesUsd', 'MEX', 'difference', { remittanceCostTargetPct: 2 })).legend).toEqual(['difference', 'zero', 'band']);
    const fiscal = chartImage(input('netFiscalUsd', 'COL', 'levels'));
    expect(fiscal.legend).toEqual(['scenario', 'baseline', 'band']);
    expect(texts(fiscal.svg())).not.toContain('Paper figure');
    expect(legendFor('levels', [], [])).toEqual([]);
  });

  it('draws the observed history with a dot per observed year, the scenario line and a diamond per paper figure', () => {
    const spec = input('remittancesUsd', 'MEX', 'levels');
    const svg = chartImage(spec).svg();
    const observed = spec.rows.filter((r) => r.observed !== null).length;
    expect(observed).toBeGreaterThan(0);
    expect(svg.match(/<circle cx="[\d.]+" cy="[\d.]+" r="3.5" fill="#1a1a1a"\/>/g)?.length).toBe(observed + 1); // + the legend's
    expect(svg.match(/stroke="#0072B2" stroke-width="2.5"/g)?.length).toBe(1);
    expect(svg.match(/<path d="M[^"]*Z" fill="#D55E00"/g)?.length).toBe(spec.markers.length + 1); // + the legend's
  });

  it('has a fixed width, grows with wrapped text, and scales its pixel size without changing the drawing', () => {
    const short = chartImage(input('remittancesUsd', 'COL', 'levels'));
    const long = chartImage({ ...input('remittancesUsd', 'COL', 'levels'), footer: ['Source: ' + 'a long list of sources '.repeat(20)] });
    expect(short.width).toBe(960);
    expect(long.height).toBeGreaterThan(short.height);
    const twice = short.svg(2);
    expect(twice).toContain(`width="${short.width * 2}" height="${short.height * 2}" viewBox="0 0 ${short.width} ${short.height}"`);
  });

  it('puts zero on the value axis, and a dashed zero line in difference mode', () => {
    const svg = chartImage(input('netFiscalUsd', 'COL', 'difference', { regularisationRatePerYear: 0.4 })).svg();
    expect(texts(svg)).toContain('0');
    expect(svg).toMatch(/<line [^>]*stroke="#6b6b6b" stroke-dasharray="6 4" stroke-width="2"\/>/);
  });

  it('wraps between " · " parts before breaking inside one', () => {
    const measure = (t: string) => t.length * 10;
    expect(wrapText('Scenario A · fingerprint 123 · exported 2026-03-04 09:15 UTC', 400, 13, 400, measure)).toEqual([
      'Scenario A · fingerprint 123',
      'exported 2026-03-04 09:15 UTC',
    ]);
    expect(wrapText('one two three four five', 100, 13, 400, measure)).toEqual(['one two', 'three four', 'five']);
  });

  it('labels every second year on a 2018–2030 axis, as the screen does, and every fifth over more than twenty years', () => {
    expect(yearTicks(2018, 2030)).toEqual([2018, 2020, 2022, 2024, 2026, 2028, 2030]);
    expect(yearTicks(2018, 2035)).toEqual([2018, 2020, 2022, 2024, 2026, 2028, 2030, 2032, 2034]);
    expect(yearTicks(2008, 2035)).toEqual([2010, 2015, 2020, 2025, 2030, 2035]);
  });
});

describe('PNG text chunks', () => {
  // The smallest valid PNG: 1×1, one grey pixel.
  const tiny = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==', 'base64');

  it('adds UTF-8 title, source and provenance after the header, each with a valid checksum', () => {
    const png = withPngText(new Uint8Array(tiny), { Title: 'Remesas recibidas, Curaçao', Source: 'Source: World Bank · the paper' });
    expect(pngChunkTypes(png)).toEqual(['IHDR', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
    expect(pngText(png)).toEqual({ Title: 'Remesas recibidas, Curaçao', Source: 'Source: World Bank · the paper' });
    expect(pngSize(png)).toEqual({ width: 1, height: 1 });
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    for (let at = 8; at < png.length; at += 12 + view.getUint32(at)) {
      const length = view.getUint32(at);
      expect(view.getUint32(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    }
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => withPngText(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), { Title: 'x' })).toThrow(/not a PNG/);
  });
});
