import { useState } from 'preact/hooks';
import type { AgendaItem, Meeting } from '../../api/api-types';
import { useApp } from '../../session/app-context';
import { Field, Select, TextArea } from '../../ui/fields';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';
import { typedInstant } from './add-meeting-panel';
import type { MeetingWrite } from './meeting-write';

type Minutes = Meeting['minutes'];

/** Where the draft minutes stand: circulated until when, and the members' comments on it. */
export function CirculationView({ minutes, items }: { minutes: Minutes; items: AgendaItem[] }) {
  const { t, fmt, personName } = useApp();
  const c = minutes.circulation;
  if (!c && !minutes.comments.length) return null;
  const titleOf = (id: string | null) => items.find((i) => i.id === id)?.title;
  return (
    <div data-testid="circulation">
      {c && (
        <p>
          {t('circulatedUntil', { by: personName(c.circulatedBy) })}{' '}
          <time dateTime={c.commentsBy}>{fmt.dateTime(c.commentsBy)}</time>
        </p>
      )}
      {minutes.comments.length > 0 && (
        <>
          <h3>{t('minutesCommentsTitle')}</h3>
          <ul>
            {minutes.comments.map((m) => (
              <li key={m.id} data-testid="minutes-comment">
                <strong>{personName(m.by)}</strong>
                {titleOf(m.itemId) && ` (${titleOf(m.itemId)})`}: {m.text}{' '}
                <span class="muted small">
                  <time dateTime={m.at}>{fmt.dateTime(m.at)}</time>
                  {m.late && ` · ${t('commentLate')}`}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The secretary sends the draft minutes to the members with a deadline for comments; they are reminded before it. */
export function CirculateMinutesPanel({ write }: { write: MeetingWrite }) {
  const { t, council } = useApp();
  const action = useAction();
  const [by, setBy] = useState('');
  return (
    <details class="card">
      <summary>{t('circulateMinutes')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(() =>
            write('/minutes-circulation', { commentsBy: typedInstant(by, council.timeZone) ?? '' }),
          );
        }}
      >
        <Field
          id="comments-by"
          type="datetime-local"
          label={`${t('commentsBy')} (${council.timeZone})`}
          value={by}
          onValue={setBy}
        />
        <button type="submit" disabled={action.busy}>
          {t('circulateMinutes')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

/** A member, the chair or a secretary comments on the circulated draft, on one item or the whole. */
export function CommentOnMinutesPanel({ items, write }: { items: AgendaItem[]; write: MeetingWrite }) {
  const { t } = useApp();
  const action = useAction();
  const [text, setText] = useState('');
  const [itemId, setItemId] = useState('');
  return (
    <details class="card">
      <summary>{t('commentOnMinutes')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(() => write('/minutes-comments', { text, ...(itemId && { itemId }) }));
        }}
      >
        <Select
          id="comment-item"
          label={t('commentItem')}
          value={itemId}
          onValue={setItemId}
          options={[
            ['', t('commentWhole')],
            ...items.map((i): [string, string] => [i.id, `${i.number}. ${i.title}`]),
          ]}
        />
        <TextArea id="comment-text" label={t('commentText')} value={text} onValue={setText} rows={3} />
        <button type="submit" disabled={action.busy}>
          {t('commentOnMinutes')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}
