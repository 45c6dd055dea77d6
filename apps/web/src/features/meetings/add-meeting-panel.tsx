import { useState } from 'preact/hooks';
import { zonedToIso } from '../../format/zoned-time';
import { useApp } from '../../session/app-context';
import { Field, Select } from '../../ui/fields';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';
import { ADDED_KINDS, councilIds, MEETING_KIND_WORDS, type MeetingKind } from './meeting-kinds';

/** A time typed in the council's zone as the API takes it; one that is no time goes as typed, for the API to refuse. */
export function typedInstant(local: string, timeZone: string): string | undefined {
  return local ? (zonedToIso(local, timeZone) ?? local) : undefined;
}

/** Issue 18.4: a dialogue meeting's subject and an annual meeting's or theme day's theme are recorded. */
const WITH_PURPOSE: MeetingKind[] = ['annual', 'committee-dialogue'];

/**
 * Issue 17 item 1: the secretary adds a meeting outside the year's plan (an ordinary one, an annual
 * meeting or theme day, a dialogue a regional committee invites to, a follow-up meeting), with an
 * end time, place and online link, or with its date to follow (seed 003 item 6: "Dato og
 * tidspunkt følger"), dated later by moving it; or a joint meeting with other councils, named by
 * their ids.
 */
export function AddMeetingPanel({ reload }: { reload(): void }) {
  const { t, api, councilPath, council } = useApp();
  const action = useAction();
  const [kind, setKind] = useState<MeetingKind>('ordinary');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [toFollow, setToFollow] = useState(false);
  const [place, setPlace] = useState('');
  const [online, setOnline] = useState('');
  const [committee, setCommittee] = useState('');
  const [purpose, setPurpose] = useState('');
  const [jointWith, setJointWith] = useState('');
  const zone = council.timeZone;
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = {
      kind,
      ...(toFollow
        ? { dateToFollow: true }
        : {
            startsAt: typedInstant(startsAt, zone) ?? '',
            ...(endsAt && { endsAt: typedInstant(endsAt, zone) }),
          }),
      ...(place.trim() && { place: place.trim() }),
      ...(online.trim() && { online: online.trim() }),
      ...(kind === 'committee-dialogue' && { committee: committee.trim() }),
      ...(WITH_PURPOSE.includes(kind) && purpose.trim() && { purpose: purpose.trim() }),
      ...(kind === 'joint' && { jointWith: councilIds(jointWith) }),
    };
    if (await action.run(() => api.json(councilPath('/meetings'), { method: 'POST', body }))) reload();
  };
  return (
    <details class="card">
      <summary>{t('addOtherMeeting')}</summary>
      <form onSubmit={submit}>
        <Select
          id="new-meeting-kind"
          label={t('meetingKindLabel')}
          value={kind}
          onValue={(k) => setKind(k as MeetingKind)}
          options={ADDED_KINDS.map((k) => [k, t(MEETING_KIND_WORDS[k])])}
        />
        {kind === 'committee-dialogue' && (
          <Field
            id="new-meeting-committee"
            label={t('meetingCommittee')}
            value={committee}
            onValue={setCommittee}
          />
        )}
        {WITH_PURPOSE.includes(kind) && (
          <Field id="new-meeting-purpose" label={t('meetingPurpose')} value={purpose} onValue={setPurpose} />
        )}
        {kind === 'joint' && (
          <Field
            id="new-meeting-joint-with"
            label={t('jointCouncilsLabel')}
            hint={t('jointCouncilsHint')}
            value={jointWith}
            onValue={setJointWith}
          />
        )}
        <label class="check">
          <input
            type="checkbox"
            checked={toFollow}
            onChange={(e) => setToFollow((e.target as HTMLInputElement).checked)}
          />{' '}
          {t('dateToFollowLabel')}
        </label>
        {!toFollow && (
          <div class="two">
            <Field
              id="new-meeting-starts"
              type="datetime-local"
              label={`${t('meetingStarts')} (${zone})`}
              value={startsAt}
              onValue={setStartsAt}
            />
            <Field
              id="new-meeting-ends"
              type="datetime-local"
              label={`${t('meetingEnds')} (${zone})`}
              value={endsAt}
              onValue={setEndsAt}
            />
          </div>
        )}
        <Field id="new-meeting-place" label={t('meetingPlace')} value={place} onValue={setPlace} />
        <Field id="new-meeting-online" label={t('meetingOnline')} value={online} onValue={setOnline} />
        <button type="submit" class="primary" disabled={action.busy}>
          {t('addOtherMeeting')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}
