import { useState } from 'preact/hooks';
import type { TimelineEntry, TimelinePage as Page } from '../../api/api-types';
import { describeEvent } from '../../format/describe';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { EventTime } from '../../ui/event-time';
import { kindAndTitle } from '../../format/wording';
import { useCaseNames, type CaseName } from '../../ui/case-titles';
import { Select } from '../../ui/fields';
import { href } from '../../ui/router';
import { ActionStatus, Async } from '../../ui/status';
import { useAction, useAsync } from '../../ui/use-async';

const PAGE_SIZE = 50;

/**
 * A person the council no longer has (a resigned member, a replaced secretary) is still named,
 * not shown by id (issue 19: "kira valgt som formand"): the names come from the appointments
 * the timeline itself holds.
 */
function withNamesFrom<A extends { personName(id: string): string }>(events: TimelineEntry[], app: A): A {
  const names = new Map<string, string>();
  for (const e of events) {
    const d = e.data as {
      personId?: unknown;
      name?: unknown;
      replaces?: { personId?: unknown; name?: unknown };
    };
    if (typeof d.personId === 'string' && typeof d.name === 'string') names.set(d.personId, d.name);
    if (typeof d.replaces?.personId === 'string' && typeof d.replaces.name === 'string')
      names.set(d.replaces.personId, d.replaces.name);
  }
  return {
    ...app,
    personName: (id: string) => {
      const known = app.personName(id);
      return known !== id ? known : (names.get(id) ?? id);
    },
  };
}

/** The kinds of case the timeline holds, in the order a council meets them. */
const KINDS = ['hearings', 'budget-proposals', 'follow-ups', 'meetings', 'budget-cycles', 'councils'];

interface Filter {
  kind: string;
  caseId: string;
  person: string;
  /** Issue 18.3: with the history of the councils this one succeeds. */
  predecessors: boolean;
}

/** The query for one page of the timeline: the filter's parts the API takes (issue 19). */
function timelineQuery(filter: Filter, after?: number): string {
  const q = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (filter.kind) q.set('kinds', filter.kind);
  if (filter.caseId) q.set('caseId', filter.caseId);
  if (filter.person) q.set('person', filter.person);
  if (filter.predecessors) q.set('includePredecessors', 'true');
  if (after !== undefined) q.set('after', String(after));
  return `/timeline?${q.toString()}`;
}

/**
 * Issue 9, the evaluator: the council's events in recorded order, each line naming its case and
 * linking to it; issue 19: filtered by kind of case, by one case, and by person (who did it, or
 * whom it is about), the API doing the filtering so paging stays whole; issue 18.3: a successor's
 * timeline with its predecessors' history, each of their lines naming its council.
 */
export function TimelinePage() {
  const app = useApp();
  const { api, councilPath, t } = app;
  const [filter, setFilter] = useState<Filter>({ kind: '', caseId: '', person: '', predecessors: false });
  const first = useAsync(
    () => api.json<Page>(councilPath(timelineQuery(filter))),
    [api, filter.kind, filter.caseId, filter.person, filter.predecessors],
  );
  const [more, setMore] = useState<{ events: TimelineEntry[]; next: number | null; of: Filter }>();
  const { names, nameOf } = useCaseNames();
  const action = useAction();
  const loadMore = (after: number) =>
    action.run(async () => {
      const page = await api.json<Page>(councilPath(timelineQuery(filter, after)));
      setMore({ events: [...(more?.events ?? []), ...page.events], next: page.next, of: filter });
    });
  const moreHere = more && more.of === filter ? more : undefined;
  const caseName = (kind: string, id: string) =>
    kindAndTitle(word(t, 'caseKind', kind), nameOf(kind, id) ?? id);
  return (
    <section aria-labelledby="timeline-title">
      <h1 id="timeline-title">{t('timelineTitle')}</h1>
      <TimelineFilter filter={filter} onFilter={setFilter} names={names} />
      <Async state={first}>
        {(page) => {
          const events = [...page.events, ...(moreHere?.events ?? [])];
          const named = withNamesFrom(events, app);
          const next = moreHere ? moreHere.next : page.next;
          if (!events.length) return <p class="muted">{t('timelineEmpty')}</p>;
          return (
            <>
              <ol class="events timeline">
                {events.map((e) => {
                  const { who, what } = describeEvent(e, named);
                  return (
                    <li key={e.position} data-testid="timeline-entry">
                      <EventTime entry={e} />
                      {e.councilId && e.councilId !== app.council.id ? (
                        // A predecessor's case is read in that council, not under this one's path.
                        <span class="case-name" data-testid="timeline-case">
                          {caseName(e.kind, e.id)} ({e.councilId})
                        </span>
                      ) : (
                        <a href={href('cases', e.kind, e.id)} class="case-name" data-testid="timeline-case">
                          {caseName(e.kind, e.id)}
                        </a>
                      )}
                      <span>
                        <span class="who-did">{who}:</span> {what}
                      </span>
                    </li>
                  );
                })}
              </ol>
              {next !== null && (
                <button type="button" onClick={() => void loadMore(next)} disabled={action.busy}>
                  {t('loadMore')}
                </button>
              )}
              <ActionStatus action={{ ...action, done: false }} />
            </>
          );
        }}
      </Async>
    </section>
  );
}

/** The kind, the case (of that kind) and the person; each change asks the API again. */
function TimelineFilter({
  filter,
  onFilter,
  names,
}: {
  filter: Filter;
  onFilter(filter: Filter): void;
  names: CaseName[];
}) {
  const { t, council } = useApp();
  const people = new Map<string, string>();
  for (const m of council.members) people.set(m.personId, m.name);
  if (council.chair) people.set(council.chair.personId, council.chair.name);
  for (const s of council.secretaries) people.set(s.personId, s.name);
  const cases = names.filter((n) => !filter.kind || n.kind === filter.kind);
  return (
    <form class="inline card" aria-label={t('timelineFilter')} onSubmit={(e) => e.preventDefault()}>
      <Select
        id="timeline-kind"
        label={t('timelineKind')}
        value={filter.kind}
        onValue={(kind) => onFilter({ ...filter, kind, caseId: '' })}
        options={[['', t('timelineAll')], ...KINDS.map((k): [string, string] => [k, word(t, 'caseKind', k)])]}
      />
      <Select
        id="timeline-case"
        label={t('timelineCase')}
        value={filter.caseId}
        onValue={(caseId) =>
          onFilter({ ...filter, caseId, kind: names.find((n) => n.id === caseId)?.kind ?? filter.kind })
        }
        options={[
          ['', t('timelineAll')],
          ...cases.map((n): [string, string] => [n.id, kindAndTitle(word(t, 'caseKind', n.kind), n.name)]),
        ]}
      />
      <Select
        id="timeline-person"
        label={t('timelinePerson')}
        value={filter.person}
        onValue={(person) => onFilter({ ...filter, person })}
        options={[['', t('timelineEveryone')], ...[...people].sort((a, b) => a[1].localeCompare(b[1], 'da'))]}
      />
      {(council.succeeds ?? []).length > 0 && (
        <label class="check">
          <input
            type="checkbox"
            checked={filter.predecessors}
            onChange={(e) => onFilter({ ...filter, predecessors: (e.target as HTMLInputElement).checked })}
          />{' '}
          {t('includePredecessors', { ids: (council.succeeds ?? []).join(', ') })}
        </label>
      )}
    </form>
  );
}
