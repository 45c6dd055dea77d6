import type { Proposal } from '../../api/api-types';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { COST_KEYS } from './cost-fields';

/**
 * Seed 002's form as the committee reads it: the council's own text, the cost table with the
 * API's totals, and the administration's remarks kept apart from the council's words.
 */
export function ProposalText({ proposal }: { proposal: Proposal }) {
  const { t, language } = useApp();
  const amount = new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return (
    <section aria-labelledby="proposal-text-title">
      <h2 id="proposal-text-title">{t('proposalText')}</h2>
      <dl class="facts">
        <dt>{t('problem')}</dt>
        <dd class="draft-text">{proposal.problem}</dd>
        <dt>{t('solution')}</dt>
        <dd class="draft-text" data-testid="proposal-solution">
          {proposal.solution}
        </dd>
        <dt>{t('financingArea')}</dt>
        <dd>{word(t, 'financing', proposal.financingArea)}</dd>
        {proposal.agreementText && (
          <>
            <dt>{t('agreementText')}</dt>
            <dd class="draft-text">{proposal.agreementText}</dd>
          </>
        )}
        {proposal.sdgs.length > 0 && (
          <>
            <dt>{t('sdgs')}</dt>
            <dd>{proposal.sdgs.join(', ')}</dd>
          </>
        )}
        {proposal.areas.length > 0 && (
          <>
            <dt>{t('areas')}</dt>
            <dd data-testid="proposal-areas">{proposal.areas.join(', ')}</dd>
          </>
        )}
      </dl>
      {proposal.costs.length > 0 && (
        <div class="table-scroll">
          <table data-testid="proposal-costs">
            <caption class="visually-hidden">{t('costsPerYear')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('costYear')}</th>
                {COST_KEYS.map((k) => (
                  <th key={k} scope="col">
                    {t(k)}
                  </th>
                ))}
                <th scope="col">{t('costTotal')}</th>
              </tr>
            </thead>
            <tbody>
              {proposal.costs.map((line) => (
                <tr key={line.year}>
                  <th scope="row">{line.year}</th>
                  {COST_KEYS.map((k) => (
                    <td key={k}>{amount.format(line[k])}</td>
                  ))}
                  <td>{line.total === undefined ? '–' : amount.format(line.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('remarks')}</h3>
      <p class="draft-text" data-testid="remarks">
        {proposal.administration.remarks ?? <span class="muted">{t('remarksEmpty')}</span>}
      </p>
    </section>
  );
}
