import { useState } from 'preact/hooks';
import { MILESTONE_KINDS, type BudgetCycle, type Milestone } from '../../api/api-types';
import { isoToZonedLocal, zonedToIso } from '../../format/zoned-time';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { Field, Select } from '../../ui/fields';
import { ReasonForm } from '../../ui/reason-form';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';
import { asRead } from '../../ui/case-write';

export interface CyclePanelProps {
  cycle: BudgetCycle;
  /** `/api/councils/:c/budget-cycles/:id`. */
  path: string;
  reload(): void;
}

/**
 * The region adds a committee meeting during the year (issue 5); the council's reminders and
 * deadlines follow. Times are the council's wall clock; the API names the meeting `<kind>-<n>`.
 */
export function AddMeetingPanel({ cycle, path, reload }: CyclePanelProps) {
  const { t, api, council } = useApp();
  const [kind, setKind] = useState<string>(MILESTONE_KINDS[0]);
  const [committee, setCommittee] = useState(cycle.committees[0] ?? '');
  const [date, setDate] = useState('');
  const [deadline, setDeadline] = useState('');
  const [quota, setQuota] = useState('');
  const action = useAction();
  const zoned = (label: string) => `${label} (${council.timeZone})`;
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = {
      kind,
      committee,
      date: zonedToIso(date, council.timeZone),
      ...(deadline && { submissionDeadline: zonedToIso(deadline, council.timeZone) }),
      ...(quota && { quota: Number(quota) }),
    };
    if (
      await action.run(() =>
        api.json(`${path}/milestones`, { method: 'POST', body, ...asRead(path, cycle.revision) }),
      )
    )
      reload();
  };
  return (
    <details class="card">
      <summary>{t('addMeeting')}</summary>
      <form onSubmit={submit}>
        <div class="two">
          <Select
            id="meeting-kind"
            label={t('meetingKind')}
            value={kind}
            onValue={setKind}
            options={MILESTONE_KINDS.map((k) => [k, word(t, 'milestone', k)])}
          />
          <Field
            id="meeting-committee"
            label={t('committee')}
            suggestions={cycle.committees}
            value={committee}
            onValue={setCommittee}
            required
          />
        </div>
        <div class="two">
          <Field
            id="meeting-date"
            type="datetime-local"
            label={zoned(t('meetingDate'))}
            value={date}
            onValue={setDate}
            required
          />
          <Field
            id="meeting-deadline"
            type="datetime-local"
            label={zoned(t('councilDeadline'))}
            value={deadline}
            onValue={setDeadline}
          />
          <Field
            id="meeting-quota"
            type="number"
            min="1"
            label={t('quota')}
            value={quota}
            onValue={setQuota}
          />
        </div>
        <button type="submit" class="primary" disabled={action.busy}>
          {t('addMeeting')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

/** Only a meeting still ahead can be cancelled, with a reason; it stays in the calendar, marked. */
export function CancelMeetingPanel({
  milestone,
  path,
  reload,
  revision,
}: Omit<CyclePanelProps, 'cycle'> & { milestone: Milestone; revision: number }) {
  const { t, api, fmt } = useApp();
  const url = `${path}/milestones/${encodeURIComponent(milestone.id)}/cancellation`;
  return (
    <ReasonForm
      id={`cancel-${milestone.id}`}
      summary={
        <>
          {t('cancelMeeting')}
          {/* Each meeting has one of these: a screen reader hears which. */}
          <span class="visually-hidden">
            : {word(t, 'milestone', milestone.kind)}, {milestone.committee}, {fmt.dateTime(milestone.date)}
          </span>
        </>
      }
      label={t('cancelReason')}
      button={t('cancelMeeting')}
      send={(reason) => api.json(url, { method: 'POST', body: { reason }, ...asRead(path, revision) })}
      onDone={reload}
    />
  );
}

/**
 * The region moves a committee meeting (issue 5): without a new council deadline, the API keeps
 * the deadline's distance to the meeting, so the reminders before both move with it.
 */
export function MoveMeetingPanel({
  milestone,
  path,
  reload,
  revision,
}: Omit<CyclePanelProps, 'cycle'> & { milestone: Milestone; revision: number }) {
  const { t, api, council, fmt } = useApp();
  const [date, setDate] = useState(isoToZonedLocal(milestone.date, council.timeZone));
  const [deadline, setDeadline] = useState('');
  const action = useAction();
  const url = `${path}/milestones/${encodeURIComponent(milestone.id)}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = {
      date: zonedToIso(date, council.timeZone),
      ...(deadline && { submissionDeadline: zonedToIso(deadline, council.timeZone) }),
    };
    if (await action.run(() => api.json(url, { method: 'PATCH', body, ...asRead(path, revision) }))) reload();
  };
  return (
    <details>
      <summary>
        {t('moveMeeting')}
        <span class="visually-hidden">
          : {word(t, 'milestone', milestone.kind)}, {milestone.committee}, {fmt.dateTime(milestone.date)}
        </span>
      </summary>
      <form onSubmit={submit}>
        <div class="two">
          <Field
            id={`move-${milestone.id}-date`}
            type="datetime-local"
            label={`${t('newMeetingDate', { meeting: word(t, 'milestone', milestone.kind) })} (${council.timeZone})`}
            value={date}
            onValue={setDate}
            required
          />
          <Field
            id={`move-${milestone.id}-deadline`}
            type="datetime-local"
            label={`${t('newCouncilDeadline', { meeting: word(t, 'milestone', milestone.kind) })} (${council.timeZone})`}
            value={deadline}
            onValue={setDeadline}
          />
        </div>
        {milestone.submissionDeadline && <p class="muted small">{t('deadlineMovesAlong')}</p>}
        <button type="submit" disabled={action.busy}>
          {t('moveMeeting')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}
