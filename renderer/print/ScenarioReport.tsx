// The scenario report: title block and summary, the assumptions it changes, the key figures as on screen, the
// charts, the equations with this scenario's parameter values, the sources and the paper's caveats.
import { useMemo } from 'react';
import type { OutputDef } from '../../shared/model/types';
import type { PrintJob } from '../../shared/print/print-job';
import { computedFingerprint } from '../../shared/export/provenance';
import { toScenarioInputs } from '../../shared/scenario';
import type { Engine } from '../compute/engine-types';
import { formatDateTime } from '../i18n/format-date';
import { t } from '../i18n/t';
import { applicableCaveats, changedAssumptions, placeName, reportSources, reportSummary } from './report-content';
import { chartSize } from './report-layout';
import { KeyFigureTable, MethodologyPage, PageRule, ReportChart, SourcesPage, TitleBlock } from './ReportParts';
import { scenarioName } from '../features/file/scenario-name';

export function ScenarioReport({ job, engine }: { job: PrintJob; engine: Engine }) {
  const doc = job.documents[0];
  if (!doc) throw new Error('A scenario report needs a scenario');
  const region = job.region;
  const projection = useMemo(() => engine.project(toScenarioInputs(doc)), [engine, doc]);
  const fingerprint = computedFingerprint(doc);
  const place = placeName(engine, region);
  const charts = doc.view.charts.map((id) => engine.outputs.find((o) => o.id === id)).filter((d): d is OutputDef => d !== undefined).slice(0, 4);
  const changes = changedAssumptions(doc, engine, region);
  const size = chartSize(job.page);
  return (
    <article className={`report report--${job.page.landscape ? 'landscape' : 'portrait'}`} data-testid="report">
      <PageRule page={job.page} footer={t('report.footer', { name: scenarioName(doc.name), fingerprint })} />
      <TitleBlock
        title={scenarioName(doc.name)}
        rows={[
          [t('report.author'), doc.author || t('report.noAuthor')],
          [t('report.date'), formatDateTime(job.generatedAt)],
          [t('report.place'), place],
          [t('report.lens'), t(doc.view.lens === 'host' ? 'lens.host' : 'lens.origin')],
          [t('report.appVersion'), job.appVersion],
          [t('report.baseline'), t('report.baselineValue', { id: engine.baseline.datasetId, version: engine.baseline.datasetVersion })],
          [t('report.fingerprint'), fingerprint],
        ]}
      />
      <section className="report__section" aria-labelledby="report-summary">
        <h2 id="report-summary">{t('report.summary')}</h2>
        <p className="report__summary" data-testid="report-summary">{reportSummary(doc, projection, engine, region)}</p>
        {doc.notes.trim() !== '' && (
          <p className="report__notes">
            <strong>{t('report.notes')}</strong> {doc.notes}
          </p>
        )}
      </section>

      <section className="report__section" aria-labelledby="report-figures-heading">
        <h2 id="report-figures-heading">{t('report.keyFigures', { place })}</h2>
        <KeyFigureTable engine={engine} projection={projection} region={region} />
      </section>

      <section className="report__section" aria-labelledby="report-changes">
        <h2 id="report-changes">{t('report.changes')}</h2>
        {changes.length === 0 ? (
          <p>{t('report.noChanges')}</p>
        ) : (
          <table className="report-table" data-testid="report-changes">
            <thead>
              <tr>
                <th scope="col">{t('report.assumption')}</th>
                <th scope="col">{t('report.appliesTo')}</th>
                <th scope="col" className="num">{t('charts.baseline')}</th>
                <th scope="col" className="num">{t('charts.scenario')}</th>
                <th scope="col">{t('report.sourceAndEvidence')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.label}</th>
                  <td>{c.scope}</td>
                  <td className="num">{c.baseline}</td>
                  <td className="num report__strong">{c.scenario}</td>
                  <td className="report__small">
                    <span className={`evidence evidence--${c.evidence}`}>{t(`evidence.${c.evidence}`)}</span> {c.source}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="report__section" aria-labelledby="report-charts">
        <h2 id="report-charts">{t('report.charts', { place })}</h2>
        <div className="report-charts">
          {charts.map((def) => (
            <ReportChart key={def.id} engine={engine} projection={projection} region={region} def={def} size={size} />
          ))}
        </div>
      </section>

      <MethodologyPage engine={engine} pinned={doc.parameters} intro={t('report.methodologyIntro')} />
      <SourcesPage sources={reportSources([doc], charts, engine, region)} caveats={applicableCaveats(engine, charts.map((c) => c.id))} />
    </article>
  );
}
