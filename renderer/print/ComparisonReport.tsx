// The comparison report: two to four scenarios and the baseline on the same axes, the table of what differs and
// of the results, the equations, the sources and caveats. Scenarios are named by letter (A–D, as in presentation
// mode) wherever space is short: the table's columns carry the letter, and the key above it the full name, so four
// long ministry titles never push a column off the page.
import { useMemo } from 'react';
import type { PrintJob } from '../../shared/print/print-job';
import { computedFingerprint } from '../../shared/export/provenance';
import { toScenarioInputs } from '../../shared/scenario';
import type { Engine } from '../compute/engine-types';
import { CompareChart } from '../features/compare/CompareChart';
import { CompareTable } from '../features/compare/CompareTable';
import { SCENARIO_COLOURS } from '../features/compare/scenario-colours';
import { inkOn, SCENARIO_LETTERS } from '../features/presentation/slide-layout';
import { formatDateTime } from '../i18n/format-date';
import { t } from '../i18n/t';
import { applicableCaveats, comparedCharts, placeName, plainSource, reportSources, reportSummary } from './report-content';
import { chartSize } from './report-layout';
import { MethodologyPage, PageRule, SourcesPage, TitleBlock } from './ReportParts';
import { scenarioName } from '../features/file/scenario-name';

const EMPTY_INPUTS = { levers: {}, countries: {}, parameters: {} };

function ScenarioLetter({ index, colour }: { index: number; colour: string }) {
  return (
    <span className="report-letter" style={{ background: colour, color: inkOn(colour) }}>
      {SCENARIO_LETTERS[index]}
    </span>
  );
}

export function ComparisonReport({ job, engine }: { job: PrintJob; engine: Engine }) {
  const region = job.region;
  const place = placeName(engine, region);
  const baseline = useMemo(() => engine.project(EMPTY_INPUTS), [engine]);
  const projections = useMemo(() => job.documents.map((d) => engine.project(toScenarioInputs(d))), [engine, job.documents]);
  const scenarios = job.documents.map((document, k) => ({ key: `s${k}`, colour: job.colours?.[k] ?? SCENARIO_COLOURS[k % SCENARIO_COLOURS.length] ?? '#0072B2', document }));
  const letter = (k: number) => SCENARIO_LETTERS[k] ?? String(k + 1);
  // The table heads each column with the scenario's letter only (the key above it names them in full).
  const lettered = scenarios.map((s, k) => ({ ...s, document: { ...s.document, name: letter(k) } }));
  const lines = scenarios.map((s, k) => ({ key: s.key, name: t('report.letteredName', { letter: letter(k), name: scenarioName(s.document.name) }), colour: s.colour }));
  const fingerprints = job.documents.map((d) => computedFingerprint(d));
  const charts = useMemo(() => comparedCharts(job.documents, engine.outputs), [job.documents, engine]);
  const drawn = useMemo(() => charts.map((def) => ({ ...def, source: plainSource(def.source, engine) })), [charts, engine]);
  const size = chartSize(job.page);
  const lenses = [...new Set(job.documents.map((d) => d.view.lens))];
  const lensText =
    lenses.length === 1
      ? t(lenses[0] === 'host' ? 'lens.host' : 'lens.origin')
      : job.documents.map((d, k) => t('report.letteredName', { letter: letter(k), name: t(d.view.lens === 'host' ? 'lens.host' : 'lens.origin') })).join(' · ');
  return (
    <article className={`report report--${job.page.landscape ? 'landscape' : 'portrait'}`} data-testid="report">
      <PageRule page={job.page} footer={t('report.comparisonFooter', { fingerprints: fingerprints.join(' · ') })} />
      <TitleBlock
        title={t('report.comparisonTitle', { count: job.documents.length })}
        rows={[
          ...job.documents.map((d, k): [string, string] => [t('report.scenarioN', { n: letter(k) }), t('report.nameAndFingerprint', { name: d.name, fingerprint: fingerprints[k] ?? '' })]),
          [t('report.date'), formatDateTime(job.generatedAt)],
          [t('report.place'), place],
          [t('report.lens'), lensText],
          [t('report.appVersion'), job.appVersion],
          [t('report.baseline'), t('report.baselineValue', { id: engine.baseline.datasetId, version: engine.baseline.datasetVersion })],
        ]}
      />
      <section className="report__section" aria-labelledby="report-summary">
        <h2 id="report-summary">{t('report.summary')}</h2>
        {job.documents.map((d, k) => (
          <p key={fingerprints[k]} className="report__summary" data-testid="report-summary">
            <ScenarioLetter index={k} colour={scenarios[k]?.colour ?? '#000000'} /> {reportSummary(d, projections[k] ?? baseline, engine, region)}
          </p>
        ))}
      </section>
      <section className="report__section report-compare" aria-labelledby="report-table">
        <h2 id="report-table">{t('report.whatDiffers')}</h2>
        <ul className="report-key" aria-label={t('report.scenarioKey')}>
          {scenarios.map((s, k) => (
            <li key={s.key}>
              <ScenarioLetter index={k} colour={s.colour} /> {scenarioName(s.document.name)}
            </li>
          ))}
        </ul>
        <CompareTable engine={engine} region={region} placeName={(id) => placeName(engine, id)} scenarios={lettered} projections={projections} />
      </section>
      <section className="report__section" aria-labelledby="report-charts">
        <h2 id="report-charts">{t('report.charts', { place })}</h2>
        <div className="report-charts">
          {drawn.map((def) => (
            <div key={def.id} className="report-chart">
              <CompareChart def={def} placeName={place} region={region} baseline={baseline} projections={projections} observed={engine.observed(def.id, region)} lines={lines} size={size} />
            </div>
          ))}
        </div>
      </section>
      <MethodologyPage engine={engine} pinned={{}} intro={t('report.methodologyIntroComparison')} />
      <SourcesPage sources={reportSources(job.documents, charts, engine, region)} caveats={applicableCaveats(engine, charts.map((c) => c.id))} />
    </article>
  );
}
