import { useState } from 'preact/hooks';
import type { Council } from '../../api/api-types';
import { occurredAtOf, plainDate } from '../../format/plain-date';
import { useApp } from '../../session/app-context';
import { Field, Select } from '../../ui/fields';
import { OccurredOnField } from '../../ui/occurred-on-field';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';
import { CarryOverPanel } from './carry-over-panel';
import type { CouncilWrite } from './council-panels';

/**
 * Issue 18.2, seed 001: the council is constituted for a term and evaluated before it ends; the
 * region continues it (seed 003: 19 August 2025) or ends it; a successor takes over. What the
 * record holds is shown to everyone; the secretariat records it (`keeps`).
 */
export function TermSection({
  council,
  write,
  keeps,
}: {
  council: Council;
  write: CouncilWrite;
  keeps: boolean;
}) {
  const { t, language } = useApp();
  const d = (date: string | undefined) => plainDate(language, date);
  return (
    <section aria-labelledby="term-title">
      <h2 id="term-title">{t('termTitle')}</h2>
      <dl class="facts" data-testid="term">
        <dt>{t('termPeriod')}</dt>
        <dd>{council.term ? `${d(council.term.startsOn)} – ${d(council.term.endsOn)}` : t('termNone')}</dd>
        {council.term?.evaluationDueBy && (
          <>
            <dt>{t('evaluationDueBy')}</dt>
            <dd>{d(council.term.evaluationDueBy)}</dd>
          </>
        )}
        <dt>{t('termsOfReference')}</dt>
        <dd>
          {t('termsOfReferenceNow', {
            n: council.terms.ordinaryMeetingsPerYear,
            lapse: lapseWord(t, council.terms.requestsLapseAfter),
          })}
        </dd>
      </dl>
      {(council.continuations ?? []).length > 0 && (
        <ul class="plain" data-testid="continuations">
          {(council.continuations ?? []).map((c) => (
            <li key={`${c.decidedOn}-${c.until}`}>
              {t('continuedBy', { by: c.decidedBy, on: d(c.decidedOn), until: d(c.until) })}
            </li>
          ))}
        </ul>
      )}
      {council.ended && (
        <p data-testid="ended">
          {t('endedBy', {
            by: council.ended.decidedBy,
            on: d(council.ended.decidedOn),
            endsOn: d(council.ended.endsOn),
          })}
        </p>
      )}
      {council.succeeds && (
        <p>{t('succeedsCouncils', { ids: council.succeeds.join(', '), from: d(council.succeedsFrom) })}</p>
      )}
      {council.succeededBy && (
        <p>
          {t('succeededByCouncil', {
            id: council.succeededBy.successorId,
            from: d(council.succeededBy.from),
          })}
        </p>
      )}
      {keeps && (
        <>
          <SetTermPanel council={council} write={write} />
          <RegionDecisionPanel kind="continuation" write={write} />
          <RegionDecisionPanel kind="end" write={write} />
          <TermsOfReferencePanel council={council} write={write} />
          <CarryOverPanel council={council} />
        </>
      )}
    </section>
  );
}

function SetTermPanel({ council, write }: { council: Council; write: CouncilWrite }) {
  const { t } = useApp();
  const [startsOn, setStartsOn] = useState(council.term?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(council.term?.endsOn ?? '');
  const [evaluationDueBy, setEvaluationDueBy] = useState(council.term?.evaluationDueBy ?? '');
  const action = useAction();
  return (
    <details class="card">
      <summary>{t('setTerm')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(() =>
            write('/term', { startsOn, endsOn, ...(evaluationDueBy && { evaluationDueBy }) }, 'PUT'),
          );
        }}
      >
        <p class="muted small">{t('setTermHint')}</p>
        <Field
          id="term-starts-on"
          type="date"
          label={t('termStartsOn')}
          value={startsOn}
          onValue={setStartsOn}
          required
        />
        <Field
          id="term-ends-on"
          type="date"
          label={t('termEndsOn')}
          value={endsOn}
          onValue={setEndsOn}
          required
        />
        <Field
          id="term-evaluation-due-by"
          type="date"
          label={t('evaluationDueBy')}
          hint={t('evaluationDueByHint')}
          value={evaluationDueBy}
          onValue={setEvaluationDueBy}
        />
        <button type="submit" class="primary" disabled={action.busy}>
          {t('setTerm')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

/**
 * Seed 003: "Regionsrådet besluttede den 19. august 2025 at videreføre rådet". The decision is
 * dated by its own day (`decidedOn`), however much later it is entered; the term moves with it.
 */
function RegionDecisionPanel({ kind, write }: { kind: 'continuation' | 'end'; write: CouncilWrite }) {
  const { t } = useApp();
  const [decidedBy, setDecidedBy] = useState('Regionsrådet');
  const [decidedOn, setDecidedOn] = useState('');
  const [until, setUntil] = useState('');
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  const title = kind === 'continuation' ? t('recordContinuation') : t('recordEnd');
  const send = () =>
    action.run(async () => {
      const body =
        kind === 'continuation' ? { decidedBy, decidedOn, until } : { decidedBy, decidedOn, endsOn: until };
      await write(kind === 'continuation' ? '/continuation' : '/end', body);
      setConfirming(false);
      setDecidedOn('');
      setUntil('');
    });
  return (
    <details class="card">
      <summary>{title}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          // Ending the council is asked twice; a continuation is not (a later term replaces it).
          if (kind === 'end' && !confirming) setConfirming(true);
          else void send();
        }}
      >
        <Field
          id={`${kind}-decided-by`}
          label={t('decidedBy')}
          value={decidedBy}
          onValue={setDecidedBy}
          required
        />
        <Field
          id={`${kind}-decided-on`}
          type="date"
          label={t('decidedOn')}
          value={decidedOn}
          onValue={setDecidedOn}
          required
        />
        <Field
          id={`${kind}-until`}
          type="date"
          label={kind === 'continuation' ? t('continuedUntil') : t('lastDay')}
          value={until}
          onValue={setUntil}
          required
        />
        {confirming && (
          <p role="status" data-testid="confirm-end">
            {t('confirmEndText')}
          </p>
        )}
        <button type="submit" class={kind === 'end' ? 'danger' : 'primary'} disabled={action.busy}>
          {confirming ? t('confirmEnd') : title}
        </button>
        {confirming && (
          <button type="button" class="link" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        )}
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

const LAPSES = ['', 'P1M', 'P3M', 'P6M', 'P1Y'];

function lapseWord(t: ReturnType<typeof useApp>['t'], lapse: string | null | undefined): string {
  if (!lapse) return t('lapseNever');
  const key = `lapse.${lapse}` as Parameters<typeof t>[0];
  const text = t(key);
  return text === key ? lapse : text;
}

/** Seed 001's terms of reference fix four ordinary meetings a year; a council's own may differ. */
function TermsOfReferencePanel({ council, write }: { council: Council; write: CouncilWrite }) {
  const { t } = useApp();
  const [meetings, setMeetings] = useState(String(council.terms.ordinaryMeetingsPerYear));
  const [lapse, setLapse] = useState(council.terms.requestsLapseAfter ?? '');
  const [on, setOn] = useState('');
  const action = useAction();
  return (
    <details class="card">
      <summary>{t('setTermsOfReference')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(async () => {
            const body = {
              ordinaryMeetingsPerYear: Number(meetings),
              ...(lapse && { requestsLapseAfter: lapse }),
              ...occurredAtOf(on, council.timeZone),
            };
            await write('/terms', body, 'PUT');
            setOn('');
          });
        }}
      >
        <Field
          id="terms-meetings"
          type="number"
          min="1"
          max="52"
          label={t('ordinaryMeetingsPerYear')}
          value={meetings}
          onValue={setMeetings}
          required
        />
        <Select
          id="terms-lapse"
          label={t('requestsLapseAfter')}
          value={lapse}
          onValue={setLapse}
          options={LAPSES.map((l) => [l, lapseWord(t, l)])}
        />
        <OccurredOnField id="terms-occurred-on" value={on} onValue={setOn} />
        <button type="submit" class="primary" disabled={action.busy}>
          {t('setTermsOfReference')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}
