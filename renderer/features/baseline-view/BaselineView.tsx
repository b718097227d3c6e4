// The paper's baseline: Figures 1–4 rebuilt from data/, with the paper's own value beside ours where they differ,
// and the paper's caveats under each figure. Drawn as HTML bars: exact text for every value, crisp on a projector.
import { memo } from 'react';
import type { BaselineFigure, FigureBar } from '../../compute/engine-types';
import { t } from '../../i18n/t';
import { formatCompact } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';

const PART_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];

export const BaselineView = memo(function BaselineView({ figures }: { figures: readonly BaselineFigure[] }) {
  useLocale();
  return (
    <section className="baseline" aria-labelledby="baseline-heading" data-testid="baseline-view">
      <header className="view-head">
        <h2 id="baseline-heading" className="view-title">
          {t('baseline.heading')}
        </h2>
      </header>
      <p className="panel-hint">{t('baseline.intro')}</p>
      <div className="baseline__grid">
        {figures.map((figure) => (
          <FigureCard key={figure.id} figure={figure} />
        ))}
      </div>
    </section>
  );
});

function FigureCard({ figure }: { figure: BaselineFigure }) {
  const max = Math.max(1e-12, ...figure.bars.map((b) => Math.max(b.value, b.paper ?? 0)));
  return (
    <figure className="figure" data-testid={`figure-${figure.id}`}>
      <figcaption className="figure__title">{figure.title}</figcaption>
      <p className="chart__unit">{t('charts.unit', { unit: t(`unit.${figure.unit}`) })}</p>
      {figure.series && (
        <ul className="legend">
          {figure.series.map((s, i) => (
            <li key={s.key}>
              <span className="legend__swatch" style={{ background: PART_COLORS[i % PART_COLORS.length] }} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <ol className="bars">
        {figure.bars.map((bar) => (
          <BarRow key={bar.id} bar={bar} max={max} unit={figure.unit} series={figure.series} />
        ))}
      </ol>
      <p className="chart__source">{t('charts.source', { source: figure.source })}</p>
      {figure.caveats.length > 0 && (
        <details className="caveats" open>
          <summary>{t('baseline.caveats')}</summary>
          <ul>
            {figure.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </details>
      )}
    </figure>
  );
}

function BarRow({ bar, max, unit, series }: { bar: FigureBar; max: number; unit: BaselineFigure['unit']; series?: BaselineFigure['series'] }) {
  const width = (v: number) => `${(100 * Math.max(0, v)) / max}%`;
  const paperDiffers = bar.paper != null && Math.abs(bar.paper - bar.value) > 1e-9 * Math.max(1, Math.abs(bar.value));
  return (
    <li className="bars__row" data-testid={`bar-${bar.id}`}>
      <span className="bars__label">{bar.label}</span>
      <span className="bars__track">
        {series && bar.parts ? (
          <span className="bars__stack" style={{ width: width(bar.value) }}>
            {series.map((s, i) => (
              <span key={s.key} className="bars__part" style={{ flexGrow: bar.parts?.[s.key] ?? 0, background: PART_COLORS[i % PART_COLORS.length] }} />
            ))}
          </span>
        ) : (
          <span className="bars__fill" style={{ width: width(bar.value) }} />
        )}
        {bar.paper != null && <span className="bars__paper" style={{ left: width(bar.paper) }} title={t('charts.paper')} />}
      </span>
      <span className="bars__value">
        {formatCompact(bar.value, unit)}
        {paperDiffers && bar.paper != null && (
          <span className="bars__paper-value">
            {' '}({t('baseline.paperValue')}: {formatCompact(bar.paper, unit)})
          </span>
        )}
      </span>
    </li>
  );
}
