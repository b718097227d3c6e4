// The growth assumptions derived from the selected country's record (docs/methodology.md, "Anchoring"): where each
// projection starts, how it was measured, and what it fades to. Shown with the parameters they work with.
import { memo } from 'react';
import type { DerivedGrowthRow } from '../../compute/engine-types';
import { formatPercent } from '../../i18n/format';
import { t } from '../../i18n/t';
import { useLocale } from '../../i18n/use-locale';

interface DerivedGrowthProps {
  place: string;
  rows: readonly DerivedGrowthRow[];
  /** Long-run rate each series fades to, by series (from the parameter values in use). */
  longRun: Readonly<Record<DerivedGrowthRow['series'], number | null>>;
}

const pct = (x: number) => formatPercent(x * 100, { signed: true });

/** How the starting rate was measured: the record's years, and what it was blended with (weights from the data). */
function basisText(r: DerivedGrowthRow): string {
  if (!r.window || r.basis === 'none') return t('derived.basisNone');
  const years = { from: r.window[0], to: r.window[1] };
  const reference = r.reference === 'worldwide' ? t('derived.reference.worldwide') : t('derived.reference.subregion');
  if (r.basis === 'subregion') return t('derived.basisReference', { ...years, reference });
  if (r.ownShare === null || r.ownShare >= 1) return t('derived.basisOwn', years);
  return t('derived.basisBlended', { ...years, reference, share: formatPercent(r.ownShare * 100) });
}

export const DerivedGrowth = memo(function DerivedGrowth({ place, rows, longRun }: DerivedGrowthProps) {
  useLocale();
  return (
    <section className="derived" aria-labelledby="derived-heading" data-testid="derived-growth">
      <h3 id="derived-heading" className="derived__title">
        {t('derived.heading', { place })} <span className="evidence evidence--D">{t('evidence.D')}</span>
      </h3>
      {rows.length === 0 ? (
        <p className="panel-hint">{t('derived.choosePlace')}</p>
      ) : (
        <table className="derived__table">
          <thead>
            <tr>
              <th scope="col">{t('derived.series')}</th>
              <th scope="col">{t('derived.recent')}</th>
              <th scope="col">{t('derived.basis')}</th>
              <th scope="col">{t('derived.longRun')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const lr = longRun[r.series];
              return (
                <tr key={r.series} data-testid={`derived-${r.series}`}>
                  <th scope="row">{t(`derived.series.${r.series}`)}</th>
                  <td>
                    {r.recent === null ? '–' : t('derived.perYear', { value: pct(r.recent) })}
                    {r.volatility > 0 && <span className="derived__sub"> {t('derived.volatility', { value: formatPercent(r.volatility * 100) })}</span>}
                  </td>
                  <td>
                    {basisText(r)}
                    {r.capped && <span className="derived__sub"> {t('derived.capped')}</span>}
                  </td>
                  <td>{lr === null ? t('derived.taper') : t('derived.perYear', { value: pct(lr) })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p className="panel-hint">{t('derived.rule')}</p>
    </section>
  );
});
