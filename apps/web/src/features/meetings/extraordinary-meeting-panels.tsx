import { useState } from 'preact/hooks';
import type { Council } from '../../api/api-types';
import { zonedToIso } from '../../format/zoned-time';
import { useApp } from '../../session/app-context';
import { Field, TextArea } from '../../ui/fields';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';

/** Seed 001: three different members' requests oblige the council to meet. */
const REQUESTS_NEEDED = 3;

interface Props {
  council: Council;
  reload(): void;
}

/**
 * Seed 001: a member (the chair is one) asks for an extraordinary meeting with a reason; the third
 * different member's request makes it required. The chair, or the secretariat for the council,
 * calls one (libs/councils council.decider), which answers the requests.
 */
export function ExtraordinaryMeetingPanel({ council, reload }: Props) {
  const { t, claims, personName, refreshCouncil } = useApp();
  const { required, requestedBy } = council.extraordinaryMeeting;
  const done = () => {
    reload();
    refreshCouncil();
  };
  const asks = claims.role === 'member' || claims.role === 'chair';
  const mine = requestedBy.includes(claims.sub);
  return (
    <section aria-labelledby="extraordinary-title">
      <h2 id="extraordinary-title">{t('extraordinaryTitle')}</h2>
      {required ? (
        <p class="strong" data-testid="extraordinary-state">
          {t('meetingRequired')}
        </p>
      ) : (
        <p data-testid="extraordinary-state">
          {requestedBy.length
            ? t('requestedBy', {
                names: requestedBy.map(personName).join(', '),
                count: String(requestedBy.length),
                needed: String(REQUESTS_NEEDED),
              })
            : t('noRequests')}
        </p>
      )}
      {asks && mine && !required && (
        <>
          <p class="muted">{t('youRequested')}</p>
          <WithdrawRequestButton done={done} />
        </>
      )}
      {asks && !mine && !required && <RequestPanel done={done} />}
      {(claims.role === 'chair' || claims.role === 'secretary') && <CallPanel done={done} />}
    </section>
  );
}

function RequestPanel({ done }: { done(): void }) {
  const { t, api, councilPath } = useApp();
  const action = useAction();
  const [reason, setReason] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    const url = councilPath('/extraordinary-meeting-requests');
    if (await action.run(() => api.json(url, { method: 'POST', body: { reason } }))) done();
  };
  return (
    <details class="card">
      <summary>{t('requestMeeting')}</summary>
      <form onSubmit={submit}>
        <TextArea
          id="request-reason"
          label={t('requestReason')}
          value={reason}
          onValue={setReason}
          rows={3}
        />
        <button type="submit" class="primary" disabled={action.busy}>
          {t('requestMeeting')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

function CallPanel({ done }: { done(): void }) {
  const { t, api, councilPath, council } = useApp();
  const action = useAction();
  const [at, setAt] = useState('');
  const [place, setPlace] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = {
      // A time that is no time goes as typed, for the API to refuse in its own words.
      startsAt: zonedToIso(at, council.timeZone) ?? at,
      ...(place.trim() && { place: place.trim() }),
    };
    if (await action.run(() => api.json(councilPath('/meetings'), { method: 'POST', body }))) done();
  };
  return (
    <details class="card">
      <summary>{t('callMeeting')}</summary>
      <form onSubmit={submit}>
        <Field
          id="call-at"
          type="datetime-local"
          label={`${t('meetingAt')} (${council.timeZone})`}
          value={at}
          onValue={setAt}
        />
        <Field id="call-place" label={t('meetingPlace')} value={place} onValue={setPlace} />
        <button type="submit" class="primary" disabled={action.busy}>
          {t('callMeeting')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

/** A member takes back their own request while it has not made a meeting required. */
function WithdrawRequestButton({ done }: { done(): void }) {
  const { t, api, councilPath } = useApp();
  const action = useAction();
  const url = councilPath('/extraordinary-meeting-requests/mine');
  return (
    <>
      <button
        type="button"
        disabled={action.busy}
        onClick={async () => {
          if (await action.run(() => api.json(url, { method: 'DELETE' }))) done();
        }}
      >
        {t('withdrawRequest')}
      </button>
      <ActionStatus action={action} />
    </>
  );
}
