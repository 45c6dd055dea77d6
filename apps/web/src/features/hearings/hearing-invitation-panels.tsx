import { useState } from 'preact/hooks';
import { useApp } from '../../session/app-context';
import { CheckList } from '../../ui/fields';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';
import type { PanelProps } from './hearing-panels';

/**
 * A member appointed while the hearing is open (often into the seat of someone who left, seed
 * 001) is not asked for input until the secretary invites them: she knows whether a hearing so
 * near its deadline still wants more (README, Hearings). Only current members can be invited.
 */
export function InvitationPanel({ hearing, write }: PanelProps) {
  const { t, council, refreshCouncil } = useApp();
  const [chosen, setChosen] = useState<string[]>([]);
  const action = useAction();
  const notInvited = council.members.filter((m) => !hearing.invited.includes(m.personId));
  if (!notInvited.length && !action.error) return null;
  const submit = async (e: Event) => {
    e.preventDefault();
    const personIds = chosen.filter((id) => notInvited.some((m) => m.personId === id));
    // Refused, the council may have changed since the page loaded: read it again, so the list
    // shows who is a member now.
    if (!(await action.run(() => write('/invitations', { personIds })))) refreshCouncil();
  };
  return (
    <form class="card" aria-labelledby="invite-title" onSubmit={submit}>
      <h2 id="invite-title">{t('notInvitedTitle')}</h2>
      <p class="muted">{t('notInvitedHint')}</p>
      <CheckList
        legend={t('inviteWhom')}
        options={notInvited.map((m) => [m.personId, `${m.name} (${m.organisation})`])}
        value={chosen}
        onValue={setChosen}
      />
      <button type="submit" class="primary" disabled={action.busy}>
        {t('inviteMembers')}
      </button>
      <ActionStatus action={action} />
    </form>
  );
}
