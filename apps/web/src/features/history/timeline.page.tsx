import { useState } from 'preact/hooks';
import type { TimelineEntry, TimelinePage as Page } from '../../api/api-types';
import { describeEvent } from '../../format/describe';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { EventTime } from '../../ui/event-time';
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

/** Issue 9, the evaluator: the council's events in recorded order, each linking to its case. */
export function TimelinePage() {
  const app = useApp();
  const { api, councilPath, t } = app;
  const first = useAsync(() => api.json<Page>(councilPath(`/timeline?limit=${PAGE_SIZE}`)), [api]);
  const [more, setMore] = useState<{ events: TimelineEntry[]; next: number | null }>();
  const action = useAction();
  const loadMore = (after: number) =>
    action.run(async () => {
      const page = await api.json<Page>(councilPath(`/timeline?limit=${PAGE_SIZE}&after=${after}`));
      setMore({ events: [...(more?.events ?? []), ...page.events], next: page.next });
    });
  return (
    <section aria-labelledby="timeline-title">
      <h1 id="timeline-title">{t('timelineTitle')}</h1>
      <Async state={first}>
        {(page) => {
          const events = [...page.events, ...(more?.events ?? [])];
          const named = withNamesFrom(events, app);
          const next = more ? more.next : page.next;
          if (!events.length) return <p class="muted">{t('timelineEmpty')}</p>;
          return (
            <>
              <ol class="events timeline">
                {events.map((e) => {
                  const { who, what } = describeEvent(e, named);
                  return (
                    <li key={e.position} data-testid="timeline-entry">
                      <EventTime entry={e} />
                      <span class="kind">{word(t, 'caseKind', e.kind)}</span>
                      <span>
                        <span class="who-did">{who}:</span> <a href={href('cases', e.kind, e.id)}>{what}</a>
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
