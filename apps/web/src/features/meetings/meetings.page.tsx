import type { ActionPointRow, Council, MeetingListRow, MeetingPlan } from '../../api/api-types';
import { useApp } from '../../session/app-context';
import { href } from '../../ui/router';
import { Async } from '../../ui/status';
import { useAsync } from '../../ui/use-async';
import { OpenActionPoints } from './action-point-panels';
import { AddMeetingPanel } from './add-meeting-panel';
import { useReferenceOptions } from './agenda-item-panels';
import { ExtraordinaryMeetingPanel } from './extraordinary-meeting-panels';
import { JointRowFacts } from './joint-meeting-panels';
import { MEETING_KIND_WORDS } from './meeting-kinds';
import { AdoptPlanPanel, MeetingPlans } from './meeting-plan-panels';

/**
 * The council's meetings, each linking to its page; the yearly plans and how they measure up to
 * seed 001's four; and the extraordinary meeting members may ask for and the chair calls.
 */
export function MeetingsPage() {
  const { api, councilPath, t, fmt, claims } = useApp();
  const state = useAsync(
    () =>
      Promise.all([
        api.json<MeetingListRow[]>(councilPath('/meetings')),
        api.json<MeetingPlan[]>(councilPath('/meeting-plan')),
        // Read afresh, not from the session: the requests change while the page is open.
        api.json<Council>(councilPath()),
        api.json<ActionPointRow[]>(councilPath('/action-points?status=open')),
      ]),
    [api],
  );
  const references = useReferenceOptions();
  return (
    <section aria-labelledby="meetings-title">
      <h1 id="meetings-title">{t('meetingsTitle')}</h1>
      <Async state={state}>
        {([meetings, plans, council, openPoints]) => (
          // Keyed by what changed: after a write the forms start afresh from what the API now holds.
          <div
            key={`${meetings.map((m) => m.revision).join()}-${plans.length}-${council.extraordinaryMeeting.requestedBy.length}-${openPoints.length}`}
          >
            <MeetingPlans plans={plans} />
            {meetings.length === 0 ? (
              <p class="muted">{t('meetingsEmpty')}</p>
            ) : (
              <ul class="plain">
                {meetings.map((m) => (
                  <li key={m.id} class="card" data-testid="meeting-row">
                    <a href={href('meetings', m.id)}>
                      {t(MEETING_KIND_WORDS[m.kind])}{' '}
                      {m.startsAt ? fmt.dateTime(m.startsAt) : t('meetingDateToFollow')}
                    </a>
                    {m.place && <span> · {m.place}</span>}
                    {m.cancelled && <strong> · {t('meetingCancelled')}</strong>}
                    <JointRowFacts row={m} />
                    <p class="muted small">
                      {m.agendaItems
                        ? t('agendaProgress', {
                            decided: String(m.decidedItems),
                            items: String(m.agendaItems),
                          })
                        : t('agendaEmpty')}
                      {m.minutesApproved && ` · ${t('date.minutesApprovedAt')}`}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            {claims.role === 'secretary' && <AdoptPlanPanel reload={state.reload} />}
            {claims.role === 'secretary' && <AddMeetingPanel reload={state.reload} />}
            <OpenActionPoints points={openPoints} references={references} done={state.reload} />
            <ExtraordinaryMeetingPanel council={council} reload={state.reload} />
          </div>
        )}
      </Async>
    </section>
  );
}
