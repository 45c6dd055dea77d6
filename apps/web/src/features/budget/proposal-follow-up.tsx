import type { Proposal, WriteAnswer } from '../../api/api-types';
import { useApp } from '../../session/app-context';
import { FollowUpsOfCase } from '../follow-ups/new-follow-up.form';

/**
 * An adopted (or partly adopted) proposal is followed up (seed 003): the follow-ups made from it,
 * and the form that creates one through the proposal's own route, which copies the decision's
 * grants.
 */
export function ProposalFollowUps({ proposal, path }: { proposal: Proposal; path: string }) {
  const { t, api } = useApp();
  const adopted = proposal.decision && proposal.decision.outcome !== 'rejected';
  if (!adopted) return null;
  return (
    <section aria-labelledby="proposal-follow-ups-title">
      <h2 id="proposal-follow-ups-title">{t('navFollowUps')}</h2>
      <FollowUpsOfCase
        idPrefix=""
        implementsId={proposal.id}
        label={t('createFollowUp')}
        hint={t('createFollowUpHint')}
        defaultTitle={proposal.title}
        grantsHint={t('planGrantsFromDecision')}
        create={(plan) => api.json<WriteAnswer>(`${path}/follow-up`, { method: 'POST', body: plan })}
      />
    </section>
  );
}
