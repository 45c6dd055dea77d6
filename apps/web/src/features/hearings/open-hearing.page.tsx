import { useState } from 'preact/hooks';
import type { WriteAnswer } from '../../api/api-types';
import { isoToZonedLocal, zonedToIso } from '../../format/zoned-time';
import { useApp } from '../../session/app-context';
import { occurredAtOf } from '../../format/plain-date';
import { Field } from '../../ui/fields';
import { OccurredOnField } from '../../ui/occurred-on-field';
import { navigate } from '../../ui/router';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';

const DAY = 24 * 3600 * 1000;

/** Seed 000: the region sends material with a response deadline; the secretary opens the hearing. */
export function OpenHearingPage() {
  const { t, api, councilPath, council } = useApp();
  const zone = council.timeZone;
  const [title, setTitle] = useState('');
  const [issuingBody, setIssuingBody] = useState('');
  const [materialTitle, setMaterialTitle] = useState('');
  const [materialUrl, setMaterialUrl] = useState('');
  const [responseDeadline, setResponseDeadline] = useState(
    isoToZonedLocal(Date.now() + 21 * DAY, zone).slice(0, 10) + 'T23:59',
  );
  const [inputDeadline, setInputDeadline] = useState('');
  const [receivedOn, setReceivedOn] = useState('');
  const action = useAction();

  const submit = async (e: Event) => {
    e.preventDefault();
    // Issue 18.1: a hearing that arrived before it was entered keeps the day it arrived (`receivedAt`).
    const { occurredAt: receivedAt } = occurredAtOf(receivedOn, zone);
    const body = {
      title,
      issuingBody,
      ...(receivedAt && { receivedAt }),
      responseDeadline: zonedToIso(responseDeadline, zone),
      ...(inputDeadline && { inputDeadline: zonedToIso(inputDeadline, zone) }),
      ...(materialUrl && { material: [{ title: materialTitle || title, url: materialUrl }] }),
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
          value={responseDeadline}
          onValue={setResponseDeadline}
          required
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
      <button type="submit" class="primary" disabled={action.busy}>
        {t('openHearing')}
      </button>
      <ActionStatus action={action} />
    </form>
  );
}
