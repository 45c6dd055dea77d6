import { useState } from 'preact/hooks';
import type { MeetingPlan } from '../../api/api-types';
import { zonedToIso } from '../../format/zoned-time';
import { useApp } from '../../session/app-context';
import { Field } from '../../ui/fields';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';

/** Seed 001: four ordinary meetings a year; the API takes fewer and says by how many it falls short. */
export function MeetingPlans({ plans }: { plans: MeetingPlan[] }) {
  const { t } = useApp();
  return (
    <>
      {plans.map((p) => (
        <p key={p.year} data-testid="meeting-plan" class={p.fallsShortBy ? 'strong' : undefined}>
          <strong>{t('meetingPlanTitle', { year: String(p.year) })}:</strong>{' '}
          {p.fallsShortBy
            ? t('planFallsShort', {
                count: String(p.meetings.length),
                short: String(p.fallsShortBy),
                expected: String(p.expectedMeetings),
              })
            : t('planComplete', { count: String(p.meetings.length) })}
        </p>
      ))}
    </>
  );
}

interface Row {
  at: string;
  place: string;
}

const ORDINARY_MEETINGS = 4;

/** The secretary enters a year's ordinary meetings, each a time in the council's zone and a place. */
export function AdoptPlanPanel({ reload }: { reload(): void }) {
  const { t, api, councilPath, council } = useApp();
  const action = useAction();
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [rows, setRows] = useState<Row[]>(
    Array.from({ length: ORDINARY_MEETINGS }, () => ({ at: '', place: '' })),
  );
  const set = (i: number, change: Partial<Row>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const submit = async (e: Event) => {
    e.preventDefault();
    // Rows left empty are not meetings; a time that is no time goes as typed, for the API to refuse.
    const meetings = rows
      .filter((r) => r.at)
      .map((r) => ({
        startsAt: zonedToIso(r.at, council.timeZone) ?? r.at,
        ...(r.place.trim() && { place: r.place.trim() }),
      }));
    const body = { year: Number(year), meetings };
    if (await action.run(() => api.json(councilPath('/meeting-plan'), { method: 'POST', body }))) reload();
  };
  return (
    <details class="card">
      <summary>{t('adoptPlan')}</summary>
      <form onSubmit={submit}>
        <Field id="plan-year" type="number" label={t('planYear')} value={year} onValue={setYear} />
        {rows.map((r, i) => {
          const n = String(i + 1);
          return (
            <div key={i} class="two">
              <Field
                id={`plan-at-${n}`}
                type="datetime-local"
                label={`${t('plannedAt', { n })} (${council.timeZone})`}
                value={r.at}
                onValue={(at) => set(i, { at })}
              />
              <Field
                id={`plan-place-${n}`}
                label={t('plannedPlace', { n })}
                value={r.place}
                onValue={(place) => set(i, { place })}
              />
            </div>
          );
        })}
        <button type="button" onClick={() => setRows((rs) => [...rs, { at: '', place: '' }])}>
          {t('anotherMeeting')}
        </button>{' '}
        <button type="submit" class="primary" disabled={action.busy}>
          {t('adoptPlan')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}
