import { useState } from 'preact/hooks';
import type { CarriedOverAnswer, Council } from '../../api/api-types';
import { todayIn } from '../../format/plain-date';
import { useApp } from '../../session/app-context';
import { Field, Select } from '../../ui/fields';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';

/**
 * Issue 18.3: the successor's secretary carries a predecessor's open hearing or follow-up over,
 * one case at a time (docs/term.md "Carrying open cases over"). Offered only once the succession
 * has begun: before `succeedsFrom` the predecessor still works its cases and the API refuses.
 * The case is named by its id: the successor's secretary cannot read the predecessor's lists.
 */
export function CarryOverPanel({ council }: { council: Council }) {
  const { t, api, councilPath } = useApp();
  const predecessors = council.succeeds ?? [];
  const [from, setFrom] = useState(predecessors[0] ?? '');
  const [kind, setKind] = useState<'hearings' | 'follow-ups'>('hearings');
  const [caseId, setCaseId] = useState('');
  const [carried, setCarried] = useState<CarriedOverAnswer>();
  const action = useAction();
  const begun = council.succeedsFrom !== undefined && council.succeedsFrom <= todayIn(council.timeZone);
  if (predecessors.length === 0 || !begun) return null;
  return (
    <details class="card">
      <summary>{t('carryOverTitle')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setCarried(undefined);
          void action.run(async () => {
            const answer = await api.json<CarriedOverAnswer>(councilPath('/carried-over-cases'), {
              method: 'POST',
              body: { fromCouncilId: from, kind, caseId: caseId.trim() },
            });
            setCarried(answer);
            setCaseId('');
          });
        }}
      >
        <p class="muted small">{t('carryOverHint')}</p>
        <Select
          id="carry-from"
          label={t('carryOverFrom')}
          value={from}
          onValue={setFrom}
          options={predecessors.map((id) => [id, id])}
        />
        <Select
          id="carry-kind"
          label={t('carryOverKind')}
          value={kind}
          onValue={(v) => setKind(v as 'hearings' | 'follow-ups')}
          options={[
            ['hearings', t('carryOverKind.hearings')],
            ['follow-ups', t('carryOverKind.follow-ups')],
          ]}
        />
        <Field
          id="carry-case-id"
          label={t('carryOverCaseId')}
          hint={t('carryOverCaseIdHint')}
          value={caseId}
          onValue={setCaseId}
          required
        />
        <button type="submit" class="primary" disabled={action.busy}>
          {t('carryOver')}
        </button>
        <ActionStatus action={action} />
        {carried && (
          <p role="status" data-testid="carried-over">
            {t('carriedOverTo', { from: carried.carriedFrom.councilId })}{' '}
            <a href={`#/${carried.kind}/${encodeURIComponent(carried.id)}`}>{carried.id}</a>
          </p>
        )}
      </form>
    </details>
  );
}
