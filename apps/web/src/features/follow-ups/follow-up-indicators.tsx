import type { IndicatorProgress } from '../../api/api-types';
import { numberFormat } from '../../format/number-format';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';

/**
 * Issue 18.6: an indicator with a period is read pro rata: 150 a quarter into a year is on track
 * for 600, not "25 % done". The page shows the latest value against what the API expects by its
 * date (`expectedByNow`), and on track or behind (`onTrack`); a target without a period is a level.
 */
export function IndicatorStanding({
  indicator: i,
}: {
  indicator: Pick<IndicatorProgress, 'onTrack' | 'comparator' | 'target' | 'unit' | 'period'>;
}) {
  const { t, language } = useApp();
  const n = numberFormat(language);
  const standing = i.onTrack === null ? 'none' : String(i.onTrack);
  return (
    <>
      <span class={`badge${i.onTrack === false ? ' danger' : ''}`} data-testid="indicator-standing">
        {word(t, 'onTrack', standing)}
      </span>{' '}
      {t(`goal.${i.comparator}`, { target: n(i.target), unit: i.unit })}
      {i.period && t('goalPer', { period: word(t, 'every', i.period) })}
    </>
  );
}

export function IndicatorsPanel({ indicators }: { indicators: IndicatorProgress[] }) {
  const { t, fmt, language } = useApp();
  const n = numberFormat(language);
  if (!indicators.length) return null;
  return (
    <section aria-labelledby="indicators-title">
      <h2 id="indicators-title">{t('indicatorsTitle')}</h2>
      <ul class="plain">
        {indicators.map((i) => (
          <li key={i.id} class="card" data-testid="indicator-progress">
            <strong>{i.name}</strong>
            <p>
              <IndicatorStanding indicator={i} />
            </p>
            <p>
              {i.latest === null
                ? t('indicatorNoValue')
                : t('indicatorLatest', {
                    value: n(i.latest),
                    unit: i.unit,
                    when: i.latestAsOf ? fmt.date(i.latestAsOf) : '–',
                  })}
            </p>
            {i.expectedByNow !== null && (
              <p data-testid="indicator-expected">
                {t('indicatorExpected', {
                  value: n(i.expectedByNow),
                  unit: i.unit,
                  when: i.latestAsOf ? fmt.date(i.latestAsOf) : '–',
                })}
              </p>
            )}
            {i.baseline !== null && (
              <p class="muted small">{t('indicatorBaseline', { value: n(i.baseline), unit: i.unit })}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
