import type { Hearing, WriteAnswer } from '../../api/api-types';
import { useApp } from '../../session/app-context';
import { FollowUpsOfCase } from '../follow-ups/new-follow-up.form';

/** A submitted response is followed up like a decision (seed 003): what came of it, and a new one. */
export function HearingFollowUps({ hearing }: { hearing: Hearing }) {
  const { t, api, councilPath } = useApp();
  return (
    <section aria-labelledby="hearing-follow-ups-title">
      <h2 id="hearing-follow-ups-title">{t('navFollowUps')}</h2>
      <FollowUpsOfCase
        idPrefix="hearing-"
        implementsId={hearing.id}
        label={t('createHearingFollowUp')}
        hint={t('createCaseFollowUpHint')}
        defaultTitle={hearing.title}
        create={(plan) =>
          api.json<WriteAnswer>(councilPath('/follow-ups'), {
            method: 'POST',
            body: { ...plan, implements: { kind: 'hearing', id: hearing.id } },
          })
        }
      />
    </section>
  );
}
