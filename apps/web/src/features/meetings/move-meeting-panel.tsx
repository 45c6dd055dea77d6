import { useState } from 'preact/hooks';
import type { Meeting } from '../../api/api-types';
import { isoToZonedLocal } from '../../format/zoned-time';
import { useApp } from '../../session/app-context';
import { Field } from '../../ui/fields';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';
import { typedInstant } from './add-meeting-panel';
import type { MeetingWrite } from './meeting-write';

/**
 * Moved (start, end, place, online link), or dated when its date was to follow (seed 003 item 6).
 * Only what was changed is sent (`PATCH`), so a field left as it was is not written again; the API
 * keeps the meeting's length when only the start moves.
 */
export function MoveMeetingPanel({ meeting, write }: { meeting: Meeting; write: MeetingWrite }) {
  const { t, council } = useApp();
  const zone = council.timeZone;
  const local = (iso: string | null) => (iso ? isoToZonedLocal(iso, zone) : '');
  const was = {
    startsAt: local(meeting.startsAt),
    endsAt: local(meeting.endsAt),
    place: meeting.place ?? '',
    online: meeting.online ?? '',
  };
  const [form, setForm] = useState(was);
  const action = useAction();
  const field = (name: keyof typeof was) => ({
    value: form[name],
    onValue: (v: string) => setForm((f) => ({ ...f, [name]: v })),
  });
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = {
      ...(form.startsAt !== was.startsAt && { startsAt: typedInstant(form.startsAt, zone) ?? '' }),
      ...(form.endsAt !== was.endsAt && { endsAt: typedInstant(form.endsAt, zone) ?? '' }),
      ...(form.place !== was.place && { place: form.place.trim() }),
      ...(form.online !== was.online && { online: form.online.trim() }),
    };
    await action.run(() => write('', body, 'PATCH'));
  };
  const label = meeting.startsAt ? t('moveThisMeeting') : t('dateThisMeeting');
  return (
    <details class="card">
      <summary>{label}</summary>
      <form onSubmit={submit}>
        <div class="two">
          <Field
            id="move-starts"
            type="datetime-local"
            label={`${t('meetingStarts')} (${zone})`}
            {...field('startsAt')}
          />
          <Field
            id="move-ends"
            type="datetime-local"
            label={`${t('meetingEnds')} (${zone})`}
            {...field('endsAt')}
          />
        </div>
        <Field id="move-place" label={t('meetingPlace')} {...field('place')} />
        <Field id="move-online" label={t('meetingOnline')} {...field('online')} />
        <button type="submit" class="primary" disabled={action.busy}>
          {label}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}
