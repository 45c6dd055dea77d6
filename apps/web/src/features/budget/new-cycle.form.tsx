import { useState } from 'preact/hooks';
import { MILESTONE_KINDS } from '../../api/api-types';
import { zonedToIso } from '../../format/zoned-time';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { Field } from '../../ui/fields';
import { ReminderOffsetChoices, useCaseReminderOffsets } from '../../ui/reminder-offsets';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';

const KINDS = MILESTONE_KINDS.slice(0, 3);

/**
 * Seed 000's budget calendar for one committee: first discussion (with the council's own
 * submission deadline before it), prioritisation and final approval. Other meetings and
 * committees are added on the cycle's page (budget-cycle.page.tsx).
 */
export function NewCycleForm({ onCreated }: { onCreated(): void }) {
  const { t, api, councilPath, council } = useApp();
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [committee, setCommittee] = useState('');
  const [dates, setDates] = useState<Record<string, string>>({});
  const [submissionDeadline, setSubmissionDeadline] = useState('');
  const reminders = useCaseReminderOffsets(council.reminderOffsets);
  const action = useAction();
  const iso = (local: string) => zonedToIso(local, council.timeZone);
  const submit = async (e: Event) => {
    e.preventDefault();
    const milestones = KINDS.filter((kind) => dates[kind]).map((kind) => ({
      kind,
      committee,
      date: iso(dates[kind]),
      ...(kind === 'first-discussion' &&
        submissionDeadline && { submissionDeadline: iso(submissionDeadline) }),
    }));
    const body = { year: Number(year), milestones, ...reminders.body };
    if (await action.run(() => api.json(councilPath('/budget-cycles'), { method: 'POST', body })))
      onCreated();
  };
  return (
    <details class="card">
      <summary>{t('newCycle')}</summary>
      <form onSubmit={submit}>
        <div class="two">
          <Field
            id="cycle-year"
            type="number"
            label={t('cycleYear')}
            value={year}
            onValue={setYear}
            required
          />
          <Field
            id="cycle-committee"
            label={t('committee')}
            value={committee}
            onValue={setCommittee}
            required
          />
        </div>
        <Field
          id="cycle-submission-deadline"
          type="datetime-local"
          label={`${t('councilDeadline')} (${council.timeZone})`}
          value={submissionDeadline}
          onValue={setSubmissionDeadline}
        />
        {KINDS.map((kind) => (
          <Field
            key={kind}
            id={`cycle-${kind}`}
            type="datetime-local"
            label={`${word(t, 'milestone', kind)} (${council.timeZone})`}
            value={dates[kind] ?? ''}
            onValue={(v) => setDates({ ...dates, [kind]: v })}
            required={kind === 'first-discussion'}
          />
        ))}
        <ReminderOffsetChoices t={t} value={reminders.offsets} onValue={reminders.setOffsets} />
        <button type="submit" class="primary" disabled={action.busy}>
          {t('createCycle')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}
