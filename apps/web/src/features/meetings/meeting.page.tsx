import type { Meeting } from '../../api/api-types';
import { useApp } from '../../session/app-context';
import { href } from '../../ui/router';
import { Async } from '../../ui/status';
import { useAction, useAsync } from '../../ui/use-async';
import { aboutCase, useLiveReload } from '../../ui/use-live-reload';
import { ActionStatus } from '../../ui/status';
import { ConfirmStep } from '../../ui/confirm-step';
import { CancelMeetingForm, CorrectMinutesForm, PostponeItemForm } from './meeting-record-panels';
import {
  AddAgendaItemPanel,
  AgendaItemView,
  DecisionPanel,
  useReferenceOptions,
  type MeetingWrite,
} from './agenda-item-panels';
import { asRead } from '../../ui/case-write';
import { ItemFollowUps } from './item-follow-ups';

/**
 * A meeting, its agenda and its minutes (seed 003). The secretary sets the agenda until the minutes
 * are approved, and after the meeting records each item's decision; secretary or chair approve the
 * minutes (libs/councils meeting.decider). The page offers only what the API allows at that stage.
 */
export function MeetingPage({ id }: { id: string }) {
  const { api, councilPath, t, fmt, claims } = useApp();
  const path = councilPath(`/meetings/${encodeURIComponent(id)}`);
  const state = useAsync(() => api.json<Meeting>(path), [api, id]);
  useLiveReload(state.reload, aboutCase('meetings', id));
  const references = useReferenceOptions();
  const write: MeetingWrite = async (sub, body) => {
    await api.json(`${path}${sub}`, { method: 'POST', body, ...asRead(path, state.data?.revision ?? -1) });
    state.reload();
  };
  return (
    <Async state={state}>
      {(m) => {
        const held = m.startsAt !== null && Date.parse(m.startsAt) <= Date.now();
        const open = !m.minutes.approved;
        const secretary = claims.role === 'secretary';
        return (
          // Keyed by revision: after a write the forms start afresh from what the API now holds.
          <article aria-labelledby="meeting-title" key={m.revision}>
            <h1 id="meeting-title">
              {t(m.kind === 'extraordinary' ? 'meetingExtraordinary' : 'meetingOrdinary')}{' '}
              {m.startsAt ? (
                <time dateTime={m.startsAt}>{fmt.dateTime(m.startsAt)}</time>
              ) : (
                t('meetingDateToFollow')
              )}
            </h1>
            {m.cancelled && (
              <p role="status">
                <strong>{t('meetingCancelled')}</strong>: {m.cancelled.reason}
              </p>
            )}
            {m.place && <p>{m.place}</p>}
            <p>
              <a href={href('cases', 'meetings', m.id)}>{t('chainTitle')}</a>
            </p>
            <h2>{t('agenda')}</h2>
            {m.agenda.length ? (
              <ol>
                {m.agenda.map((item) => (
                  <li key={item.id} data-testid="agenda-item">
                    <AgendaItemView item={item} references={references} />
                    {secretary && held && open && <DecisionPanel item={item} write={write} />}
                    {secretary && open && !item.decision && !item.postponed && (
                      <PostponeItemForm item={item} write={write} />
                    )}
                    {item.decision && <ItemFollowUps meetingId={m.id} item={item} />}
                  </li>
                ))}
              </ol>
            ) : (
              <p class="muted">{t('agendaEmpty')}</p>
            )}
            {secretary && open && <AddAgendaItemPanel write={write} options={references} />}
            {open && !held && (secretary || claims.role === 'chair') && (
              <p class="muted">{t('decidedAfterMeeting')}</p>
            )}
            {secretary && !held && !m.cancelled && <CancelMeetingForm write={write} />}
            {m.minutes.approved && secretary && <CorrectMinutesForm items={m.agenda} write={write} />}
            {m.minutes.approved ? (
              <p class="ok">{t('minutesApproved', { when: fmt.date(m.minutes.approvedAt) })}</p>
            ) : (
              held &&
              (secretary || claims.role === 'chair') && (
                <ApproveMinutes write={write} decisions={m.agenda.filter((i) => i.decision).length} />
              )
            )}
          </article>
        );
      }}
    </Async>
  );
}

/**
 * Approved minutes are final (a decision is then corrected only with a reason), so the page asks
 * first. The API refuses while an item has no decision and says which; the page shows that refusal.
 */
function ApproveMinutes({ write, decisions }: { write: MeetingWrite; decisions: number }) {
  const { t } = useApp();
  const action = useAction();
  return (
    <section aria-labelledby="minutes-title">
      <h2 id="minutes-title">{t('approveMinutes')}</h2>
      <ConfirmStep
        id="minutes-confirm"
        button={t('approveMinutes')}
        confirm={t('minutesConfirm')}
        busy={action.busy}
        onConfirm={() => void action.run(() => write('/minutes-approval', {}))}
      >
        <p>{t('minutesConfirmText', { count: decisions })}</p>
      </ConfirmStep>
      <ActionStatus action={action} />
    </section>
  );
}
