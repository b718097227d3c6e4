// Scenario colours that survive colour blindness and a washed-out projector (issue 12): each line has at least 3:1
// contrast on white (WCAG 1.4.11), every pair of lines (the baseline's grey included) stays apart under protanopia,
// deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, full severity) and when washed out toward white,
// and no two scenarios share a dash pattern or a marker, so colour is never the only difference.
import { describe, expect, it } from 'vitest';
import { BASELINE_COLOUR, SCENARIO_COLOURS, SCENARIO_DASHES, SCENARIO_MARKERS, scenarioPattern } from '../../../renderer/features/compare/scenario-colours';

type Rgb = readonly [number, number, number];
const MACHADO: Record<string, readonly Rgb[]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const linearRgb = (hex: string): Rgb => [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255)) as unknown as Rgb;
const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const contrastOnWhite = (hex: string) => 1.05 / (luminance(linearRgb(hex)) + 0.05);
const clamp = (v: number) => Math.min(1, Math.max(0, v));
const simulate = (rgb: Rgb, m: readonly Rgb[]): Rgb => m.map((row) => clamp(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])) as unknown as Rgb;
/** A projector's washed-out image: the colour mixed a third of the way toward white. */
const washOut = (rgb: Rgb): Rgb => rgb.map((c) => c + (1 - c) / 3) as unknown as Rgb;

function lab([r, g, b]: Rgb): Rgb {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const distance = (a: Rgb, b: Rgb) => Math.hypot(...lab(a).map((v, i) => v - (lab(b)[i] ?? 0)));

const LINES = [...SCENARIO_COLOURS, BASELINE_COLOUR];
const pairs = LINES.flatMap((a, i) => LINES.slice(i + 1).map((b) => [a, b] as const));

describe('scenario colours', () => {
  it('each line has at least 3:1 contrast on white', () => {
    for (const colour of LINES) expect(contrastOnWhite(colour), colour).toBeGreaterThanOrEqual(3);
  });

  for (const [kind, matrix] of Object.entries(MACHADO)) {
    it(`every pair of lines stays apart under ${kind}`, () => {
      for (const [a, b] of pairs) expect(distance(simulate(linearRgb(a), matrix), simulate(linearRgb(b), matrix)), `${a} vs ${b}`).toBeGreaterThanOrEqual(12);
    });
  }

  it('every pair of lines stays apart on a washed-out projector', () => {
    for (const [a, b] of pairs) expect(distance(washOut(linearRgb(a)), washOut(linearRgb(b))), `${a} vs ${b}`).toBeGreaterThanOrEqual(12);
  });

  it('gives every scenario its own dash pattern and marker', () => {
    expect(new Set(SCENARIO_DASHES).size).toBe(SCENARIO_COLOURS.length);
    expect(new Set(SCENARIO_MARKERS).size).toBe(SCENARIO_COLOURS.length);
    expect(SCENARIO_COLOURS.map((c) => scenarioPattern(c.toLowerCase()).marker)).toEqual(SCENARIO_MARKERS);
  });
});
