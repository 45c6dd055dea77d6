import type { BudgetCycle } from '../../api/api-types';
import { useApp } from '../../session/app-context';
import { canWriteBudget } from '../../session/roles';
import { href } from '../../ui/router';
import { Async } from '../../ui/status';
import { useAsync } from '../../ui/use-async';
import { CalendarList } from './budget-calendar';
import { AddMeetingPanel, CancelMeetingPanel, MoveMeetingPanel } from './budget-meeting-panels';

/** A budget cycle's whole calendar, every committee's; secretary and chair add, move and cancel meetings. */
export function BudgetCyclePage({ id }: { id: string }) {
  const { api, councilPath, t, claims } = useApp();
  const path = councilPath(`/budget-cycles/${encodeURIComponent(id)}`);
  const state = useAsync(() => api.json<BudgetCycle>(path), [api, path]);
  const canWrite = canWriteBudget(claims.role);
  return (
    <Async state={state}>
      {(cycle) => (
        <article aria-labelledby="cycle-title" key={cycle.revision}>
          <h1 id="cycle-title">
            {t('calendar')} {cycle.year}
          </h1>
          <p>
            <a href={href('cases', 'budget-cycles', cycle.id)}>{t('chainTitle')}</a>
          </p>
          <CalendarList
            cycle={cycle}
            actions={(m) =>
              // A meeting that has taken place is history (the API refuses it with a 409).
              canWrite &&
              Date.parse(m.date) > Date.now() && (
                <>
                  <MoveMeetingPanel
                    milestone={m}
                    path={path}
                    reload={state.reload}
                    revision={cycle.revision}
                  />
                  <CancelMeetingPanel
                    milestone={m}
                    path={path}
                    reload={state.reload}
                    revision={cycle.revision}
                  />
                </>
              )
            }
          />
          {canWrite && <AddMeetingPanel cycle={cycle} path={path} reload={state.reload} />}
        </article>
      )}
    </Async>
  );
}
