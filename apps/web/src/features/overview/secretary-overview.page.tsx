import type { Overview } from '../../api/api-types';
import { useApp } from '../../session/app-context';
import { href } from '../../ui/router';
import { Async } from '../../ui/status';
import { useAsync } from '../../ui/use-async';
import { useLiveReload } from '../../ui/use-live-reload';
import { DueList } from './due-list';
import { bySoonest, followUpDue, hearingDue, nextMeetingDue, proposalDue, type DueItem } from './due-items';

/** Issue 9: the secretary's overview of what is due, soonest first, across every kind of case. */
export function SecretaryOverviewPage() {
  const { api, councilPath, t, personName } = useApp();
  const state = useAsync(async () => {
    const nowMs = Date.now();
    // One request (issue 19, item 8): the open hearings come whole, with who has not given input.
    const {
      openHearings: open,
      proposals,
      cycles,
      followUps,
      meetings,
    } = await api.json<Overview>(councilPath('/overview'));
    const cycleById = new Map(cycles.map((c) => [c.id, c]));
    const items: DueItem[] = [
      ...open.map((h) => hearingDue(h, nowMs, t, personName)),
      ...proposals.flatMap((p) => proposalDue(p, cycleById.get(p.cycleId), nowMs, t) ?? []),
      ...followUps.flatMap((f) => followUpDue(f, t, nowMs)),
      ...[nextMeetingDue(meetings, nowMs, t)].filter((m): m is DueItem => m !== undefined),
    ];
    return { items: items.sort(bySoonest), nowMs };
  }, [api, t]);
  useLiveReload(state.reload);

  return (
    <section aria-labelledby="overview-title">
      <div class="heading-row">
        <h1 id="overview-title">{t('overviewTitle')}</h1>
        <div class="actions">
          <a class="button primary" href={href('hearings', 'new')}>
            {t('openHearing')}
          </a>
          <a class="button" href={href('proposals')}>
            {t('newProposal')}
          </a>
        </div>
      </div>
      <Async state={state}>
        {({ items, nowMs }) => <DueList items={items} nowMs={nowMs} empty={t('overviewEmpty')} />}
      </Async>
    </section>
  );
}
