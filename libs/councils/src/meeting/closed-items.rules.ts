import type { Actor } from '@app/kernel';
import type { meetingView } from './meeting.view';

/**
 * Issue 17.3: "(Åben)" or not; a closed item and its attachments are for the council only. The one
 * rule every read path applies (the meeting, its agenda and minutes documents, `?asOf=`, the
 * meeting's history and the council's timeline): a reader who holds a place in the council (chair,
 * member, secretary; the access guard has already checked the record names them now) reads all of
 * it; anyone else (an evaluator) reads of a closed item only its number, title, kind and that it is
 * closed, as Danish minutes print a closed item: the title with "Lukket punkt", not its text.
 */
export function readsClosedItems(reader: Pick<Actor, 'role'>): boolean {
  return reader.role === 'chair' || reader.role === 'member' || reader.role === 'secretary';
}

/** What stands in a withheld text, in the minutes' own words. */
export const WITHHELD = 'Lukket punkt';

type MeetingView = ReturnType<typeof meetingView>;
type ItemView = MeetingView['agenda'][number];

/** One agenda item as this reader may see it. */
export function itemForReader(item: ItemView, reader: Pick<Actor, 'role'>): ItemView & { withheld?: true } {
  if (item.open || readsClosedItems(reader)) return item;
  return {
    id: item.id,
    number: item.number,
    title: item.title,
    kind: item.kind,
    open: false,
    withheld: true,
    presenters: [],
    attachments: [],
    caseId: null,
    documentId: null,
    summary: null,
    recommendation: null,
    presentation: null,
    economy: null,
    previousDecisions: null,
    refersTo: null,
    minutesOf: null,
    decision: null,
    postponed: null,
    postponedFrom: null,
    corrections: [],
    absent: [],
  };
}

/**
 * The meeting as this reader may see it: closed items withheld, and so the text of their action
 * points and of comments on them (who owns one and when it is due stay, as on the council's list).
 */
export function meetingForReader<V extends MeetingView>(view: V, reader: Pick<Actor, 'role'>): V {
  if (readsClosedItems(reader)) return view;
  const closed = new Set(view.agenda.filter((item) => !item.open).map((item) => item.id));
  if (closed.size === 0) return view;
  return {
    ...view,
    agenda: view.agenda.map((item) => itemForReader(item, reader)),
    actionPoints: view.actionPoints.map((p) =>
      closed.has(p.itemId)
        ? { ...p, text: WITHHELD, refersTo: null, dropped: p.dropped && { ...p.dropped, reason: WITHHELD } }
        : p,
    ),
    minutes: {
      ...view.minutes,
      comments: view.minutes.comments.map((c) =>
        c.itemId !== null && closed.has(c.itemId) ? { ...c, text: WITHHELD } : c,
      ),
    },
  };
}

interface EventLike {
  type: string;
  data: unknown;
}

/** The closed items of a meeting, and their action points, from the meeting's own events. */
export function closedPartsOf(events: readonly EventLike[]): {
  items: Set<string>;
  actionPoints: Set<string>;
} {
  const items = new Set<string>();
  const actionPoints = new Set<string>();
  for (const { type, data } of events) {
    const d = data as { itemId?: string; open?: boolean; actionPointId?: string };
    if (type === 'AgendaItemAdded' && d.open === false && d.itemId) items.add(d.itemId);
    if (type === 'ActionPointAdded' && d.itemId && items.has(d.itemId) && d.actionPointId)
      actionPoints.add(d.actionPointId);
  }
  return { items, actionPoints };
}

/**
 * One of a meeting's events as this reader may see it in the history: an event about a closed
 * item keeps who did what, when and to which item, with the item's text, decision, reasons and
 * files withheld. `events` are the meeting's events (all of them, or as many as are known).
 */
export function meetingEventsForReader(
  reader: Pick<Actor, 'role'>,
  events: readonly EventLike[],
): ((event: EventLike) => unknown) | undefined {
  if (readsClosedItems(reader)) return undefined;
  const closed = closedPartsOf(events);
  return ({ type, data }) => {
    const d = data as Record<string, unknown>;
    const ofItem = typeof d.itemId === 'string' && closed.items.has(d.itemId);
    const ofPoint = typeof d.actionPointId === 'string' && closed.actionPoints.has(d.actionPointId);
    switch (type) {
      case 'AgendaItemAdded':
        return ofItem
          ? {
              itemId: d.itemId,
              title: d.title,
              ...(d.kind !== undefined && { kind: d.kind }),
              open: false,
              withheld: true,
            }
          : data;
      case 'AgendaItemDecided':
        return ofItem ? { itemId: d.itemId, decision: WITHHELD, absent: [], withheld: true } : data;
      case 'AgendaItemFileAttached':
        return ofItem
          ? {
              itemId: d.itemId,
              title: WITHHELD,
              file: { sha256: '', name: WITHHELD, size: 0, contentType: '' },
              withheld: true,
            }
          : data;
      case 'AgendaItemPostponed':
        return ofItem ? { ...d, reason: WITHHELD, withheld: true } : data;
      case 'MinutesCorrected':
        return ofItem ? { ...d, decision: WITHHELD, reason: WITHHELD, withheld: true } : data;
      case 'ActionPointAdded':
        return ofItem ? { ...d, text: WITHHELD, refersTo: undefined, withheld: true } : data;
      case 'ActionPointDropped':
        return ofPoint ? { ...d, reason: WITHHELD, withheld: true } : data;
      case 'MinutesCommented':
        return ofItem ? { ...d, text: WITHHELD, withheld: true } : data;
      default:
        return data;
    }
  };
}

/** What the listed action points carry that a closed item's withholding touches. */
export interface ListedActionPoint {
  meetingId: string;
  itemId: string;
  text: string;
  refersTo: unknown;
  droppedReason: string | null;
}

/**
 * The council's list of action points as this reader may see it: a point from a closed item keeps
 * its owner, due date and status, not its text. `closedItems` names each closed item by
 * `meetingId/itemId`.
 */
export function listedActionPointsForReader<P extends ListedActionPoint>(
  points: P[],
  reader: Pick<Actor, 'role'>,
  closedItems: ReadonlySet<string>,
): P[] {
  if (readsClosedItems(reader)) return points;
  return points.map((p) =>
    closedItems.has(`${p.meetingId}/${p.itemId}`)
      ? { ...p, text: WITHHELD, refersTo: null, droppedReason: p.droppedReason && WITHHELD }
      : p,
  );
}
