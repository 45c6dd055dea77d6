import type { FollowUp, PlanRevision, PlannedPhase } from '../../api/api-types';
import type { DateFormat } from '../../format/date-format';
import type { Translate } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { planDates, planNames, type PlanNames } from './follow-up-plan-dates';

/**
 * Every revision with its reason and what it changed (issue 6: the old plan stays readable): the
 * dates it moved, from the plan before to the plan after, and the phases and milestones it added
 * and dropped, each as it was planned.
 */
export function PlanRevisions({ followUp }: { followUp: FollowUp }) {
  const { t, fmt } = useApp();
  if (!followUp.planRevisions.length) return null;
  const names = planNames(followUp);
  return (
    <section aria-labelledby="revisions-title">
      <h2 id="revisions-title">{t('planRevisions')}</h2>
      <ol class="plain">
        {followUp.planRevisions.map((r, i) => (
          <li key={i} class="card" data-testid="plan-revision">
            <p>
              <time dateTime={r.revisedAt}>{fmt.date(r.revisedAt)}</time>: {r.reason}
            </p>
            <ul class="small">
              {changeLines(r, names, t, fmt).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

function changeLines(r: PlanRevision, names: PlanNames, t: Translate, fmt: DateFormat): string[] {
  const after = new Map(planDates(r.plan, names, t).map((d) => [d.key, d.iso]));
  // A date counts as moved only when it is in both plans: an added or dropped one is said below.
  const moved = planDates(r.previous, names, t).filter((d) => after.has(d.key) && after.get(d.key) !== d.iso);
  const span = (p: PlannedPhase) =>
    p.plannedEnd ? `${fmt.date(p.plannedStart)} – ${fmt.date(p.plannedEnd)}` : fmt.date(p.plannedStart);
  return [
    ...moved.map((d) =>
      t('movedFromTo', { what: d.label, from: fmt.date(d.iso), to: fmt.date(after.get(d.key)) }),
    ),
    ...(r.added?.phases ?? []).map((p) => t('addedPhase', { name: p.name, when: span(p) })),
    ...(r.added?.milestones ?? []).map((m) => t('addedMilestone', { name: m.name, when: fmt.date(m.due) })),
    ...(r.dropped?.phases ?? []).map((p) => t('droppedPhase', { name: p.name, when: span(p) })),
    ...(r.dropped?.milestones ?? []).map((m) =>
      t('droppedMilestone', { name: m.name, when: fmt.date(m.due) }),
    ),
  ];
}
