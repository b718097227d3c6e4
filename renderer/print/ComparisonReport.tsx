// The comparison report: two to four scenarios and the baseline on the same axes, the table of what differs and
// of the results, the equations, the sources and caveats.
import { useMemo } from 'react';
import type { OutputDef, OutputId } from '../../shared/model/types';
import type { PrintJob } from '../../shared/print/print-job';
import { computedFingerprint } from '../../shared/export/provenance';
import { toScenarioInputs } from '../../shared/scenario';
import type { Engine } from '../compute/engine-types';
import { CompareChart } from '../features/compare/CompareChart';
import { CompareTable } from '../features/compare/CompareTable';
import { SCENARIO_COLOURS } from '../features/compare/scenario-colours';
import { formatDateTime } from '../i18n/format-date';
import { t } from '../i18n/t';
import { applicableCaveats, placeName, reportSources, reportSummary } from './report-content';
import { chartSize } from './report-layout';
import { MethodologyPage, PageRule, SourcesPage, TitleBlock } from './ReportParts';

const EMPTY_INPUTS = { levers: {}, countries: {}, parameters: {} };
/** Outputs compared when the first scenario's view names none. */
const DEFAULT_COMPARED: readonly OutputId[] = ['remittancesUsd', 'migrantsRegular', 'netFiscalUsd', 'gdpContributionUsd'];

export function ComparisonReport({ job, engine }: { job: PrintJob; engine: Engine }) {
  const region = job.region;
  const place = placeName(engine, region);
  const baseline = useMemo(() => engine.project(EMPTY_INPUTS), [engine]);
  const projections = useMemo(() => job.documents.map((d) => engine.project(toScenarioInputs(d))), [engine, job.documents]);
  const scenarios = job.documents.map((document, k) => ({ key: `s${k}`, colour: job.colours?.[k] ?? SCENARIO_COLOURS[k % SCENARIO_COLOURS.length] ?? '#0072B2', document }));
  const lines = scenarios.map((s) => ({ key: s.key, name: s.document.name, colour: s.colour }));
  const fingerprints = job.documents.map((d) => computedFingerprint(d));
  const first = job.documents[0];
  const wanted = first && first.view.charts.length > 0 ? first.view.charts : DEFAULT_COMPARED;
  const charts = wanted.map((id) => engine.outputs.find((o) => o.id === id)).filter((d): d is OutputDef => d !== undefined).slice(0, 4);
  const size = chartSize(job.page);
  const names = job.documents.map((d) => d.name);
  return (
    <article className={`report report--${job.page.landscape ? 'landscape' : 'portrait'}`} data-testid="report">
      <PageRule page={job.page} footer={t('report.comparisonFooter', { fingerprints: fingerprints.join(' · ') })} />
      <TitleBlock
        title={t('report.comparisonTitle', { count: names.length })}
        rows={[
          ...job.documents.map((d, k): [string, string] => [t('report.scenarioN', { n: k + 1 }), `${d.name} (${fingerprints[k]})`]),
          [t('report.date'), formatDateTime(job.generatedAt)],
          [t('report.place'), place],
          [t('report.appVersion'), job.appVersion],
          [t('report.baseline'), t('report.baselineValue', { id: engine.baseline.datasetId, version: engine.baseline.datasetVersion })],
        ]}
      />
      <section className="report__section" aria-labelledby="report-summary">
        <h2 id="report-summary">{t('report.summary')}</h2>
        {job.documents.map((d, k) => (
          <p key={fingerprints[k]} className="report__summary" data-testid="report-summary">
            {reportSummary(d, projections[k] ?? baseline, engine, region)}
          </p>
        ))}
      </section>
      <section className="report__section" aria-labelledby="report-table">
        <h2 id="report-table">{t('report.whatDiffers')}</h2>
        <CompareTable engine={engine} region={region} placeName={(id) => placeName(engine, id)} scenarios={scenarios} projections={projections} />
      </section>
      <section className="report__section report__section--break" aria-labelledby="report-charts">
        <h2 id="report-charts">{t('report.charts', { place })}</h2>
        <div className="report-charts">
          {charts.map((def) => (
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
