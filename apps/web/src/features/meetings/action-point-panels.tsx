import { useState } from 'preact/hooks';
import type { ActionPointRow, AgendaItem, MeetingActionPoint } from '../../api/api-types';
import { useApp } from '../../session/app-context';
import { Field, Select, TextArea } from '../../ui/fields';
import { ReasonForm } from '../../ui/reason-form';
import { href } from '../../ui/router';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';
import { typedInstant } from './add-meeting-panel';
import { referenceFallback } from './agenda-item-panels';
import type { MeetingWrite } from './meeting-write';

type Point = MeetingActionPoint | ActionPointRow;

/**
 * Seed 000 item 9: "Anja sender en mail rundt og indsamler input og godkendelse af
 * høringssvaret". What is to be done after an item, by whom (a member or a secretary of the
 * council, or a person from the region given by name, issue 17), by when, and the case it serves.
 */
export function ActionPointView({
  point,
  references,
  done,
  meetingLink,
}: {
  point: Point;
  references: [string, string][];
  done(): void;
  /** On the council's list: the meeting the point came from. */
  meetingLink?: string;
}) {
  const { t, fmt, personName, claims } = useApp();
  const ref =
    point.refersTo && references.find(([v]) => v === `${point.refersTo!.kind}:${point.refersTo!.id}`)?.[1];
  const status = point.status as 'open' | 'done' | 'dropped';
  return (
    <li data-testid="action-point">
      {point.text}{' '}
      <span class="muted">
        · {t('actionPointOwner')}:{' '}
        {point.ownerNamed
          ? [point.owner, point.ownerOrganisation].filter(Boolean).join(', ')
          : personName(point.owner)}
      </span>
      {point.dueAt && (
        <span class="muted">
          {' '}
          · {t('actionPointDue')} <time dateTime={point.dueAt}>{fmt.dateTime(point.dueAt)}</time>
        </span>
      )}
      {point.refersTo && <span class="muted"> · {ref ?? referenceFallback(t, point.refersTo)}</span>}{' '}
      <strong data-testid="action-point-status">{t(`actionPointStatus.${status}`)}</strong>
      {'droppedReason' in point && point.droppedReason && <span class="muted"> ({point.droppedReason})</span>}
      {'dropped' in point && point.dropped && <span class="muted"> ({point.dropped.reason})</span>}
      {meetingLink && (
        <>
          {' '}
          <a class="small" href={meetingLink}>
            {t('actionPointMeeting')}
          </a>
        </>
      )}
      {claims.role === 'secretary' && status === 'open' && <FinishActionPoint point={point} done={done} />}
    </li>
  );
}

/** Done, or dropped with a reason; both end its reminders. The council's route, not the meeting's. */
function FinishActionPoint({ point, done }: { point: Point; done(): void }) {
  const { t, api, councilPath } = useApp();
  const action = useAction();
  const path = councilPath(`/action-points/${encodeURIComponent(point.id)}`);
  return (
    <div class="inline">
      <button
        type="button"
        disabled={action.busy}
        onClick={async () => {
          if (await action.run(() => api.json(`${path}/completion`, { method: 'POST', body: {} }))) done();
        }}
      >
        {t('completeActionPoint', { text: point.text })}
      </button>
      <ReasonForm
        id={`drop-${point.id}`}
        summary={t('dropActionPoint', { text: point.text })}
        label={t('dropReason')}
        button={t('dropActionPointButton')}
        send={(reason) => api.json(`${path}/drop`, { method: 'POST', body: { reason } })}
        onDone={done}
      />
      <ActionStatus action={{ ...action, done: false }} />
    </div>
  );
}

/** The owner option for a person from the region given by name; no person id can take this form. */
const NAMED_OWNER = ':named';

/** The secretary adds an action point to an item: the text, its owner, when it is due, and the case it serves. */
export function AddActionPointPanel({
  item,
  write,
  references,
}: {
  item: AgendaItem;
  write: MeetingWrite;
  references: [string, string][];
}) {
  const { t, council } = useApp();
  const action = useAction();
  const owners: [string, string][] = [
    ...council.members.map((m): [string, string] => [m.personId, m.name]),
    ...council.secretaries.map((s): [string, string] => [s.personId, s.name ?? s.personId]),
  ];
  const [text, setText] = useState('');
  const [owner, setOwner] = useState(owners[0]?.[0] ?? '');
  const [ownerName, setOwnerName] = useState('');
  const [ownerOrganisation, setOwnerOrganisation] = useState('');
  const named = owner === NAMED_OWNER;
  const [dueAt, setDueAt] = useState('');
  const [reference, setReference] = useState('');
  const id = `ap-${item.id}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    const [kind, ...refId] = reference.split(':');
    const body = {
      text,
      ...(named ? { ownerName, ...(ownerOrganisation.trim() && { ownerOrganisation }) } : { owner }),
      ...(dueAt && { dueAt: typedInstant(dueAt, council.timeZone) }),
      ...(reference && { refersTo: { kind, id: refId.join(':') } }),
    };
    await action.run(() => write(`/agenda-items/${encodeURIComponent(item.id)}/action-points`, body));
  };
  return (
    <details>
      <summary>{t('addActionPoint', { title: item.title })}</summary>
      <form onSubmit={submit}>
        <TextArea id={`${id}-text`} label={t('actionPointText')} value={text} onValue={setText} rows={2} />
        <Select
          id={`${id}-owner`}
          label={t('actionPointOwner')}
          value={owner}
          onValue={setOwner}
          options={[...owners, [NAMED_OWNER, t('actionPointOwnerNamed')]]}
        />
        {named && (
          <>
            <Field
              id={`${id}-owner-name`}
              label={t('actionPointOwnerName')}
              value={ownerName}
              onValue={setOwnerName}
            />
            <Field
              id={`${id}-owner-organisation`}
              label={t('actionPointOwnerOrganisation')}
              value={ownerOrganisation}
              onValue={setOwnerOrganisation}
            />
          </>
        )}
        <Field
          id={`${id}-due`}
          type="datetime-local"
          label={`${t('actionPointDue')} (${council.timeZone})`}
          value={dueAt}
          onValue={setDueAt}
        />
        <Select
          id={`${id}-refers`}
          label={t('actionPointRefersTo')}
          value={reference}
          onValue={setReference}
          options={[['', t('refersToNone')], ...references]}
        />
        <button type="submit" disabled={action.busy}>
          {t('addActionPointButton')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

/** The council's open action points across its meetings, each with the meeting it came from. */
export function OpenActionPoints({
  points,
  references,
  done,
}: {
  points: ActionPointRow[];
  references: [string, string][];
  done(): void;
}) {
  const { t } = useApp();
  return (
    <section aria-labelledby="open-points-title">
      <h2 id="open-points-title">{t('openActionPoints')}</h2>
      {points.length ? (
        <ul>
          {points.map((p) => (
            <ActionPointView
              key={p.id}
              point={p}
              references={references}
              done={done}
              meetingLink={href('meetings', p.meetingId)}
            />
          ))}
        </ul>
      ) : (
        <p class="muted">{t('noOpenActionPoints')}</p>
      )}
    </section>
  );
}
