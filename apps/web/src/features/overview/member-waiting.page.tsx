import type { Overview } from '../../api/api-types';
import { useApp } from '../../session/app-context';
import { Async } from '../../ui/status';
import { useAsync } from '../../ui/use-async';
import { useLiveReload } from '../../ui/use-live-reload';
import { DueList } from './due-list';
import { bySoonest, nextMeetingDue, type DueItem } from './due-items';

/** Issue 9, the member: what waits for me (input, approvals, the chair's sign-off, meetings). */
export function MemberWaitingPage() {
  const { api, councilPath, t, claims } = useApp();
  const me = claims.sub;
  const state = useAsync(async () => {
    const nowMs = Date.now();
    const { openHearings: open, meetings } = await api.json<Overview>(councilPath('/overview'));
    const items: DueItem[] = [];
    for (const h of open) {
      const base = { kind: 'hearing' as const, title: h.title, link: `hearings/${h.id}` };
      const mine = h.inputs.find((i) => i.personId === me);
      if (mine?.status === 'missing' && (h.status === 'open' || h.status === 'drafting'))
        items.push({
          ...base,
          at: h.inputDeadline,
          what: t('waitingInput'),
          overdue: h.inputDeadline !== null && Date.parse(h.inputDeadline) <= nowMs,
        });
      const answer = h.approval?.answers.find((a) => a.personId === me);
      if (answer?.answer === 'pending' && !h.signOff && h.approval)
        items.push({
          ...base,
          at: h.approval.approvalDeadline,
          what: t('waitingApproval'),
          overdue: Date.parse(h.approval.approvalDeadline) <= nowMs,
        });
      if (claims.role === 'chair' && h.approval && h.currentDraft && !h.signOff)
        items.push({ ...base, at: h.responseDeadline, what: t('waitingSignOff'), overdue: false });
    }
    const meeting = nextMeetingDue(meetings, nowMs, t);
    if (meeting) items.push(meeting);
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
