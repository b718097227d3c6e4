// The comparison table: each scenario's scope (which countries its levers reach), the assumptions the compared
// scenarios change (with the baseline's value), then each scenario's key figures against the baseline in 2030, 2035
// and summed over 2019–2035. Used by the Compare view and the comparison report.
import { memo, useMemo } from 'react';
import type { Projection, RegionId } from '../../../shared/model/types';
import type { ScenarioDocument } from '../../../shared/scenario';
import type { Engine } from '../../compute/engine-types';
import { formatCompact } from '../../i18n/format';
import { t } from '../../i18n/t';
import { CARD_OUTPUTS, CUMULATIVE, FIRST_CUMULATIVE_YEAR, HORIZON_YEAR, TARGET_YEAR } from '../cards/key-figures';
import { scopeSummary } from '../levers/scope-text';
import { assumptionRows, baselineOf, changedRows, formatAssumption, isBaselineValue, type AssumptionRow } from './assumption-rows';
import { compareFigures } from './compare-data';
import { BASELINE_COLOUR } from './scenario-colours';
import { ScenarioSwatch } from './ScenarioMarker';
import { useLocale } from '../../i18n/use-locale';
import { scenarioName } from '../file/scenario-name';

export interface TableScenario {
  key: string;
  colour: string;
  document: ScenarioDocument;
}

interface CompareTableProps {
  engine: Engine;
  region: RegionId;
  placeName: (id: string) => string;
  scenarios: readonly TableScenario[];
  projections: readonly Projection[];
}

export const CompareTable = memo(function CompareTable({ engine, region, placeName, scenarios, projections }: CompareTableProps) {
  useLocale();
  const figures = useMemo(() => compareFigures(projections, region), [projections, region]);
  const scopes = useMemo(() => scenarios.map((s) => scopeSummary(s.document, engine)), [scenarios, engine]);
  // Only what some scenario really changes for this place; a value equal to the baseline reads "as baseline".
  const assumptions = useMemo(
    () => changedRows(assumptionRows(scenarios.map((s) => s.document), engine.levers, engine.parameters), engine.leverBaseline, region),
    [scenarios, engine, region],
  );
  const baselineValue = (row: AssumptionRow): string => formatAssumption(row, baselineOf(row, engine.leverBaseline, region), t('compare.baselineValue'), true);
  return (
    // A region that can scroll sideways (at 200% zoom four scenario columns do not fit), reachable by keyboard.
    <div className="compare__table-wrap" tabIndex={0} role="region" aria-label={t('compare.tableCaption', { place: placeName(region) })}>
      <table className="compare__table" data-testid="compare-table">
        <caption>{t('compare.tableCaption', { place: placeName(region) })}</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col" className="compare__col"><span className="swatch swatch--dashed" style={{ borderColor: BASELINE_COLOUR }} />{t('charts.baseline')}</th>
            {scenarios.map((s) => (
              <th key={s.key} scope="col" className="compare__col"><ScenarioSwatch colour={s.colour} />{scenarioName(s.document.name)}</th>
            ))}
          </tr>
        </thead>
        <tbody data-testid="compare-assumptions">
          <tr className="compare__section"><th scope="rowgroup" colSpan={scenarios.length + 2}>{t('compare.assumptions')}</th></tr>
          <tr data-testid="compare-scope">
            <th scope="row">{t('compare.scope')}</th>
            <td className="compare__baseline">–</td>
            {scopes.map((scope, k) => <td key={scenarios[k]?.key ?? k}>{scope}</td>)}
          </tr>
          {assumptions.length === 0 && <tr><td colSpan={scenarios.length + 2} className="panel-hint">{t('compare.noAssumptions')}</td></tr>}
          {assumptions.map((row) => (
            <tr key={row.id} data-testid={`assumption-${row.id}`}>
              <th scope="row">{row.country ? `${placeName(row.country)}: ${row.def.label}` : row.def.label}{row.kind === 'parameter' && <span className="badge badge--quiet">{t('compare.parameter')}</span>}</th>
              <td className="compare__baseline">{baselineValue(row)}</td>
              {row.values.map((v, k) => {
                const unchanged = isBaselineValue(v, baselineOf(row, engine.leverBaseline, region));
                return <td key={scenarios[k]?.key ?? k} className={unchanged ? 'compare__baseline' : undefined}>{formatAssumption(row, unchanged ? undefined : v, t('compare.asBaseline'))}</td>;
              })}
            </tr>
          ))}
        </tbody>
        <tbody data-testid="compare-results">
          <tr className="compare__section"><th scope="rowgroup" colSpan={scenarios.length + 2}>{t('compare.results')}</th></tr>
          {CARD_OUTPUTS.flatMap((id) => {
            const outputDef = engine.outputs.find((o) => o.id === id);
            const label = outputDef?.label ?? id;
            const cell = (value: number | null | undefined, u: string) =>
              value == null ? '–' : formatCompact(value, u, { signed: true });
            return [
              <tr key={`${id}-2030`} data-testid={`result-${id}-2030`}>
                <th scope="row">{t('compare.resultIn', { label, year: TARGET_YEAR })}</th>
                <td className="compare__baseline">0</td>
                {figures.map((f, k) => <td key={scenarios[k]?.key ?? k}>{cell(f.find((x) => x.output === id)?.change2030, outputDef?.unit ?? '')}</td>)}
              </tr>,
              <tr key={`${id}-${HORIZON_YEAR}`} data-testid={`result-${id}-${HORIZON_YEAR}`}>
                <th scope="row" className="compare__sub">{t('cards.inYear', { year: HORIZON_YEAR })}</th>
                <td className="compare__baseline">0</td>
                {figures.map((f, k) => <td key={scenarios[k]?.key ?? k}>{cell(f.find((x) => x.output === id)?.changeHorizon, outputDef?.unit ?? '')}</td>)}
              </tr>,
              <tr key={`${id}-cum`} data-testid={`result-${id}-cumulative`}>
                <th scope="row" className="compare__sub">{t('compare.cumulative', { from: FIRST_CUMULATIVE_YEAR, to: HORIZON_YEAR })}</th>
                <td className="compare__baseline">0</td>
                {figures.map((f, k) => <td key={scenarios[k]?.key ?? k}>{cell(f.find((x) => x.output === id)?.cumulative, CUMULATIVE[id].unit)}</td>)}
              </tr>,
            ];
          })}
        </tbody>
      </table>
    </div>
  );
});
