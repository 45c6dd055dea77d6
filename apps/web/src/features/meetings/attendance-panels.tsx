import { useState } from 'preact/hooks';
import type { Meeting } from '../../api/api-types';
import { useApp } from '../../session/app-context';
import { filledRows, RowsField, type Row } from '../../ui/rows-field';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';
import { absentWithLetter } from './meeting-kinds';
import type { MeetingWrite } from './meeting-write';

type Attendance = Meeting['attendance'];
type Presence = '' | 'present' | 'notice' | 'absent';
type GuestKey = 'name' | 'organisation' | 'role';

/** The minutes' header (seed 003): who took part, who was absent with the letter, and the guests. */
export function AttendanceView({ attendance }: { attendance: Attendance }) {
  const { t, personName } = useApp();
  const { present, absent, guests } = attendance;
  if (!present.length && !absent.length && !guests.length) return null;
  return (
    <dl class="facts" data-testid="attendance">
      {present.length > 0 && (
        <>
          <dt>{t('presentLabel')}</dt>
          <dd>{present.map(personName).join(', ')}</dd>
        </>
      )}
      {absent.length > 0 && (
        <>
          <dt>{t('absentLabel')}</dt>
          <dd>
            {absent.map((a) => absentWithLetter(personName(a.personId), a.letter)).join(', ')}{' '}
            <span class="muted small">{t('absentLetters')}</span>
          </dd>
        </>
      )}
      {guests.length > 0 && (
        <>
          <dt>{t('guestsLabel')}</dt>
          <dd>{guests.map((g) => [g.name, g.organisation, g.role].filter(Boolean).join(', ')).join('; ')}</dd>
        </>
      )}
    </dl>
  );
}

/**
 * The secretary records the attendance: each member present, absent with notice (afbud) or
 * without, and the guests with their organisation and what they came for. Each recording
 * replaces the last, so the form starts from what is recorded.
 */
export function AttendancePanel({ attendance, write }: { attendance: Attendance; write: MeetingWrite }) {
  const { t, council } = useApp();
  const action = useAction();
  const recorded = (personId: string): Presence => {
    if (attendance.present.includes(personId)) return 'present';
    const a = attendance.absent.find((x) => x.personId === personId);
    return a ? (a.notice ? 'notice' : 'absent') : '';
  };
  const [presence, setPresence] = useState<Record<string, Presence>>(
    Object.fromEntries(council.members.map((m) => [m.personId, recorded(m.personId)])),
  );
  const [guests, setGuests] = useState<Row<GuestKey>[]>(
    attendance.guests.map((g) => ({ name: g.name, organisation: g.organisation ?? '', role: g.role ?? '' })),
  );
  const submit = async (e: Event) => {
    e.preventDefault();
    // In the council's order of members, as the minutes list them.
    const ids = council.members.map((m) => m.personId);
    const body = {
      present: ids.filter((id) => presence[id] === 'present'),
      absent: ids
        .filter((id) => presence[id] === 'notice' || presence[id] === 'absent')
        .map((personId) => ({ personId, notice: presence[personId] === 'notice' })),
      guests: filledRows(guests),
    };
    await action.run(() => write('/attendance', body, 'PUT'));
  };
  const choices: [Presence, string][] = [
    ['present', t('presence.present')],
    ['notice', t('presence.notice')],
    ['absent', t('presence.absent')],
    ['', t('presence.unknown')],
  ];
  return (
    <details class="card">
      <summary>{t('recordAttendance')}</summary>
      <form onSubmit={submit}>
        {council.members.map((m) => (
          <fieldset key={m.personId} class="inline-choices">
            <legend>{`${m.name} (${m.organisation})`}</legend>
            {choices.map(([value, text]) => (
              <label key={value} class="check">
                <input
                  type="radio"
                  name={`presence-${m.personId}`}
                  value={value}
                  checked={presence[m.personId] === value}
                  onChange={() => setPresence((p) => ({ ...p, [m.personId]: value }))}
                />{' '}
                {text}
              </label>
            ))}
          </fieldset>
        ))}
        <RowsField
          id="guest"
          legend={t('guestsLabel')}
          columns={[
            ['name', t('guestName')],
            ['organisation', t('guestOrganisation')],
            ['role', t('guestRole')],
          ]}
          rows={guests}
          onRows={setGuests}
          add={t('addGuest')}
        />
        <button type="submit" class="primary" disabled={action.busy}>
          {t('recordAttendance')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}
