import { useState } from 'preact/hooks';
import { isoToZonedLocal, zonedToIso } from '../../format/zoned-time';
import { useApp } from '../../session/app-context';
import { Field } from '../../ui/fields';
import { ReasonForm } from '../../ui/reason-form';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';
import type { PanelProps } from './hearing-panels';

/** Secretary: the issuing body granted more time, so the response deadline moves. */
export function ExtendDeadlinePanel({ hearing, write }: PanelProps) {
  const { t, council } = useApp();
  // Shown only for a hearing with a deadline: a statement without one has nothing to extend.
  const [deadline, setDeadline] = useState(
    isoToZonedLocal(hearing.responseDeadline ?? Date.now(), council.timeZone),
  );
  const action = useAction();
  return (
    <details class="card">
      <summary>{t('extendDeadline')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(() =>
            write('/deadline-extension', { responseDeadline: zonedToIso(deadline, council.timeZone) }),
          );
        }}
      >
        <Field
          id="extended-deadline"
          type="datetime-local"
          label={`${t('newResponseDeadline')} (${council.timeZone})`}
          value={deadline}
          onValue={setDeadline}
          required
        />
        <button type="submit" disabled={action.busy}>
          {t('extendDeadline')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

/** Secretary: the council chooses not to answer this hearing, and says why. */
export function DeclinePanel({ write }: PanelProps) {
  const { t } = useApp();
  return (
    <ReasonForm
      id="decline-reason"
      class="card"
      summary={t('declineHearing')}
      label={t('declineReason')}
      button={t('declineHearing')}
      send={(reason) => write('/declination', { reason })}
    />
  );
}
