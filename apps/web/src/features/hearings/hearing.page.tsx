import { useState } from 'preact/hooks';
import { CLOSED_HEARING, type Hearing } from '../../api/api-types';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { href } from '../../ui/router';
import { Async } from '../../ui/status';
import { useAsync } from '../../ui/use-async';
import { aboutCase, useLiveReload } from '../../ui/use-live-reload';
import {
  ApprovalAnswerPanel,
  ApprovalRequestPanel,
  ApprovalsList,
  DraftPanel,
  InputsPanel,
  MyInputPanel,
  OnBehalfPanel,
  SignOffPanel,
  SubmissionPanel,
  type WriteMethod,
} from './hearing-panels';
import { DeclinePanel, ExtendDeadlinePanel } from './hearing-deadline-panels';
import { InvitationPanel } from './hearing-invitation-panels';
import { SentResponse } from './sent-response';
import { asRead } from '../../ui/case-write';
import { HearingFollowUps } from './hearing-follow-ups';

export function HearingPage({ id }: { id: string }) {
  const { api, councilPath, t } = useApp();
  const path = councilPath(`/hearings/${encodeURIComponent(id)}`);
  const state = useAsync(() => api.json<Hearing>(path), [api, path]);
  useLiveReload(state.reload, aboutCase('hearings', id));
  // The panels start afresh from the saved hearing, so the confirmation lives out here.
  const [saved, setSaved] = useState(false);
  const write = async (sub: string, body?: unknown, method: WriteMethod = 'POST') => {
    setSaved(false);
    await api.json(path + sub, { method, body, ...asRead(path, state.data?.revision ?? -1) });
    setSaved(true);
    state.reload();
  };
  return (
    <>
      <p class="ok" role="status" aria-live="polite">
        {saved ? t('saved') : ''}
      </p>
      <Async state={state}>
        {(hearing) => <HearingView key={hearing.revision} hearing={hearing} write={write} />}
      </Async>
    </>
  );
}

function HearingView({
  hearing,
  write,
}: {
  hearing: Hearing;
  write: (p: string, b?: unknown, m?: WriteMethod) => Promise<void>;
}) {
  const { t, fmt, claims, personName } = useApp();
  const role = claims.role;
  const closed = CLOSED_HEARING.includes(hearing.status);
  const [chosen, setChosen] = useState(
    new Set(hearing.currentDraft?.basedOn ?? hearing.inputs.filter((i) => i.text).map((i) => i.personId)),
  );
  const props = { hearing, write };
  // The approval panel shows the draft next to its buttons; no need to show it twice.
  const approvalAsksMe =
    !hearing.signOff && !!hearing.approval?.answers.some((a) => a.personId === claims.sub);
  return (
    <article aria-labelledby="hearing-title">
      <h1 id="hearing-title">{hearing.title}</h1>
      <dl class="facts">
        <dt>{t('status')}</dt>
        <dd>
          <span class="badge" data-testid="hearing-status">
            {word(t, 'status', hearing.status)}
          </span>
        </dd>
        <dt>{t('issuingBody')}</dt>
        <dd>{hearing.issuingBody}</dd>
        <dt>{t('origin')}</dt>
        <dd data-testid="hearing-origin">{t(`originOption.${hearing.origin}`)}</dd>
        {hearing.recipient && (
          <>
            <dt>{t('statementRecipient')}</dt>
            <dd data-testid="statement-recipient">{hearing.recipient}</dd>
          </>
        )}
        {hearing.areas.length > 0 && (
          <>
            <dt>{t('areas')}</dt>
            <dd data-testid="hearing-areas">{hearing.areas.join(', ')}</dd>
          </>
        )}
        <dt>{t('inputDeadline')}</dt>
        <dd>{hearing.inputDeadline === null ? t('noDeadline') : fmt.dateTime(hearing.inputDeadline)}</dd>
        <dt>{t('responseDeadline')}</dt>
        <dd data-testid="response-deadline">
          {hearing.responseDeadline === null ? t('noDeadline') : fmt.dateTime(hearing.responseDeadline)}
          {hearing.extensions?.length ? (
            <span class="muted">
              {' '}
              ({t('extendedFrom', { when: fmt.dateTime(hearing.extensions[0].from) })})
            </span>
          ) : null}
        </dd>
        {hearing.material?.length ? (
          <>
            <dt>{t('material')}</dt>
            <dd>
              {hearing.material.map((m) => (
                <a key={m.url} href={m.url} rel="noreferrer noopener" target="_blank">
                  {m.title}
                </a>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
      {hearing.submission && (
        <p class="ok">
          {t('submittedTo', {
            when: fmt.dateTime(hearing.submission.submittedAt),
            recipient: hearing.submission.recipient,
          })}
        </p>
      )}
      {hearing.declination && (
        <p data-testid="declination">
          {t('declinedAt', { when: fmt.dateTime(hearing.declination.declinedAt) })}{' '}
          {hearing.declination.reason}
        </p>
      )}
      <p>
        <a href={href('cases', 'hearings', hearing.id)}>{t('chainTitle')}</a>
      </p>

      {(role === 'member' || role === 'chair') && !closed && <MyInputPanel {...props} />}
      {(role === 'member' || role === 'chair') && !closed && <ApprovalAnswerPanel {...props} />}
      {role === 'chair' && !closed && hearing.approval && <SignOffPanel {...props} />}

      <InputsPanel hearing={hearing} {...(role === 'secretary' && !closed && { chosen, setChosen })} />

      {role === 'secretary' && !closed && <InvitationPanel {...props} />}
      {role === 'secretary' && !closed && <OnBehalfPanel {...props} />}
      {role === 'secretary' && !closed && <DraftPanel {...props} chosen={chosen} />}
      {hearing.submission && <SentResponse hearing={hearing} />}
      {hearing.submission && <HearingFollowUps hearing={hearing} />}
      {!hearing.submission &&
        hearing.currentDraft &&
        (closed || (role !== 'secretary' && !approvalAsksMe)) && (
          <section>
            <h2>{t('draftVersion', { version: hearing.currentDraft.version })}</h2>
            <blockquote class="draft-text">{hearing.currentDraft.text}</blockquote>
          </section>
        )}
      {role === 'secretary' && !closed && hearing.currentDraft && !hearing.signOff && (
        <ApprovalRequestPanel {...props} />
      )}
      <ApprovalsList hearing={hearing} />
      {role === 'secretary' && !closed && hearing.signOff && <SubmissionPanel {...props} />}
      {role === 'secretary' && !closed && hearing.responseDeadline !== null && (
        <ExtendDeadlinePanel {...props} />
      )}
      {role === 'secretary' && !closed && <DeclinePanel {...props} />}
      {hearing.signOff && !hearing.approval && (
        <p>{t('signedOffBy', { name: personName(hearing.signOff.signedOffBy) })}</p>
      )}
    </article>
  );
}
