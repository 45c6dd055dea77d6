import { useState } from 'preact/hooks';
import type { TimelineEntry, TimelinePage as Page } from '../api/api-types';
import { describeEvent } from '../format/describe';
import { word } from '../i18n/language';
import { useApp } from '../session/app-context';
import { href } from '../ui/router';
import { ActionStatus, Async } from '../ui/status';
import { useAction, useAsync } from '../ui/use-async';

const PAGE_SIZE = 50;

/** Issue 9, the evaluator: the council's events in recorded order, each linking to its case. */
export function TimelinePage() {
  const app = useApp();
  const { api, councilPath, t, fmt } = app;
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
          const next = more ? more.next : page.next;
          if (!events.length) return <p class="muted">{t('timelineEmpty')}</p>;
          return (
            <>
              <ol class="events timeline">
                {events.map((e) => {
                  const { who, what } = describeEvent(e, app);
                  return (
                    <li key={e.position} data-testid="timeline-entry">
                      <time dateTime={e.recordedAt}>{fmt.dateTime(e.recordedAt)}</time>
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
