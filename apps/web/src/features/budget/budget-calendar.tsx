import type { ComponentChildren } from 'preact';
import type { BudgetCycle, Milestone } from '../../api/api-types';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';

interface Entry {
  milestone: Milestone;
  /** Why it was cancelled; a cancelled meeting stays in the calendar as it was planned. */
  cancelled?: string;
}

/**
 * The cycle's meetings in date order, the cancelled ones among them marked so, each with the
 * council's own submission deadline before it; `committee` keeps one committee's. `actions`
 * adds what a writer may do to a meeting that is not cancelled.
 */
export function CalendarList({
  cycle,
  committee,
  actions,
}: {
  cycle: BudgetCycle;
  committee?: string | null;
  actions?(milestone: Milestone): ComponentChildren;
}) {
  const { t, fmt } = useApp();
  const entries: Entry[] = [
    ...cycle.milestones.map((milestone) => ({ milestone })),
    ...cycle.cancelledMilestones.map((c) => ({ milestone: c.milestone, cancelled: c.reason })),
  ]
    .filter((e) => !committee || e.milestone.committee === committee)
    .sort((a, b) => Date.parse(a.milestone.date) - Date.parse(b.milestone.date));
  return (
    <ol class="plain">
      {entries.map(({ milestone: m, cancelled }) => (
        <li key={m.id} data-testid="calendar-item" class={cancelled === undefined ? undefined : 'cancelled'}>
          <time dateTime={m.date}>{fmt.dateTime(m.date)}</time> – {word(t, 'milestone', m.kind)},{' '}
          {m.committee}
          {m.quota !== undefined && <span class="muted"> · {t('quotaIs', { quota: m.quota })}</span>}
          {m.submissionDeadline && (
            <span class="muted">
              {' '}
              ({t('dueSubmission', { committee: m.committee })}: {fmt.dateTime(m.submissionDeadline)})
            </span>
          )}
          {cancelled !== undefined ? (
            <p class="small">
              <span class="badge danger">{t('meetingCancelled')}</span> {cancelled}
            </p>
          ) : (
            actions?.(m)
          )}
        </li>
      ))}
    </ol>
  );
}
