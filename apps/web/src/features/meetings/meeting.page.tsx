import { useState } from 'preact/hooks';
import type { Meeting, MeetingListRow } from '../../api/api-types';
import { useApp } from '../../session/app-context';
import { asRead } from '../../ui/case-write';
import { ConfirmStep } from '../../ui/confirm-step';
import { Select } from '../../ui/fields';
import { href } from '../../ui/router';
import { ActionStatus, Async } from '../../ui/status';
import { useAction, useAsync } from '../../ui/use-async';
import { aboutCase, useLiveReload } from '../../ui/use-live-reload';
import { ActionPointView, AddActionPointPanel } from './action-point-panels';
import { AddAgendaItemPanel, AgendaItemView, DecisionPanel, useReferenceOptions } from './agenda-item-panels';
import { AgendaOrderPanel } from './agenda-order-panel';
import { UploadAttachmentPanel } from './attachment-panels';
import { AttendancePanel, AttendanceView } from './attendance-panels';
import { MeetingDownloads } from './meeting-downloads';
import { MEETING_KIND_WORDS } from './meeting-kinds';
import { CancelMeetingForm, CorrectMinutesForm, PostponeItemForm } from './meeting-record-panels';
import type { MeetingWrite } from './meeting-write';
import { CirculateMinutesPanel, CirculationView, CommentOnMinutesPanel } from './minutes-panels';
import { MoveMeetingPanel } from './move-meeting-panel';
import { ItemFollowUps } from './item-follow-ups';
import { JointMeetingFacts, OtherCouncilsAgenda } from './joint-meeting-panels';

/**
 * A meeting, its agenda and its minutes (seed 003). The secretary sets the agenda until the minutes
 * are approved (reordered until the meeting begins), records attendance, and after the meeting
 * each item's decision, postponement and action points; circulates the draft minutes for the
 * members' comments; the chair in office approves them, or the secretary records the later meeting
 * that approved them (issue 17: she does not approve them herself). The page
 * offers only what the API allows at that stage; every write carries the revision read.
 */
export function MeetingPage({ id }: { id: string }) {
  const { api, councilPath, t, fmt, claims } = useApp();
  const path = councilPath(`/meetings/${encodeURIComponent(id)}`);
  const state = useAsync(() => api.json<Meeting>(path), [api, id]);
  useLiveReload(state.reload, aboutCase('meetings', id));
  const references = useReferenceOptions();
  const others = useAsync(() => api.json<MeetingListRow[]>(councilPath('/meetings')), [api]);
  const write: MeetingWrite = async (sub, body, method = 'POST') => {
    await api.json(`${path}${sub}`, { method, body, ...asRead(path, state.data?.revision ?? -1) });
    state.reload();
  };
  const filesPath = `${path}/agenda-items`;
  return (
    <Async state={state}>
      {(m) => {
        const held = m.startsAt !== null && Date.parse(m.startsAt) <= Date.now();
        const open = !m.minutes.approved && !m.cancelled;
        const secretary = claims.role === 'secretary';
        const council = secretary || claims.role === 'chair' || claims.role === 'member';
        const circulated = m.minutes.circulation !== null;
        // A joint meeting's time, place and cancellation are the arranging council's (403 on a copy).
        const arranges = m.hostedBy === null;
        const letters = new Map(m.attendance.absent.map((a) => [a.personId, a.letter]));
        return (
          // Keyed by revision: after a write the forms start afresh from what the API now holds.
          <article aria-labelledby="meeting-title" key={m.revision}>
            <h1 id="meeting-title">
              {t(MEETING_KIND_WORDS[m.kind])}{' '}
              {m.startsAt ? (
                <time dateTime={m.startsAt}>{fmt.dateTime(m.startsAt)}</time>
              ) : (
                t('meetingDateToFollow')
              )}
            </h1>
            {m.cancelled && (
              <p role="status" data-testid="meeting-cancelled">
                <strong>{t('meetingCancelled')}</strong>: {m.cancelled.reason}
              </p>
            )}
            <dl class="facts" data-testid="meeting-facts">
              {m.endsAt && (
                <>
                  <dt>{t('meetingEnds')}</dt>
                  <dd>
                    <time dateTime={m.endsAt}>{fmt.dateTime(m.endsAt)}</time>
                  </dd>
                </>
              )}
              {m.place && (
                <>
                  <dt>{t('meetingPlace')}</dt>
                  <dd>{m.place}</dd>
                </>
              )}
              {m.online && (
                <>
                  <dt>{t('meetingOnline')}</dt>
                  <dd>
                    <a href={m.online}>{m.online}</a>
                  </dd>
                </>
              )}
              {m.committee && (
                <>
                  <dt>{t('meetingCommittee')}</dt>
                  <dd>{m.committee}</dd>
                </>
              )}
              {m.purpose && (
                <>
                  <dt>{t('meetingPurpose')}</dt>
                  <dd>{m.purpose}</dd>
                </>
              )}
              <JointMeetingFacts meeting={m} />
            </dl>
            <p>
              <a href={href('cases', 'meetings', m.id)}>{t('chainTitle')}</a>
            </p>
            {secretary && arranges && open && <MoveMeetingPanel meeting={m} write={write} />}
            {secretary && arranges && !held && !m.cancelled && <CancelMeetingForm write={write} />}
            {secretary && !arranges && open && <p class="muted">{t('jointMovedByHost')}</p>}
            <h2>{t('attendanceTitle')}</h2>
            <AttendanceView attendance={m.attendance} />
            {secretary && open && <AttendancePanel attendance={m.attendance} write={write} />}
            <h2>{t('agenda')}</h2>
            <MeetingDownloads meetingId={m.id} kinds={['agenda', 'minutes']} />
            {m.agenda.length ? (
              <ol class="plain">
                {m.agenda.map((item) => {
                  const points = m.actionPoints.filter((p) => p.itemId === item.id);
                  return (
                    <li key={item.id} data-testid="agenda-item" class="card">
                      <p class="muted small">{t('itemNumber', { n: String(item.number) })}</p>
                      <AgendaItemView
                        item={item}
                        references={references}
                        filesPath={filesPath}
                        letters={letters}
                      />
                      {points.length > 0 && (
                        <>
                          <h4>{t('actionPointsTitle')}</h4>
                          <ul>
                            {points.map((p) => (
                              <ActionPointView
                                key={p.id}
                                point={p}
                                references={references}
                                done={state.reload}
                              />
                            ))}
                          </ul>
                        </>
                      )}
                      {secretary && open && (
                        <UploadAttachmentPanel item={item} filesPath={filesPath} done={state.reload} />
                      )}
                      {secretary && held && open && !item.postponed && (
                        <DecisionPanel item={item} write={write} meetingAbsent={[...letters.keys()]} />
                      )}
                      {secretary && open && item.decision === null && !item.postponed && (
                        <PostponeItemForm item={item} write={write} />
                      )}
                      {secretary && held && open && (
                        <AddActionPointPanel item={item} write={write} references={references} />
                      )}
                      {item.decision && <ItemFollowUps meetingId={m.id} item={item} />}
                    </li>
                  );
                })}
              </ol>
            ) : (
              <p class="muted">{t('agendaEmpty')}</p>
            )}
            {secretary && open && !held && m.agenda.length > 1 && (
              <AgendaOrderPanel items={m.agenda} write={write} />
            )}
            {secretary && open && (
              <AddAgendaItemPanel
                write={write}
                options={references}
                meetings={(others.data ?? [])
                  .filter((o) => o.id !== m.id && !o.cancelled)
                  .map((o): [string, string] => [
                    o.id,
                    `${t(MEETING_KIND_WORDS[o.kind])} ${o.startsAt ? fmt.dateTime(o.startsAt) : t('meetingDateToFollow')}`,
                  ])}
              />
            )}
            {open && !held && (secretary || claims.role === 'chair') && (
              <p class="muted">{t('decidedAfterMeeting')}</p>
            )}
            <OtherCouncilsAgenda meeting={m} />
            <h2>{t('minutesTitle')}</h2>
            <CirculationView minutes={m.minutes} items={m.agenda} />
            {secretary && held && open && <CirculateMinutesPanel write={write} />}
            {council && circulated && open && <CommentOnMinutesPanel items={m.agenda} write={write} />}
            {m.minutes.approved && secretary && <CorrectMinutesForm items={m.agenda} write={write} />}
            {m.minutes.approved ? (
              <p class="ok">{t('minutesApproved', { when: fmt.date(m.minutes.approvedAt) })}</p>
            ) : (
              held &&
              !m.cancelled &&
              (secretary || claims.role === 'chair') && (
                <ApproveMinutes
                  write={write}
                  decisions={m.agenda.filter((i) => i.decision !== null).length}
                  approving={
                    secretary
                      ? (others.data ?? [])
                          .filter(
                            (o) =>
                              o.id !== m.id &&
                              !o.cancelled &&
                              o.startsAt !== null &&
                              Date.parse(o.startsAt) > Date.parse(m.startsAt ?? '') &&
                              Date.parse(o.startsAt) <= Date.now(),
                          )
                          .map((o): [string, string] => [
                            o.id,
                            `${t(MEETING_KIND_WORDS[o.kind])} ${fmt.dateTime(o.startsAt!)}`,
                          ])
                      : undefined
                  }
                />
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
 * The chair approves them; a secretary (`approving` given) names the later, held meeting that
 * approved them (issue 17), as she may not approve them herself.
 */
function ApproveMinutes({
  write,
  decisions,
  approving,
}: {
  write: MeetingWrite;
  decisions: number;
  /** For a secretary: the council's later meetings that have been held, as [id, label]. */
  approving?: [string, string][];
}) {
  const { t } = useApp();
  const action = useAction();
  const [byMeeting, setByMeeting] = useState(approving?.[0]?.[0] ?? '');
  if (approving && approving.length === 0) {
    return <p class="muted">{t('minutesApprovedByChairOrMeeting')}</p>;
  }
  const body = approving ? { byMeeting: { meetingId: byMeeting } } : {};
  return (
    <section aria-labelledby="minutes-title">
      <h3 id="minutes-title">{t(approving ? 'recordMinutesApproval' : 'approveMinutes')}</h3>
      {approving && (
        <Select
          id="minutes-approved-by-meeting"
          label={t('minutesApprovedAtMeeting')}
          value={byMeeting}
          onValue={setByMeeting}
          options={approving}
        />
      )}
      <ConfirmStep
        id="minutes-confirm"
        button={t(approving ? 'recordMinutesApproval' : 'approveMinutes')}
        confirm={t('minutesConfirm')}
        busy={action.busy}
        onConfirm={() => void action.run(() => write('/minutes-approval', body))}
      >
        <p>{t('minutesConfirmText', { count: decisions })}</p>
      </ConfirmStep>
      <ActionStatus action={action} />
    </section>
  );
}
