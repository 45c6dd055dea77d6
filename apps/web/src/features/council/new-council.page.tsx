import { useState } from 'preact/hooks';
import type { ApiClient } from '../../api/api-client';
import type { WriteAnswer } from '../../api/api-types';
import type { Translate } from '../../i18n/language';
import { Field } from '../../ui/fields';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';
import { ReminderOffsetChoices } from '../../ui/reminder-offsets';

/**
 * An admin creates a council (`POST /api/councils`): its id, name, time zone and the reminder
 * offsets its deadlines default to. Inside it the secretariat does the rest, with a token the
 * CLI issues, so the page ends by showing that command.
 */
export function NewCouncilPage({ t, api, onCreated }: { t: Translate; api: ApiClient; onCreated?(): void }) {
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [timeZone, setTimeZone] = useState('Europe/Copenhagen');
  const [offsets, setOffsets] = useState(['P7D', 'P2D']);
  const [created, setCreated] = useState<{ id: string; name: string }>();
  const action = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = {
      id: id.trim(),
      name,
      timeZone: timeZone.trim(),
      reminderOffsets: offsets,
    };
    setCreated(undefined);
    const ok = await action.run(() => api.json<WriteAnswer>('/api/councils', { method: 'POST', body }));
    if (ok) {
      setCreated({ id: body.id, name });
      onCreated?.();
    }
  };
  return (
    <form class="card" onSubmit={submit} aria-labelledby="new-council-title">
      <h1 id="new-council-title">{t('newCouncil')}</h1>
      <p>{t('newCouncilIntro')}</p>
      <Field
        id="council-id"
        label={t('councilId')}
        hint={t('councilIdHint')}
        value={id}
        onValue={setId}
        required
      />
      <Field id="council-name" label={t('councilName')} value={name} onValue={setName} required />
      <Field
        id="council-time-zone"
        label={t('timeZone')}
        hint={t('timeZoneHint')}
        value={timeZone}
        onValue={setTimeZone}
        required
      />
      <ReminderOffsetChoices t={t} value={offsets} onValue={setOffsets} />
      <button type="submit" class="primary" disabled={action.busy}>
        {t('createCouncil')}
      </button>
      <ActionStatus action={action} />
      {created && (
        <div class="ok" role="status" data-testid="council-created">
          <p>{t('councilCreated', created)}</p>
          <pre>
            <code>{`npm run cli -- token --person <id> --role secretary --council ${created.id}`}</code>
          </pre>
        </div>
      )}
    </form>
  );
}
