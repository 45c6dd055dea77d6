import { useState } from 'preact/hooks';
import type { Hearing, MeetingListRow } from '../../api/api-types';
import { isoToZonedLocal, zonedToIso } from '../../format/zoned-time';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { Field, Select, TextArea } from '../../ui/fields';
import { OccurredOnField } from '../../ui/occurred-on-field';
import { occurredAtOf } from '../../format/plain-date';
import { ActionStatus } from '../../ui/status';
import { useAction, useAsync } from '../../ui/use-async';
import { ConfirmStep } from '../../ui/confirm-step';

export type WriteMethod = 'POST' | 'PUT' | 'DELETE';

export interface PanelProps {
  hearing: Hearing;
  /** POSTs (or PUTs, DELETEs) to `…/hearings/:id<path>` and reloads the hearing after. */
  write(path: string, body?: unknown, method?: WriteMethod): Promise<unknown>;
}

/** The inputs side by side (issue 9); the secretary ticks the ones the draft draws on. */
export function InputsPanel({
  hearing,
  chosen,
  setChosen,
}: {
  hearing: Hearing;
  chosen?: Set<string>;
  setChosen?(next: Set<string>): void;
}) {
  const { t, fmt, personName, api, councilPath } = useApp();
  const meetings = useAsync(
    () =>
      hearing.inputs.some((i) => i.meetingId)
        ? api.json<MeetingListRow[]>(councilPath('/meetings'))
        : Promise.resolve([]),
    [api, hearing.revision],
  );
  const meetingWhen = (id: string) => fmt.dateTime(meetings.data?.find((m) => m.id === id)?.startsAt);
  return (
    <section aria-labelledby="inputs-title">
      <h2 id="inputs-title">{t('inputs')}</h2>
      <ul class="inputs-grid">
        {hearing.inputs.map((input) => (
          <li key={input.personId} class={`card input input-${input.status}`} data-testid="input-card">
            <h3>{personName(input.personId)}</h3>
            {input.status === 'missing' && <p class="muted">{t('inputMissing')}</p>}
            {input.status === 'withdrawn' && <p class="muted">{t('inputWithdrawn')}</p>}
            {input.text && <p class="input-text">{input.text}</p>}
            {input.givenAt && (
              <p class="muted small">
                {t('givenAt', { when: fmt.dateTime(input.givenAt) })}
                {input.status === 'late' && <span class="badge danger">{t('inputLate')}</span>}
                {input.onBehalf && ` · ${t('onBehalf')}`}
                {input.meetingId && ` · ${t('givenAtMeeting', { when: meetingWhen(input.meetingId) })}`}
              </p>
            )}
            {chosen && setChosen && input.text && (
              <label class="check">
                <input
                  type="checkbox"
                  checked={chosen.has(input.personId)}
                  onChange={(e) => {
                    const next = new Set(chosen);
                    if ((e.target as HTMLInputElement).checked) next.add(input.personId);
                    else next.delete(input.personId);
                    setChosen(next);
                  }}
                />{' '}
                {t('useInDraft')}
              </label>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Secretary: write the draft response from the chosen inputs. */
export function DraftPanel({ hearing, write, chosen }: PanelProps & { chosen: Set<string> }) {
  const { t, personName } = useApp();
  const [text, setText] = useState(hearing.currentDraft?.text ?? '');
  const action = useAction();
  const insert = () => {
    const quoted = hearing.inputs
      .filter((i) => i.text && chosen.has(i.personId))
      .map((i) => `- ${i.text} (${personName(i.personId)})`)
      .join('\n');
    setText(text ? `${text}\n${quoted}` : quoted);
  };
  return (
    <form
      class="card"
      aria-labelledby="draft-title"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(() => write('/drafts', { text, basedOn: [...chosen] }));
      }}
    >
      <h2 id="draft-title">
        {t('draft')}
        {hearing.currentDraft && (
          <span class="muted"> · {t('draftVersion', { version: hearing.currentDraft.version })}</span>
        )}
      </h2>
      <button type="button" onClick={insert} disabled={!chosen.size}>
        {t('insertInputs')}
      </button>
      <TextArea id="draft-text" label={t('draft')} rows={8} value={text} onValue={setText} required />
      <button type="submit" class="primary" disabled={action.busy}>
        {t('saveDraft')}
      </button>
      <ActionStatus action={action} />
    </form>
  );
}

function defaultApprovalDeadline(hearing: Hearing, zone: string): string {
  const deadline = Date.parse(hearing.responseDeadline);
  const dayBefore = deadline - 24 * 3600 * 1000;
  const at = dayBefore > Date.now() + 3600 * 1000 ? dayBefore : deadline - 60 * 1000;
  return isoToZonedLocal(at, zone);
}

/**
 * Sends the current draft for approval; once sent, asking again moves the deadline (after the
 * region extended its own, say) and the answers already given stand.
 */
export function ApprovalRequestPanel({ hearing, write }: PanelProps) {
  const { t, council } = useApp();
  const pending =
    hearing.approval?.draftVersion === hearing.currentDraft?.version ? hearing.approval : undefined;
  const [deadline, setDeadline] = useState(
    pending
      ? isoToZonedLocal(pending.approvalDeadline, council.timeZone)
      : defaultApprovalDeadline(hearing, council.timeZone),
  );
  const action = useAction();
  const form = (
    <form
      class={pending ? '' : 'card'}
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(() =>
          write('/approval-request', { approvalDeadline: zonedToIso(deadline, council.timeZone) }),
        );
      }}
    >
      {pending && <p class="muted">{t('answersStand')}</p>}
      <Field
        id="approval-deadline"
        type="datetime-local"
        label={`${t('approvalDeadline')} (${council.timeZone})`}
        value={deadline}
        onValue={setDeadline}
        required
      />
      <button type="submit" class="primary" disabled={action.busy}>
        {t(pending ? 'moveApprovalDeadline' : 'sendForApproval')}
      </button>
      <ActionStatus action={action} />
    </form>
  );
  return pending ? (
    <details class="card">
      <summary>{t('moveApprovalDeadline')}</summary>
      {form}
    </details>
  ) : (
    form
  );
}

export function ApprovalsList({ hearing }: { hearing: Hearing }) {
  const { t, fmt, personName } = useApp();
  if (!hearing.approval) return null;
  return (
    <section aria-labelledby="approvals-title">
      <h2 id="approvals-title">{t('approvals')}</h2>
      <p class="muted">
        {t('approvalDeadline')}: {fmt.dateTime(hearing.approval.approvalDeadline)}
      </p>
      <ul class="plain">
        {hearing.approval.answers.map((a) => (
          <li key={a.personId} data-testid="approval-answer">
            {personName(a.personId)}:{' '}
            <span class={`badge answer-${a.answer}`}>{t(`answer.${a.answer}`)}</span>
            {a.comment && <q>{a.comment}</q>}
          </li>
        ))}
      </ul>
      {hearing.signOff && <p>{t('signedOffBy', { name: personName(hearing.signOff.signedOffBy) })}</p>}
    </section>
  );
}

export function SubmissionPanel({ hearing, write }: PanelProps) {
  const { t, council } = useApp();
  const [recipient, setRecipient] = useState(hearing.issuingBody);
  const [on, setOn] = useState('');
  const action = useAction();
  return (
    <form
      class="card"
      onSubmit={(e) => {
        e.preventDefault();
        // Issue 18.1: a response sent earlier is recorded with the day it was sent (`submittedAt`).
        const { occurredAt } = occurredAtOf(on, council.timeZone);
        void action.run(() =>
          write('/submission', { recipient, ...(occurredAt && { submittedAt: occurredAt }) }),
        );
      }}
    >
      <Field id="recipient" label={t('recipient')} value={recipient} onValue={setRecipient} required />
      <OccurredOnField id="submitted-on" label={t('submittedOn')} value={on} onValue={setOn} />
      <button type="submit" class="primary" disabled={action.busy}>
        {t('recordSubmission')}
      </button>
      <ActionStatus action={action} />
    </form>
  );
}

/**
 * Seed 000: input given at the meeting (or by mail or phone) is written down by the secretary on
 * the member's behalf, with the meeting it was given at and when the member gave it: the input
 * deadline is judged by that moment, not by when the secretary typed it.
 */
export function OnBehalfPanel({ hearing, write }: PanelProps) {
  const { t, fmt, personName, api, councilPath, council } = useApp();
  const [member, setMember] = useState(hearing.invited[0] ?? '');
  const [text, setText] = useState('');
  const [channel, setChannel] = useState('meeting');
  const [meetingId, setMeetingId] = useState('');
  const [occurredAt, setOccurredAt] = useState('');
  const [meetingTime, setMeetingTime] = useState('');
  const meetings = useAsync(
    () => api.json<MeetingListRow[]>(councilPath('/meetings')).then((all) => all.filter((m) => !m.cancelled)),
    [api],
  );
  const action = useAction();
  const chooseMeeting = (id: string) => {
    setMeetingId(id);
    // The meeting's time is when the member spoke, unless the secretary says otherwise.
    const startsAt = meetings.data?.find((m) => m.id === id)?.startsAt;
    const local = startsAt ? isoToZonedLocal(startsAt, council.timeZone) : '';
    setMeetingTime(local);
    setOccurredAt(local);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = {
      text,
      onBehalfOf: member,
      channel,
      ...(channel === 'meeting' && meetingId && { meetingId }),
      // Left at the meeting's own time, the API dates it by the meeting exactly (to the second).
      ...(occurredAt &&
        !(channel === 'meeting' && occurredAt === meetingTime) && {
          occurredAt: zonedToIso(occurredAt, council.timeZone),
        }),
    };
    if (await action.run(() => write('/inputs', body))) setText('');
  };
  return (
    <details class="card">
      <summary>{t('recordOnBehalf')}</summary>
      <form onSubmit={submit}>
        <Select
          id="on-behalf-member"
          label={t('memberLabel')}
          value={member}
          onValue={setMember}
          options={hearing.invited.map((id) => [id, personName(id)])}
        />
        <Select
          id="on-behalf-channel"
          label={t('onBehalfChannel')}
          value={channel}
          onValue={setChannel}
          options={['meeting', 'mail', 'phone'].map((c) => [c, word(t, 'channel', c)])}
        />
        {channel === 'meeting' && (
          <Select
            id="on-behalf-meeting"
            label={t('onBehalfMeeting')}
            value={meetingId}
            onValue={chooseMeeting}
            options={[
              ['', '–'],
              ...(meetings.data ?? []).map((m): [string, string] => [
                m.id,
                `${t(m.kind === 'extraordinary' ? 'meetingExtraordinary' : 'meetingOrdinary')} ${fmt.dateTime(m.startsAt)}${m.place ? `, ${m.place}` : ''}`,
              ]),
            ]}
          />
        )}
        <Field
          id="on-behalf-at"
          type="datetime-local"
          label={`${t('onBehalfDate')} (${council.timeZone})`}
          value={occurredAt}
          onValue={setOccurredAt}
        />
        <TextArea id="on-behalf-text" label={t('yourInput')} value={text} onValue={setText} required />
        <button type="submit" disabled={action.busy}>
          {t('recordInput')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

/** Member or chair: give input, or revise what they gave. */
export function MyInputPanel({ hearing, write }: PanelProps) {
  const { t, claims } = useApp();
  const mine = hearing.inputs.find((i) => i.personId === claims.sub);
  const hasInput = mine?.status === 'given' || mine?.status === 'late';
  const [text, setText] = useState(mine?.text ?? '');
  const action = useAction();
  if (!mine) return null;
  return (
    <form
      class="card"
      aria-labelledby="my-input-title"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(() =>
          hasInput ? write('/inputs/mine', { text }, 'PUT') : write('/inputs', { text }),
        );
      }}
    >
      <h2 id="my-input-title">{t('yourInput')}</h2>
      <TextArea
        id="my-input"
        label={hasInput ? t('reviseInput') : t('giveInput')}
        value={text}
        onValue={setText}
        required
      />
      <div class="actions">
        <button type="submit" class="primary" disabled={action.busy}>
          {hasInput ? t('reviseInput') : t('giveInput')}
        </button>
        {hasInput && (
          <button
            type="button"
            disabled={action.busy}
            onClick={() => void action.run(() => write('/inputs/mine', undefined, 'DELETE'))}
          >
            {t('withdrawInput')}
          </button>
        )}
      </div>
      <ActionStatus action={action} />
    </form>
  );
}

export function ApprovalAnswerPanel({ hearing, write }: PanelProps) {
  const { t, claims } = useApp();
  const [comment, setComment] = useState('');
  const action = useAction();
  const mine = hearing.approval?.answers.find((a) => a.personId === claims.sub);
  if (!mine || hearing.signOff) return null;
  const answer = (approve: boolean) =>
    action.run(() => write('/approvals', { approve, ...(comment.trim() && { comment }) }));
  return (
    <section class="card" aria-labelledby="answer-title">
      <h2 id="answer-title">{t('waitingApproval')}</h2>
      <p>{t('yourAnswer', { answer: word(t, 'answer', mine.answer) })}</p>
      <blockquote class="draft-text">{hearing.currentDraft?.text}</blockquote>
      <TextArea id="approval-comment" label={t('comment')} value={comment} onValue={setComment} rows={2} />
      <div class="actions">
        <button type="button" class="primary" disabled={action.busy} onClick={() => void answer(true)}>
          {t('approve')}
        </button>
        <button type="button" disabled={action.busy} onClick={() => void answer(false)}>
          {t('object')}
        </button>
      </div>
      <ActionStatus action={action} />
    </section>
  );
}

/**
 * The chair speaks for the council (seed 001), so before signing off the page names who objected
 * (with their comments) and who has not answered the draft being signed off.
 */
export function SignOffPanel({ hearing, write }: PanelProps) {
  const { t, personName, language } = useApp();
  const action = useAction();
  if (!hearing.currentDraft || hearing.signOff?.draftVersion === hearing.currentDraft.version) return null;
  const version = hearing.currentDraft.version;
  const round = hearing.approval?.draftVersion === version ? hearing.approval : undefined;
  const list = new Intl.ListFormat(language === 'da' ? 'da-DK' : 'en-GB', { type: 'conjunction' });
  const objections = round?.answers.filter((a) => a.answer === 'objected') ?? [];
  const pending = round?.answers.filter((a) => a.answer === 'pending') ?? [];
  return (
    <section class="card">
      <ConfirmStep
        id="sign-off-confirm"
        button={t('signOff')}
        confirm={t('signOffConfirm')}
        busy={action.busy}
        onConfirm={() => void action.run(() => write('/sign-off'))}
      >
        {!round && <p>{t('signOffNotAsked', { version })}</p>}
        {objections.length > 0 && (
          <>
            <p>
              {t('signOffObjections', { names: list.format(objections.map((a) => personName(a.personId))) })}
            </p>
            <ul>
              {objections.map((a) => (
                <li key={a.personId}>
                  {personName(a.personId)}: <q>{a.comment}</q>
                </li>
              ))}
            </ul>
          </>
        )}
        {pending.length > 0 && (
          <p>
            {t('signOffPending', { names: list.format(pending.map((a) => personName(a.personId))), version })}
          </p>
        )}
        {round && !objections.length && !pending.length && <p>{t('signOffAllApproved', { version })}</p>}
        <p>{t('signOffFinal', { version })}</p>
      </ConfirmStep>
      <ActionStatus action={action} />
    </section>
  );
}
