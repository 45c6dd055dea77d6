import { useMemo, useState } from 'preact/hooks';
import type { CaseChain, HistoryEntry } from '../../api/api-types';
import { ChainDiagram } from '../../chain/chain-diagram';
import { describeEvent } from '../../format/describe';
import { isoToZonedLocal, zonedToIso } from '../../format/zoned-time';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { EventTime } from '../../ui/event-time';
import { Async, ErrorBox, Loading } from '../../ui/status';
import { useAsync } from '../../ui/use-async';
import { kindAndTitle } from '../../format/wording';
import { CaseFacts } from './case-facts';

interface CaseHistory {
  events: HistoryEntry[];
}

/**
 * Issue 9, the evaluator: any case's chain as a picture, its events, and the case as it was at
 * a chosen moment: the slider steps event by event (several can fall in one minute), the date
 * field takes any time in the council's zone. Both ask the API with `?asOf=`.
 *
 * Issue 18.1: the moment is read on business time by default (`time=occurred`, when it happened),
 * so a past meeting entered today stands where it happened; the evaluator can switch to the
 * recorded clock to see what the record said at a moment (docs/business-time.md).
 */
export function CasePage({ kind, id }: { kind: string; id: string }) {
  const { api, councilPath, t } = useApp();
  const base = councilPath(`/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`);
  const chain = useAsync(() => api.json<CaseChain>(`${base}/chain`), [api, base]);
  const history = useAsync(() => api.json<CaseHistory>(`${base}/history`), [api, base]);
  return (
    <article aria-labelledby="case-title">
      <h1 id="case-title">{kindAndTitle(word(t, 'caseKind', kind), chain.data?.root.title ?? id)}</h1>
      <section aria-labelledby="chain-title">
        <h2 id="chain-title">{t('chainTitle')}</h2>
        <Async state={chain}>{(c) => <ChainDiagram chain={c} />}</Async>
      </section>
      <Async state={history}>{(h) => <AsOf key={base} base={base} kind={kind} events={h.events} />}</Async>
    </article>
  );
}

type Axis = 'occurred' | 'recorded';

/** The instant an entry falls at on the chosen clock: when it happened, or when it was written. */
const instantOf = (e: HistoryEntry, axis: Axis) =>
  axis === 'occurred' ? (e.occurredAt ?? e.recordedAt) : e.recordedAt;

function AsOf({ base, kind, events: recorded }: { base: string; kind: string; events: HistoryEntry[] }) {
  const app = useApp();
  const { api, t, fmt, council } = app;
  const zone = council.timeZone;
  const [axis, setAxis] = useState<Axis>('occurred');
  // Stable: entries at one instant keep the order they were recorded in.
  const events = useMemo(
    () => [...recorded].sort((a, b) => Date.parse(instantOf(a, axis)) - Date.parse(instantOf(b, axis))),
    [recorded, axis],
  );
  const last = events.at(-1);
  const [asOf, setAsOf] = useState<string | undefined>(last && instantOf(last, axis));
  const [local, setLocal] = useState(asOf ? isoToZonedLocal(asOf, zone) : '');
  const shown = asOf
    ? events.filter((e) => Date.parse(instantOf(e, axis)) <= Date.parse(asOf)).length
    : events.length;
  const state = useAsync(
    () =>
      api.json<Record<string, unknown>>(
        asOf ? `${base}?asOf=${encodeURIComponent(asOf)}&time=${axis}` : base,
      ),
    [api, base, asOf, axis],
  );
  const toEvent = (n: number) => {
    const entry = events[n - 1];
    const at = entry && instantOf(entry, axis);
    setAsOf(at);
    if (at) setLocal(isoToZonedLocal(at, zone));
  };
  const before = state.error && (state.error as { status?: number }).status === 404;
  return (
    <>
      <section class="card" aria-labelledby="as-of-title">
        <h2 id="as-of-title">{t('asOfTitle')}</h2>
        <fieldset>
          <legend>{t('asOfAxis')}</legend>
          {(['occurred', 'recorded'] as const).map((a) => (
            <label key={a} class="check">
              <input
                type="radio"
                name="as-of-axis"
                value={a}
                checked={axis === a}
                onChange={() => setAxis(a)}
              />{' '}
              {a === 'occurred' ? t('asOfOccurred') : t('asOfRecorded')}
            </label>
          ))}
        </fieldset>
        {events.length > 0 && (
          <div class="field">
            <label for="as-of-slider">{t('asOfSlider', { n: shown, total: events.length })}</label>
            <input
              id="as-of-slider"
              type="range"
              min={1}
              max={events.length}
              step={1}
              value={Math.max(shown, 1)}
              onInput={(e) => toEvent(Number((e.target as HTMLInputElement).value))}
              aria-valuetext={
                events[Math.max(shown, 1) - 1]
                  ? `${fmt.dateTime(instantOf(events[Math.max(shown, 1) - 1], axis))}: ${events[Math.max(shown, 1) - 1].description}`
                  : undefined
              }
            />
          </div>
        )}
        <form
          class="inline"
          onSubmit={(e) => {
            e.preventDefault();
            const iso = zonedToIso(local, zone);
            if (iso) setAsOf(iso);
          }}
        >
          <div class="field">
            <label for="as-of-date">{t('asOfDate', { zone })}</label>
            <input
              id="as-of-date"
              type="datetime-local"
              value={local}
              onInput={(e) => setLocal((e.target as HTMLInputElement).value)}
            />
          </div>
          <button type="submit">{t('asOfShow')}</button>
          <button
            type="button"
            onClick={() => {
              setAsOf(undefined);
              setLocal(isoToZonedLocal(Date.now(), zone));
            }}
          >
            {t('asOfNow')}
          </button>
        </form>
        <p class="muted" aria-live="polite" data-testid="as-of-time">
          {asOf ? fmt.dateTime(asOf) : t('asOfNow')}
        </p>
        {before ? (
          <p role="status">{t('asOfBefore')}</p>
        ) : state.error ? (
          <ErrorBox error={state.error} onRetry={state.reload} />
        ) : state.data ? (
          <CaseFacts value={state.data} />
        ) : (
          <Loading />
        )}
      </section>
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('history')}</h2>
        <ol class="events">
          {events.map((e, i) => (
            <li key={e.id} class={i < shown ? '' : 'later'}>
              <EventTime entry={e} /> –{' '}
              {(({ who, what }) => `${who}: ${what}`)(describeEvent({ ...e, kind }, app))}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
