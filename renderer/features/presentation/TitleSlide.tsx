// The title slide: what is shown and where it comes from. The scenario's name, place and lens, who prepared it and
// when it is presented, the baseline it was computed on and the scenario fingerprint (the same as on the report
// and exports), so a number quoted in the meeting can be traced back.
import { dataProvenance } from '../../../shared/data';
import { computedFingerprint } from '../../../shared/export/provenance';
import { formatLongDate } from '../../i18n/format-date';
import { t } from '../../i18n/t';
import { deckView } from './deck';
import { regionLabel } from './slide-layout';
import { ScenarioLetter } from './slide-parts';
import type { DeckData } from './use-presentation';
import { scenarioName } from '../file/scenario-name';

export function TitleSlide({ data, date }: { data: DeckData; date: number }) {
  const { engine, input } = data;
  const view = deckView(input);
  const place = t('present.placeLens', { place: regionLabel(engine, view.region), lens: t(view.lens === 'host' ? 'lens.host' : 'lens.origin') });
  const baseline = t('present.baselineVersion', { dataset: dataProvenance().datasetId, version: dataProvenance().datasetVersion });
  const only = input.scenarios.length === 1 ? input.scenarios[0] : undefined;
  if (only) {
    const doc = only.document;
    return (
      <div className="slide__body title-slide">
        <p className="title-slide__kicker">{t('present.kicker')}</p>
        <h1 className="title-slide__name" data-testid="slide-title-name">{scenarioName(doc.name)}</h1>
        <p className="title-slide__place">{place}</p>
        <ul className="title-slide__meta">
          {doc.author.trim() !== '' && <li>{t('present.preparedBy', { author: doc.author })}</li>}
          <li>{t('present.presentedOn', { date: formatLongDate(date) })}</li>
          <li>{baseline}</li>
          <li data-testid="slide-fingerprint">{t('present.fingerprint', { fingerprint: computedFingerprint(doc) })}</li>
        </ul>
      </div>
    );
  }
  return (
    <div className="slide__body title-slide">
      <p className="title-slide__kicker">{t('present.kickerSeveral')}</p>
      <h1 className="title-slide__name title-slide__name--several" data-testid="slide-title-name">{t('present.severalTitle', { count: input.scenarios.length })}</h1>
      <p className="title-slide__place">{place}</p>
      <ul className="title-slide__scenarios">
        {input.scenarios.map((s, k) => (
          <li key={s.ref ?? k}>
            <ScenarioLetter index={k} colour={s.colour} />
            <span className="title-slide__scenario-name">{scenarioName(s.document.name)}</span>
            <span className="title-slide__scenario-fingerprint" data-testid="slide-fingerprint">{computedFingerprint(s.document)}</span>
          </li>
        ))}
      </ul>
      <ul className="title-slide__meta">
        <li>{t('present.presentedOn', { date: formatLongDate(date) })}</li>
        <li>{baseline}</li>
      </ul>
    </div>
  );
}
