// What the presenter view says about each slide: its title, and speaker notes built from the scenario and its
// numbers by template (offline, no generated prose), plus the scenario's own notes on the title slide.
import { formatCompact } from '../../i18n/format';
import { t } from '../../i18n/t';
import { commandShortcut } from '../../commands/labels';
import { TARGET_YEAR } from '../cards/key-figures';
import { chartData } from '../charts/chart-data';
import { compareRows } from '../compare/compare-data';
import { deckCharts, deckView, type Slide } from './deck';
import { figureAt } from './slide-figures';
import { regionLabel } from './slide-layout';
import type { DeckData } from './use-presentation';
import { scenarioName } from '../file/scenario-name';

/** A slide's title, as the presenter view and screen readers name it. */
export function slideTitle(slide: Slide, data: DeckData): string {
  switch (slide.kind) {
    case 'title':
      return data.input.scenarios.length === 1 ? scenarioName(data.input.scenarios[0]?.document.name ?? '') : t('present.severalTitle', { count: data.input.scenarios.length });
    case 'chart':
    case 'compare':
      return data.engine.outputs.find((o) => o.id === slide.output)?.label ?? slide.output;
    case 'closing':
      return slide.pages > 1 ? `${t('present.closingTitle')} (${t('present.closingPage', { page: slide.page, pages: slide.pages })})` : t('present.closingTitle');
  }
}

/** Speaker notes for a slide, one paragraph per entry. */
export function speakerNotes(slide: Slide, data: DeckData, allSlides: readonly Slide[]): string[] {
  const { engine, input } = data;
  const view = deckView(input);
  const place = regionLabel(engine, view.region);
  switch (slide.kind) {
    case 'title': {
      const [only] = input.scenarios;
      if (input.scenarios.length === 1 && only) {
        const notes = [t('notes.title', { name: scenarioName(only.document.name), place, lens: t(view.lens === 'host' ? 'lens.host' : 'lens.origin'), count: deckCharts(input).length })];
        if (only.document.notes.trim() !== '') notes.push(t('notes.authorNotes', { notes: only.document.notes.trim() }));
        return notes;
      }
      return [t('notes.titleSeveral', { count: input.scenarios.length, names: input.scenarios.map((s) => scenarioName(s.document.name)).join(', ') })];
    }
    case 'chart': {
      const def = engine.outputs.find((o) => o.id === slide.output);
      const projection = data.projections[0];
      const rows = projection ? chartData(engine, projection, view.region, slide.output).rows : null;
      const figure = figureAt(rows, TARGET_YEAR);
      const unit = def?.unit ?? 'persons';
      const f = (v: number | null | undefined, signed = false) => (v == null ? '–' : formatCompact(v, unit, { signed, difference: signed }));
      const notes = def ? [t('notes.definition', { definition: def.definition })] : [];
      if (figure) notes.push(t('notes.figure', { year: figure.year, scenario: f(figure.scenario), baseline: f(figure.baseline), change: f(figure.change, true) }));
      if (figure?.range) notes.push(t('notes.range', { low: f(figure.range[0]), high: f(figure.range[1]) }));
      if (def?.assumptionDriven) notes.push(t('notes.assumptionDriven'));
      notes.push(t('notes.guess'));
      if (input.source === 'current') notes.push(t('notes.levers', { undo: commandShortcut('undo') ?? '' }));
      return notes;
    }
    case 'compare': {
      const def = engine.outputs.find((o) => o.id === slide.output);
      const scenarios = slide.group === 'deck' ? input.scenarios : (input.comparison?.scenarios ?? []);
      const projections = slide.group === 'deck' ? data.projections : data.comparison;
      const rows = projections[0] ? compareRows(projections[0], projections, slide.region, slide.output) : null;
      const at = rows?.find((r) => r.year === TARGET_YEAR);
      const unit = def?.unit ?? 'persons';
      const notes = def ? [t('notes.definition', { definition: def.definition })] : [];
      scenarios.forEach((s, k) => {
        const v = at?.[`s${k}`] ?? null;
        if (v === null || at?.baseline == null) return;
        notes.push(t('notes.compareOne', { name: scenarioName(s.document.name), year: at.year, value: formatCompact(v, unit), change: formatCompact(v - at.baseline, unit, { signed: true, difference: true }) }));
      });
      notes.push(t('notes.guess'));
      return notes;
    }
    case 'closing': {
      const rows = allSlides.flatMap((s) => (s.kind === 'closing' ? s.rows : []));
      if (rows.length === 0) return [t('notes.closingNone')];
      return [t('notes.closing', { count: rows.length, assumptions: rows.filter((r) => r.def.evidence === 'A').length })];
    }
  }
}
