import { useState } from 'preact/hooks';
import type { AppointAnswer, Council, Member } from '../../api/api-types';
import { occurredAtOf } from '../../format/plain-date';
import { useApp } from '../../session/app-context';
import { Field, Select } from '../../ui/fields';
import { OccurredOnField } from '../../ui/occurred-on-field';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';

/** POSTs (PUTs, DELETEs) to `/api/councils/:id<path>`, then refreshes the session's council. */
export type CouncilWrite = (
  path: string,
  body?: unknown,
  method?: 'POST' | 'PUT' | 'DELETE',
) => Promise<unknown>;

/**
 * Seed 001: one seat per organisation and no substitutes, so appointing someone for a seat that
 * is held unseats its holder. The page warns before, and says after what the API recorded.
 */
export function AppointMemberPanel({ council, write }: { council: Council; write: CouncilWrite }) {
  const { t } = useApp();
  const [person, setPerson] = useState(NO_PERSON);
  const [organisation, setOrganisation] = useState('');
  const [on, setOn] = useState('');
  const [replaced, setReplaced] = useState<string>();
  const action = useAction();
  const seated = council.members.find(
    (m) => m.organisation === organisation.trim() && m.personId !== person.personId.trim(),
  );
  const submit = async (e: Event) => {
    e.preventDefault();
    const { personId, ...rest } = trimmed(person);
    const body = {
      ...(personId && { personId }),
      ...rest,
      organisation: organisation.trim(),
      ...occurredAtOf(on, council.timeZone),
    };
    setReplaced(undefined);
    let answer: AppointAnswer | undefined;
    const ok = await action.run(async () => (answer = (await write('/members', body)) as AppointAnswer));
    if (!ok) return;
    if (answer?.replaces)
      setReplaced(
        t('replacedBy', { name: body.name, replaced: answer.replaces.name, organisation: body.organisation }),
      );
    setPerson(NO_PERSON);
    setOrganisation('');
    setOn('');
  };
  return (
    <details class="card">
      <summary>{t('appointMember')}</summary>
      <form onSubmit={submit}>
        <PersonFields idPrefix="member" value={person} onValue={setPerson} idOptional />
        <Field
          id="member-organisation"
          label={t('organisation')}
          hint={seated ? t('seatHeldBy', { organisation, name: seated.name }) : t('oneSeatEach')}
          suggestions={council.members.map((m) => m.organisation)}
          value={organisation}
          onValue={setOrganisation}
          required
        />
        <OccurredOnField id="member-occurred-on" value={on} onValue={setOn} />
        <button type="submit" class="primary" disabled={action.busy}>
          {t('appointMember')}
        </button>
        <ActionStatus action={action} />
        {replaced && (
          <p class="ok" role="status" data-testid="replaced">
            {replaced}
          </p>
        )}
      </form>
    </details>
  );
}

/** Resigning ends the seat (and the chair, if they held it): asked twice, since it cannot be undone here. */
export function ResignButton({ member, write }: { member: Member; write: CouncilWrite }) {
  const { t, council } = useApp();
  const [confirming, setConfirming] = useState(false);
  const [on, setOn] = useState('');
  const action = useAction();
  const path = `/members/${encodeURIComponent(member.personId)}`;
  return (
    <>
      {confirming ? (
        <span class="inline">
          <OccurredOnField id={`resign-${member.personId}-on`} value={on} onValue={setOn} />
          <button
            type="button"
            class="danger"
            disabled={action.busy}
            onClick={() => void action.run(() => write(path, occurredAtOf(on, council.timeZone), 'DELETE'))}
          >
            {t('confirmResign', { name: member.name })}
          </button>
          <button type="button" class="link" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </span>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('resignMember', { name: member.name })}
        </button>
      )}
      <ActionStatus action={action} />
    </>
  );
}

/** Issue 19: the secretary mails a member a sign-in link (the member's address in the record). */
export function InviteButton({ member }: { member: Member }) {
  const { t, api, councilPath } = useApp();
  const action = useAction();
  const [sent, setSent] = useState(false);
  const path = councilPath(`/members/${encodeURIComponent(member.personId)}/invitation`);
  return (
    <>
      <button
        type="button"
        disabled={action.busy}
        onClick={() =>
          void action.run(async () => {
            setSent(false);
            await api.json(path, { method: 'POST' });
            setSent(true);
          })
        }
      >
        {t('inviteMember', { name: member.name })}
      </button>
      <ActionStatus action={action} />
      {sent && (
        <p class="ok" role="status">
          {t('invitationSent', { name: member.name })}
        </p>
      )}
    </>
  );
}

/** Seed 001: "Rådet vælger sin formand blandt medlemmerne", so only current members are offered. */
export function ElectChairPanel({ council, write }: { council: Council; write: CouncilWrite }) {
  const { t } = useApp();
  const candidates = council.members.filter((m) => m.personId !== council.chair?.personId);
  const [personId, setPersonId] = useState('');
  const [on, setOn] = useState('');
  const [advice, setAdvice] = useState<string>();
  const action = useAction();
  if (!candidates.length) return null;
  const chosen = candidates.some((m) => m.personId === personId) ? personId : candidates[0].personId;
  return (
    <details class="card">
      <summary>{t('electChair')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setAdvice(undefined);
          void action.run(async () => {
            const answer = (await write('/chair', {
              personId: chosen,
              ...occurredAtOf(on, council.timeZone),
            })) as { advice?: string };
            setOn('');
            if (answer?.advice) setAdvice(t('chairAgainstAdvice'));
          });
        }}
      >
        <Select
          id="chair-person"
          label={t('electedChair')}
          value={chosen}
          onValue={setPersonId}
          options={candidates.map((m) => [m.personId, `${m.name} (${m.organisation})`])}
        />
        <OccurredOnField id="chair-occurred-on" value={on} onValue={setOn} />
        <button type="submit" class="primary" disabled={action.busy}>
          {t('electChair')}
        </button>
        <ActionStatus action={action} />
        {advice && (
          <p role="status" data-testid="chair-advice">
            {advice}
          </p>
        )}
      </form>
    </details>
  );
}

/**
 * Seed 000: Kira steps down as chair and stays a member; the chair is empty until the members
 * elect again. Asked twice, like a resignation.
 */
export function StepDownButton({ council, write }: { council: Council; write: CouncilWrite }) {
  const { t } = useApp();
  const [confirming, setConfirming] = useState(false);
  const [on, setOn] = useState('');
  const action = useAction();
  const chair = council.chair;
  if (!chair) return null;
  return (
    <div class="card" data-testid="step-down">
      {confirming ? (
        <span class="inline">
          <OccurredOnField id="step-down-on" value={on} onValue={setOn} />
          <button
            type="button"
            class="danger"
            disabled={action.busy}
            onClick={() =>
              void action.run(async () => {
                await write('/chair', occurredAtOf(on, council.timeZone), 'DELETE');
                setConfirming(false);
                setOn('');
              })
            }
          >
            {t('confirmStepDown', { name: chair.name })}
          </button>
          <button type="button" class="link" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </span>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('stepDownAsChair', { name: chair.name })}
        </button>
      )}
      <ActionStatus action={action} />
    </div>
  );
}

export function AddSecretaryPanel({ write }: { write: CouncilWrite }) {
  const { t } = useApp();
  const [person, setPerson] = useState(NO_PERSON);
  const action = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await action.run(() => write('/secretaries', trimmed(person)))) setPerson(NO_PERSON);
  };
  return (
    <details class="card">
      <summary>{t('addSecretary')}</summary>
      <form onSubmit={submit}>
        <PersonFields idPrefix="secretary" value={person} onValue={setPerson} />
        <button type="submit" class="primary" disabled={action.busy}>
          {t('addSecretary')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

interface Person {
  personId: string;
  name: string;
  email: string;
}

const NO_PERSON: Person = { personId: '', name: '', email: '' };
const trimmed = (p: Person): Person => ({ personId: p.personId.trim(), name: p.name, email: p.email.trim() });

/** Who a member or a secretary is: the id their token carries, their name, where mail reaches them. */
function PersonFields({
  idPrefix,
  value,
  onValue,
  idOptional,
}: {
  idPrefix: string;
  value: Person;
  onValue(next: Person): void;
  /** Issue 19: a member's id is made by the system when left out. */
  idOptional?: boolean;
}) {
  const { t } = useApp();
  const set = (key: keyof Person) => (v: string) => onValue({ ...value, [key]: v });
  return (
    <>
      <Field
        id={`${idPrefix}-person-id`}
        label={t('personId')}
        hint={idOptional ? t('personIdOptionalHint') : t('personIdHint')}
        value={value.personId}
        onValue={set('personId')}
        required={!idOptional}
      />
      <Field
        id={`${idPrefix}-name`}
        label={t('memberName')}
        value={value.name}
        onValue={set('name')}
        required
      />
      <Field
        id={`${idPrefix}-email`}
        type="email"
        label={t('email')}
        value={value.email}
        onValue={set('email')}
        required
      />
    </>
  );
}
