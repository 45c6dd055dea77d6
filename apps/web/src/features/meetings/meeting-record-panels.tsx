import { useState } from 'preact/hooks';
import type { AgendaItem } from '../../api/api-types';
import { useApp } from '../../session/app-context';
import { Select, TextArea } from '../../ui/fields';
import { ReasonForm } from '../../ui/reason-form';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';
import type { MeetingWrite } from './agenda-item-panels';

/** A meeting not yet held is cancelled with a reason; it stays in the list, marked (seed 001). */
export function CancelMeetingForm({ write }: { write: MeetingWrite }) {
  const { t } = useApp();
  return (
    <ReasonForm
      id="cancel-meeting-reason"
      class="card"
      summary={t('cancelThisMeeting')}
      label={t('cancelReason')}
      button={t('cancelThisMeeting')}
      send={(reason) => write('/cancellation', { reason })}
    />
  );
}

/** An item without a decision is postponed with a reason (the API carries it to the next meeting). */
export function PostponeItemForm({ item, write }: { item: AgendaItem; write: MeetingWrite }) {
  const { t } = useApp();
  return (
    <ReasonForm
      id={`postpone-${item.id}`}
      summary={t('postponeItem', { title: item.title })}
      label={t('postponeReason', { title: item.title })}
      button={t('postponeItem', { title: item.title })}
      send={(reason) => write(`/agenda-items/${encodeURIComponent(item.id)}/postponement`, { reason })}
    />
  );
}

/** Approved minutes are corrected only with a reason; the correction is kept beside the decision. */
export function CorrectMinutesForm({ items, write }: { items: AgendaItem[]; write: MeetingWrite }) {
  const { t } = useApp();
  const decided = items.filter((i) => i.decision);
  const [itemId, setItemId] = useState(decided[0]?.id ?? '');
  const [decision, setDecision] = useState(decided[0]?.decision ?? '');
  const [reason, setReason] = useState('');
  const action = useAction();
  if (!decided.length) return null;
  const choose = (id: string) => {
    setItemId(id);
    setDecision(decided.find((i) => i.id === id)?.decision ?? '');
  };
  return (
    <details class="card">
      <summary>{t('correctMinutes')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(() => write('/minutes-corrections', { itemId, decision, reason }));
        }}
      >
        <Select
          id="correct-item"
          label={t('correctItem')}
          value={itemId}
          onValue={choose}
          options={decided.map((i) => [i.id, i.title])}
        />
        <TextArea
          id="correct-decision"
          label={t('correctedDecision')}
          value={decision}
          onValue={setDecision}
        />
        <TextArea
          id="correct-reason"
          label={t('correctReason')}
          value={reason}
          onValue={setReason}
          rows={2}
        />
        <button type="submit" disabled={action.busy}>
          {t('correctMinutes')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}
