import type { Waiting } from '../../api/api-types';
import type { MessageKey } from '../../i18n/dictionary';
import { useApp } from '../../session/app-context';
import { Async } from '../../ui/status';
import { useAsync } from '../../ui/use-async';
import { useLiveReload } from '../../ui/use-live-reload';
import { DueList } from './due-list';
import { bySoonest, type DueItem } from './due-items';

const WHAT: Record<Waiting['items'][number]['what'], MessageKey> = {
  input: 'waitingInput',
  approval: 'waitingApproval',
  'sign-off': 'waitingSignOff',
};

/**
 * Issue 9, the member: what waits for me (input, approvals, the chair's sign-off, meetings), in
 * one request to its read model (issue 14, item 4); the server decides what is owed, the page
 * only words it and marks what is overdue.
 */
export function MemberWaitingPage() {
  const { api, councilPath, t } = useApp();
  const state = useAsync(async () => {
    const nowMs = Date.now();
    const { items: owed, nextMeeting } = await api.json<Waiting>(councilPath('/waiting'));
    const items: DueItem[] = owed.map((o) => ({
      kind: 'hearing',
      title: o.title,
      link: `hearings/${o.caseId}`,
      at: o.dueAt,
      what: t(WHAT[o.what]),
      // The sign-off has no deadline of its own: the response deadline says when, never overdue (as before).
      overdue: o.what !== 'sign-off' && Date.parse(o.dueAt) <= nowMs,
    }));
    if (nextMeeting)
      items.push({
        kind: 'meeting',
        title: t('nextMeeting'),
        what: nextMeeting.place ?? '',
        link: `meetings/${nextMeeting.id}`,
        at: nextMeeting.startsAt,
        overdue: false,
      });
    return { items: items.sort(bySoonest), nowMs };
  }, [api, t]);
  useLiveReload(state.reload);
  return (
    <section aria-labelledby="waiting-title">
      <h1 id="waiting-title">{t('waitingTitle')}</h1>
      <Async state={state}>
        {({ items, nowMs }) => <DueList items={items} nowMs={nowMs} empty={t('waitingEmpty')} />}
      </Async>
    </section>
  );
}
