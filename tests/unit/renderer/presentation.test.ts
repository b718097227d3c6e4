// Presentation mode, the parts that are not drawing: which slides a deck has, the keys, replay, the messages the
// presenter view accepts, and the session that drives the window. The drawing itself is tested in
// tests/e2e-web/presentation.spec.ts.
import { describe, expect, it, vi } from 'vitest';
import { COMMANDS, commandKeys } from '../../../shared/commands/registry';
import { leverDefs, parameterDefs } from '../../../shared/model';
import type { LeverId, OutputId } from '../../../shared/model/types';
import { defaultScenario, serialiseScenario, type ScenarioDocument } from '../../../shared/scenario';
import { createEngine } from '../../../renderer/compute/engine';
import type { ChartRow } from '../../../renderer/features/charts/chart-rows';
import { assumptionRows } from '../../../renderer/features/compare/assumption-rows';
import { SCENARIO_COLOURS } from '../../../renderer/features/compare/scenario-colours';
import {
  assumptionLines, buildDeck, CLOSING_LINES, currentDeckInput, paginateAssumptions, savedDeckInput, type DeckScenario,
} from '../../../renderer/features/presentation/deck';
import { leverReach } from '../../../renderer/features/presentation/lever-reach';
import { isNavigation, presentationAction } from '../../../renderer/features/presentation/presentation-keys';
import { PresentationSession, type ChannelLike } from '../../../renderer/features/presentation/presentation-session';
import { parsePresenterMessage, presenterSessionOf } from '../../../renderer/features/presentation/presenter-messages';
import { REPLAY_MS, replayProgress, rowsAt, withoutScenario } from '../../../renderer/features/presentation/replay';
import { figureAt, yearTicks } from '../../../renderer/features/presentation/slide-figures';
import { fitFont, inkOn, spreadLabels } from '../../../renderer/features/presentation/slide-layout';

const engine = createEngine();
const baselineOf = engine.leverBaseline;

function scenario(name: string, edit: (d: ScenarioDocument) => void = () => undefined): ScenarioDocument {
  const doc = defaultScenario(name);
  edit(doc);
  return doc;
}
const deckScenario = (document: ScenarioDocument, k = 0): DeckScenario => ({ ref: `${k}`.repeat(24), colour: SCENARIO_COLOURS[k] ?? '#000000', document });
const noComparison = { scenarios: [], output: 'migrantsRegular' as const, region: 'LAC' };

describe('the slides of a deck', () => {
  it('the open scenario: a title, one slide per chart on screen, then the assumptions', () => {
    const doc = scenario('Ministry proposal', (d) => {
      d.levers.regularisationRatePerYear = 0.3;
    });
    const slides = buildDeck(currentDeckInput(doc, null, '#0072B2', noComparison), baselineOf);
    expect(slides.map((s) => s.key)).toEqual([
      'title', 'chart:remittancesUsd', 'chart:migrantsRegular', 'chart:netFiscalUsd', 'chart:gdpContributionUsd', 'closing:1',
    ]);
    const closing = slides.at(-1);
    expect(closing?.kind === 'closing' && closing.rows.map((r) => r.id)).toEqual(['lever:regularisationRatePerYear']);
  });

  it('adds one comparison slide when two or more scenarios are being compared, none for one', () => {
    const doc = scenario('Open');
    const two = [deckScenario(scenario('A'), 0), deckScenario(scenario('B'), 1)];
    const withTwo = buildDeck(currentDeckInput(doc, null, '#0072B2', { scenarios: two, output: 'netFiscalUsd', region: 'COL' }), baselineOf);
    expect(withTwo.filter((s) => s.kind === 'compare')).toEqual([{ kind: 'compare', key: 'comparison:netFiscalUsd', output: 'netFiscalUsd', region: 'COL', group: 'comparison' }]);
    // It comes after the charts and before the assumptions.
    expect(withTwo.map((s) => s.kind)).toEqual(['title', 'chart', 'chart', 'chart', 'chart', 'compare', 'closing']);
    const withOne = buildDeck(currentDeckInput(doc, null, '#0072B2', { scenarios: two.slice(0, 1), output: 'netFiscalUsd', region: 'COL' }), baselineOf);
    expect(withOne.some((s) => s.kind === 'compare')).toBe(false);
  });

  it('scenarios chosen in the library: each chart compares them on shared axes, in the first one’s place', () => {
    const docs = ['A', 'B', 'C'].map((n, k) =>
      deckScenario(
        scenario(n, (d) => {
          d.view.region = 'PER';
          d.levers.regularisationRatePerYear = 0.1 * (k + 1);
        }),
        k,
      ),
    );
    const slides = buildDeck(savedDeckInput(docs), baselineOf);
    expect(slides.map((s) => s.kind)).toEqual(['title', 'compare', 'compare', 'compare', 'compare', 'closing']);
    expect(slides[1]).toMatchObject({ output: 'remittancesUsd', region: 'PER', group: 'deck' });
    const closing = slides.at(-1);
    expect(closing?.kind === 'closing' && closing.rows[0]?.values).toEqual([0.1, 0.2, 0.30000000000000004]);
    // One chosen scenario is shown like the open one.
    expect(buildDeck(savedDeckInput(docs.slice(0, 1)), baselineOf).map((s) => s.kind)).toEqual(['title', 'chart', 'chart', 'chart', 'chart', 'closing']);
  });

  it('shows at most four charts and skips outputs it does not know', () => {
    const doc = scenario('Many', (d) => {
      d.view.charts = ['remittancesUsd', 'nonsense', 'feeSavingsUsd', 'permitsIssued', 'taxRevenueUsd', 'publicCostUsd'];
    });
    const charts = buildDeck(currentDeckInput(doc, null, '#0072B2', noComparison), baselineOf).filter((s) => s.kind === 'chart');
    expect(charts.map((s) => s.kind === 'chart' && s.output)).toEqual(['remittancesUsd', 'feeSavingsUsd', 'permitsIssued', 'taxRevenueUsd']);
  });

  it('leaves out a lever moved away and back to its baseline value: it changes nothing', () => {
    const doc = scenario('Back', (d) => {
      d.levers.processingCapacityShare = 0.3; // the baseline value
      d.levers.inflowPath = 'central'; // the baseline choice
      d.parameters.remittanceGrowthRate = parameterDefs().find((p) => p.id === 'remittanceGrowthRate')?.default ?? 0;
    });
    const closing = buildDeck(currentDeckInput(doc, null, '#0072B2', noComparison), baselineOf).at(-1);
    expect(closing).toMatchObject({ kind: 'closing', page: 1, pages: 1, rows: [] });
  });

  it('runs a long list of assumptions over pages that each fit a slide', () => {
    const doc = scenario('Everything', (d) => {
      d.levers = { remittanceCostTargetPct: 3, remittanceCostTargetYear: 2027, regularisationRatePerYear: 0.4, processingCapacityShare: 0.5, absorptionCapacity: 'custom', absorptionInvestmentPctGdp: 0.2, inflowPath: 'high' };
      for (const p of parameterDefs().filter((q) => q.high !== q.default).slice(0, 6)) d.parameters[p.id] = p.high;
    });
    const closing = buildDeck(currentDeckInput(doc, null, '#0072B2', noComparison), baselineOf).filter((s) => s.kind === 'closing');
    expect(closing.length).toBeGreaterThan(1);
    const rows = closing.flatMap((s) => (s.kind === 'closing' ? s.rows : []));
    expect(rows.map((r) => r.id)).toEqual(assumptionRows([doc], leverDefs(), parameterDefs()).map((r) => r.id));
    for (const page of closing) {
      if (page.kind !== 'closing') continue;
      expect(page.pages).toBe(closing.length);
      const lines = page.rows.reduce((sum, r) => sum + assumptionLines(r, 1), 0);
      // A page holds what fits, unless one row alone is longer than a page.
      expect(lines <= CLOSING_LINES || page.rows.length === 1).toBe(true);
    }
  });

  it('paginates by the lines each row takes, one more per compared scenario', () => {
    const rows = assumptionRows([scenario('x', (d) => void (d.levers = { regularisationRatePerYear: 0.2, processingCapacityShare: 0.5, inflowPath: 'high' }))], leverDefs(), parameterDefs());
    expect(paginateAssumptions(rows, 1, 100)).toHaveLength(1);
    expect(paginateAssumptions(rows, 1, 1)).toHaveLength(3);
    expect(assumptionLines(rows[0]!, 4) - assumptionLines(rows[0]!, 2)).toBe(2); // a line per compared scenario
    expect(paginateAssumptions([], 1)).toEqual([[]]);
  });
});

describe('presentation keys', () => {
  const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
    presentationAction({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });

  it('→, Space and PageDown go forward; ← and PageUp back; Home and End to the ends; Esc leaves', () => {
    expect(['ArrowRight', ' ', 'PageDown'].map((k) => press(k))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((k) => press(k))).toEqual(['previous', 'previous']);
    expect([press('Home'), press('End'), press('Escape')]).toEqual(['first', 'last', 'exit']);
  });

  it('R, P and L in either case; nothing with Ctrl, ⌘ or Alt (Ctrl+R reloads, Ctrl+P prints)', () => {
    expect(['r', 'R', 'p', 'P', 'l', 'L'].map((k) => press(k))).toEqual(['reveal', 'reveal', 'replay', 'replay', 'levers', 'levers']);
    expect([press('r', { ctrlKey: true }), press('p', { metaKey: true }), press('ArrowRight', { altKey: true })]).toEqual([null, null, null]);
    expect([press('x'), press('Enter'), press('F5'), press('ArrowUp')]).toEqual([null, null, null, null]);
  });

  it('no presentation key is a command key, so undo works while presenting and the two never compete', () => {
    for (const mac of [false, true]) {
      for (const def of COMMANDS) {
        for (const accelerator of commandKeys(def, mac)) {
          const parts = accelerator.split('+');
          const key = parts.at(-1) ?? '';
          const mods = parts.slice(0, -1).map((p) => p.toLowerCase());
          const event = {
            key: key.length === 1 ? key.toLowerCase() : key,
            ctrlKey: mods.includes('ctrl') || (mods.includes('cmdorctrl') && !mac),
            metaKey: mods.includes('cmd') || (mods.includes('cmdorctrl') && mac),
            altKey: mods.includes('alt'),
          };
          expect(presentationAction(event), `${def.id}: ${accelerator}`).toBeNull();
        }
      }
    }
  });

  it('tells slide moves from toggles', () => {
    expect(isNavigation('next') && isNavigation('first')).toBe(true);
    expect(isNavigation('reveal') || isNavigation('exit')).toBe(false);
  });
});

describe('replay from the baseline', () => {
  const row = (year: number, baseline: number | null, scenario: number | null): ChartRow => ({
    year, baseline, scenario, band: scenario === null ? null : [scenario - 10, scenario + 10],
    diff: scenario !== null && baseline !== null ? scenario - baseline : null, diffBand: null, observed: null,
  });
  const rows = [row(2018, 100, 100), row(2019, 100, 140), row(2020, null, 50)];

  it('takes about 1.5 s, eased: still at the start, moving, then settled', () => {
    expect(REPLAY_MS).toBe(1500);
    expect(replayProgress(0)).toBe(0);
    expect(replayProgress(-5)).toBe(0);
    expect(replayProgress(REPLAY_MS / 2)).toBeCloseTo(0.5, 10);
    expect(replayProgress(REPLAY_MS)).toBe(1);
    const samples = Array.from({ length: 31 }, (_, i) => replayProgress((i * REPLAY_MS) / 30));
    expect(samples.every((v, i) => i === 0 || v >= (samples[i - 1] ?? 0))).toBe(true);
    expect(replayProgress(100)).toBeLessThan(100 / REPLAY_MS); // eases in
  });

  it('starts with the scenario on the baseline and ends on the scenario itself', () => {
    const start = rowsAt(rows, 0);
    expect(start[1]).toMatchObject({ scenario: 100, band: [100, 100], diff: 0 });
    expect(rowsAt(rows, 0.5)[1]).toMatchObject({ scenario: 120, band: [115, 125], diff: 20 });
    expect(rowsAt(rows, 1)).toBe(rows);
    // Where there is no baseline, the scenario value is drawn as it is.
    expect(start[2]?.scenario).toBe(50);
  });

  it('predict, then reveal: the scenario and its range leave the chart, the baseline stays', () => {
    const hidden = withoutScenario(rows);
    expect(hidden.map((r) => [r.baseline, r.scenario, r.band, r.diff])).toEqual([[100, null, null, null], [100, null, null, null], [null, null, null, null]]);
  });
});

describe('the numbers and layout of a slide', () => {
  it('states the chart’s 2030 values, change and range', () => {
    const rows = [2029, 2030].map((year) => ({ year, scenario: year - 2000, baseline: 20, band: [25, 35] as [number, number], diff: null, diffBand: null, paper: null, observed: null }));
    expect(figureAt(rows)).toEqual({ year: 2030, scenario: 30, baseline: 20, change: 10, range: [25, 35] });
    expect(figureAt(rows, 2035)).toBeNull();
    expect(figureAt(null)).toBeNull();
  });

  it('labels the years every 2 years to 2030 and every 5 to 2035, at most seven labels', () => {
    const span = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
    expect(yearTicks(span(2018, 2030))).toEqual([2018, 2020, 2022, 2024, 2026, 2028, 2030]);
    expect(yearTicks(span(2018, 2035))).toEqual([2020, 2025, 2030, 2035]);
    expect(yearTicks(span(2000, 2050)).length).toBeLessThanOrEqual(7);
    expect(yearTicks([])).toEqual([]);
  });

  it('sizes a big number to its column, within bounds', () => {
    expect(fitFont('+4k', 400, 72, 44)).toBe(72);
    expect(fitFont('+USD 35.7 bn', 400, 72, 44)).toBeLessThan(72);
    expect(fitFont('a very long figure that cannot fit', 400, 72, 44)).toBe(44);
  });

  it('puts the ink that reads best on each scenario colour', () => {
    expect(inkOn('#0072B2')).toBe('#ffffff');
    expect(inkOn('#E69F00')).toBe('#000000');
    expect(inkOn('#009E73')).toBe('#000000');
    expect(inkOn('#CC79A7')).toBe('#000000');
  });

  it('keeps the letters at line ends apart, in their order', () => {
    expect(spreadLabels([100, 105, 300], 42)).toEqual([100, 142, 300]);
    expect(spreadLabels([200, 190], 42)).toEqual([232, 190]);
  });
});

describe('levers that move a chart', () => {
  const reach = leverReach(engine.levers, engine.project);

  it('are found by running the model', () => {
    expect([...(reach.get('regularisationRatePerYear')?.keys() ?? [])]).toContain('migrantsRegular');
    expect(reach.get('regularisationRatePerYear')?.has('remittancesUsd')).toBe(false);
    expect(reach.get('remittanceCostTargetPct')?.has('remittancesUsd')).toBe(true);
    expect(reach.get('remittanceCostTargetPct')?.has('migrantsRegular')).toBe(false);
    // Only with a custom absorption capacity does the investment lever act, and then on public costs.
    expect(reach.get('absorptionInvestmentPctGdp')?.has('publicCostUsd')).toBe(true);
    expect(reach.get('inflowPath')?.has('netFiscalUsd')).toBe(true);
  });

  it('say how far each lever moves a chart, so the strip can keep the ones that matter most', () => {
    const far = (lever: LeverId, output: OutputId) => reach.get(lever)?.get(output) ?? 0;
    // Absorption capacity (who gets services) drives the net fiscal balance more than the inflow path (how many arrive).
    // (Not the policy start year: with every other lever at its maximum, it decides when everyone is regularised.)
    expect(far('absorptionCapacity', 'netFiscalUsd')).toBeGreaterThan(far('inflowPath', 'netFiscalUsd'));
    expect(far('regularisationRatePerYear', 'migrantsRegular')).toBeGreaterThan(0.01);
    for (const moved of reach.values()) for (const share of moved.values()) expect(share).toBeGreaterThan(0);
  });
});

describe('messages between the presentation and its presenter view', () => {
  const doc = scenario('Sent', (d) => {
    d.levers.regularisationRatePerYear = 0.25;
  });
  const state = (document: unknown) => ({
    type: 'state',
    input: { source: 'current', scenarios: [{ ref: null, colour: '#0072B2', document }], comparison: null },
    index: 2,
    hidden: ['chart:migrantsRegular'],
    levers: true,
    startedAt: 1_700_000_000_000,
  });

  it('accepts a state whose scenarios pass the scenario codec', () => {
    const parsed = parsePresenterMessage(structuredClone(state(JSON.parse(serialiseScenario(doc)))));
    expect(parsed?.type).toBe('state');
    expect(parsed?.type === 'state' && parsed.input.scenarios[0]?.document.levers).toEqual({ regularisationRatePerYear: 0.25 });
  });

  it.each([
    ['a scenario with a lever out of range', state({ ...doc, levers: { regularisationRatePerYear: 7 } })],
    ['a document that is not a scenario', state({ hello: 'world' })],
    ['an unknown message type', { type: 'format-disk' }],
    ['an extra field', { type: 'hello', extra: 1 }],
    ['an unknown command', { type: 'command', action: 'delete' }],
    ['a colour that is not one', { ...state(doc), input: { ...state(doc).input, scenarios: [{ ref: null, colour: 'url(x)', document: doc }] } }],
    ['not an object', 'next'],
  ])('ignores %s', (_label, raw) => {
    expect(parsePresenterMessage(raw)).toBeNull();
  });

  it('reads the session of a presenter-view address only', () => {
    expect(presenterSessionOf('?view=presenter&session=0123456789abcdef')).toBe('0123456789abcdef');
    expect(presenterSessionOf('?view=presenter&session=../../x')).toBeNull();
    expect(presenterSessionOf('?host=memory')).toBeNull();
  });
});

describe('the presentation session', () => {
  /** `presenterView`: a second screen is attached; `capable`: the host can open a presenter view at all. */
  function setUp(opts: { presenterView?: boolean; capable?: boolean } = {}) {
    const fullScreen: boolean[] = [];
    const presenter: (string | null)[] = [];
    let fullScreenListener: ((on: boolean) => void) | null = null;
    const sent: unknown[] = [];
    const channel: ChannelLike = { postMessage: (m) => void sent.push(structuredClone(m)), close: vi.fn(), onmessage: null };
    const restored = vi.fn();
    const host = {
      capabilities: { nativeDialogs: false, pickFiles: true, nativeMenu: false, filePaths: false, fullScreen: true, printsPdf: false, presenterView: opts.capable ?? true },
      async setFullScreen(on: boolean) {
        fullScreen.push(on);
      },
      onFullScreenChange(listener: (on: boolean) => void) {
        fullScreenListener = listener;
        return () => void (fullScreenListener = null);
      },
      async showPresenterView(session: string | null) {
        presenter.push(session);
        return session !== null && opts.presenterView === true;
      },
    };
    const session = new PresentationSession(host, {
      leverBaseline: baselineOf,
      openChannel: () => channel,
      newId: () => 'abcdef0123456789',
      now: () => 42,
      keepFocus: () => restored,
    });
    session.attach();
    return { session, fullScreen, presenter, channel, sent, restored, leaveFullScreen: () => fullScreenListener?.(false) };
  }
  const input = currentDeckInput(scenario('Live', (d) => void (d.levers.regularisationRatePerYear = 0.3)), null, '#0072B2', noComparison);
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('starts on the title slide: presenter view first, then full screen', async () => {
    const { session, fullScreen, presenter } = setUp({ presenterView: true });
    session.start(input);
    expect(session.getSnapshot()).toMatchObject({ active: true, index: 0, session: 'abcdef0123456789', startedAt: 42 });
    await flush();
    expect(presenter).toEqual(['abcdef0123456789']);
    expect(fullScreen).toEqual([true]);
    expect(session.getSnapshot().presenterView).toBe(true);
  });

  it('never asks a host without a presenter view for one', async () => {
    const { session, fullScreen, presenter } = setUp({ capable: false });
    session.start(input);
    await flush();
    session.stop();
    expect(presenter).toEqual([]);
    expect(fullScreen).toEqual([true, false]);
  });

  it('moves through the slides and stops at both ends', () => {
    const { session } = setUp();
    session.start(input);
    const last = session.getSnapshot().slides.length - 1;
    expect(session.act('previous')).toBe(false);
    session.act('next');
    session.act('next');
    expect(session.getSnapshot().index).toBe(2);
    session.act('last');
    expect(session.getSnapshot().index).toBe(last);
    expect(session.act('next')).toBe(false);
    session.act('first');
    expect(session.getSnapshot().index).toBe(0);
  });

  it('R hides and shows the scenario line of a chart slide only; P replays it and shows it', () => {
    const { session } = setUp();
    session.start(input);
    expect(session.act('reveal')).toBe(false); // the title slide has no line
    session.act('next');
    const key = session.getSnapshot().slides[1]?.key ?? '';
    session.act('reveal');
    expect(session.getSnapshot().hidden).toEqual([key]);
    session.act('replay');
    expect(session.getSnapshot()).toMatchObject({ hidden: [], replay: { key, token: 1 } });
    session.act('replay');
    expect(session.getSnapshot().replay?.token).toBe(2);
    session.act('reveal');
    session.act('reveal');
    expect(session.getSnapshot().hidden).toEqual([]);
  });

  it('L shows the lever strip for the open scenario, not for scenarios chosen from the library', () => {
    const { session } = setUp();
    session.start(input);
    expect(session.act('levers')).toBe(true);
    expect(session.getSnapshot().levers).toBe(true);
    session.stop();
    session.start(savedDeckInput(input.scenarios));
    expect(session.act('levers')).toBe(false);
    expect(session.getSnapshot().levers).toBe(false);
  });

  it('Esc ends it: full screen off, presenter view closed, the presenter view told, the focus given back', async () => {
    const { session, fullScreen, presenter, sent, restored, channel } = setUp();
    session.start(input);
    await flush();
    session.act('exit');
    expect(session.getSnapshot().active).toBe(false);
    expect(fullScreen).toEqual([true, false]);
    expect(presenter).toEqual(['abcdef0123456789', null]);
    expect(sent.at(-1)).toEqual({ type: 'ended' });
    expect(channel.close).toHaveBeenCalled();
    expect(restored).toHaveBeenCalledTimes(1);
  });

  it('leaving full screen by other means ends the presentation too', async () => {
    const { session, leaveFullScreen } = setUp();
    session.start(input);
    await flush();
    leaveFullScreen();
    expect(session.getSnapshot().active).toBe(false);
  });

  it('keeps the slide on screen when a lever moved live changes the assumptions', () => {
    const { session } = setUp();
    session.start(input);
    session.act('last');
    const moved = currentDeckInput(scenario('Live', (d) => void (d.levers = { regularisationRatePerYear: 0.3, inflowPath: 'high' })), null, '#0072B2', noComparison);
    session.update(moved);
    const s = session.getSnapshot();
    expect(s.slides[s.index]?.key).toBe('closing:1');
    expect(s.slides.at(-1)?.kind === 'closing' && s.slides.at(-1)).toMatchObject({ rows: [{ id: 'lever:regularisationRatePerYear' }, { id: 'lever:inflowPath' }] });
  });

  it('answers a presenter view’s hello with the state, and acts on its commands; anything else is ignored', () => {
    const { session, channel, sent } = setUp();
    session.start(input);
    sent.length = 0;
    channel.onmessage?.({ data: { type: 'hello' } });
    expect(parsePresenterMessage(sent.at(-1))).toMatchObject({ type: 'state', index: 0, levers: false });
    channel.onmessage?.({ data: { type: 'command', action: 'next' } });
    expect(session.getSnapshot().index).toBe(1);
    channel.onmessage?.({ data: { type: 'command', action: 'reload' } });
    channel.onmessage?.({ data: { type: 'state', index: 5 } });
    expect(session.getSnapshot().index).toBe(1);
  });

  it('changes nothing while no presentation is on', () => {
    const { session, fullScreen } = setUp();
    expect(session.act('next')).toBe(false);
    session.update(input);
    session.stop();
    expect(session.getSnapshot().active).toBe(false);
    expect(fullScreen).toEqual([]);
  });
});
