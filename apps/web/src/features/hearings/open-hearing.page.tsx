import { useState } from 'preact/hooks';
import { HEARING_ORIGINS, type HearingOrigin, type WriteAnswer } from '../../api/api-types';
import { areasOf } from '../../format/area-list';
import { isoToZonedLocal, zonedToIso } from '../../format/zoned-time';
import { useApp } from '../../session/app-context';
import { occurredAtOf } from '../../format/plain-date';
import { Field, Select } from '../../ui/fields';
import { OccurredOnField } from '../../ui/occurred-on-field';
import { ReminderOffsetChoices, useCaseReminderOffsets } from '../../ui/reminder-offsets';
import { navigate } from '../../ui/router';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';

const DAY = 24 * 3600 * 1000;

/**
 * Seed 000: the region sends material with a response deadline; the secretary opens the hearing.
 * Issue 18.4: or the council is involved before the hearing, invited by a committee, or speaks on
 * its own initiative (to a recipient, with no deadline unless it sets one); each case may name the
 * areas it concerns.
 */
export function OpenHearingPage() {
  const { t, api, councilPath, council } = useApp();
  const zone = council.timeZone;
  const [title, setTitle] = useState('');
  const [issuingBody, setIssuingBody] = useState('');
  const [origin, setOrigin] = useState<HearingOrigin>('formal-hearing');
  const [recipient, setRecipient] = useState('');
  const [areas, setAreas] = useState('');
  const [materialTitle, setMaterialTitle] = useState('');
  const [materialUrl, setMaterialUrl] = useState('');
  const suggestedDeadline = isoToZonedLocal(Date.now() + 21 * DAY, zone).slice(0, 10) + 'T23:59';
  const [responseDeadline, setResponseDeadline] = useState(suggestedDeadline);
  const ownInitiative = origin === 'own-initiative';
  // An own-initiative statement has no deadline unless one is set: the suggested three weeks would
  // set one unasked, so it goes when the statement is chosen and comes back with a hearing.
  const chooseOrigin = (next: string) => {
    const chosen = next as HearingOrigin;
    if (chosen === 'own-initiative' && responseDeadline === suggestedDeadline) setResponseDeadline('');
    if (chosen !== 'own-initiative' && responseDeadline === '') setResponseDeadline(suggestedDeadline);
    setOrigin(chosen);
  };
  const [inputDeadline, setInputDeadline] = useState('');
  const [receivedOn, setReceivedOn] = useState('');
  const reminders = useCaseReminderOffsets(council.reminderOffsets);
  const action = useAction();

  const submit = async (e: Event) => {
    e.preventDefault();
    // Issue 18.1: a hearing that arrived before it was entered keeps the day it arrived (`receivedAt`).
    const { occurredAt: receivedAt } = occurredAtOf(receivedOn, zone);
    const tags = areasOf(areas);
    const body = {
      title,
      issuingBody,
      origin,
      ...(ownInitiative && { recipient }),
      ...(tags.length > 0 && { areas: tags }),
      ...(receivedAt && { receivedAt }),
      ...(responseDeadline && { responseDeadline: zonedToIso(responseDeadline, zone) }),
      ...(inputDeadline && { inputDeadline: zonedToIso(inputDeadline, zone) }),
      ...(materialUrl && { material: [{ title: materialTitle || title, url: materialUrl }] }),
      ...reminders.body,
    };
    let id = '';
    const ok = await action.run(async () => {
      id = (await api.json<WriteAnswer>(councilPath('/hearings'), { method: 'POST', body })).id;
    });
    if (ok) navigate('hearings', id);
  };

  return (
    <form class="card" onSubmit={submit} aria-labelledby="open-hearing-title">
      <h1 id="open-hearing-title">{t('openHearing')}</h1>
      <Field id="hearing-title" label={t('hearingTitle')} value={title} onValue={setTitle} required />
      <Field
        id="issuing-body"
        label={t('issuingBody')}
        value={issuingBody}
        onValue={setIssuingBody}
        required
      />
      <Select
        id="hearing-origin"
        label={t('origin')}
        value={origin}
        onValue={chooseOrigin}
        options={HEARING_ORIGINS.map((o) => [o, t(`originOption.${o}`)])}
      />
      {ownInitiative && (
        <Field
          id="statement-recipient"
          label={t('statementRecipient')}
          hint={t('statementRecipientHint')}
          value={recipient}
          onValue={setRecipient}
          required
        />
      )}
      <Field
        id="hearing-areas"
        label={t('areasField')}
        hint={t('areasHint')}
        value={areas}
        onValue={setAreas}
      />
      <div class="two">
        <Field
          id="material-title"
          label={t('materialTitle')}
          value={materialTitle}
          onValue={setMaterialTitle}
        />
        <Field
          id="material-url"
          type="url"
          label={t('materialUrl')}
          value={materialUrl}
          onValue={setMaterialUrl}
        />
      </div>
      <OccurredOnField id="received-on" label={t('receivedOn')} value={receivedOn} onValue={setReceivedOn} />
      <div class="two">
        <Field
          id="response-deadline"
          type="datetime-local"
          label={`${t('responseDeadline')} (${zone})`}
          {...(ownInitiative && { hint: t('ownInitiativeDeadlineHint') })}
          value={responseDeadline}
          onValue={setResponseDeadline}
          required={!ownInitiative}
        />
        <Field
          id="input-deadline"
          type="datetime-local"
          label={`${t('inputDeadline')} (${zone})`}
          hint={t('inputDeadlineHint')}
          value={inputDeadline}
          onValue={setInputDeadline}
        />
      </div>
      <ReminderOffsetChoices t={t} value={reminders.offsets} onValue={reminders.setOffsets} />
      <button type="submit" class="primary" disabled={action.busy}>
        {t('openHearing')}
      </button>
      <ActionStatus action={action} />
    </form>
  );
}
