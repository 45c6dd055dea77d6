import { meetingDecider } from './meeting.decider';
import type { MeetingEvent } from './meeting.events';
import { meetingView } from './meeting.view';
import {
  closedPartsOf,
  listedActionPointsForReader,
  meetingEventsForReader,
  meetingForReader,
  readsClosedItems,
  WITHHELD,
} from './closed-items.rules';
import { scheduledMeeting } from '../testing/meeting-fixtures';

const evaluator = { role: 'evaluator' as const };
const member = { role: 'member' as const };

/** Seed 003's layout: an open orientation and a closed item with its text, decision and Bilag. */
const events: MeetingEvent[] = [
  scheduledMeeting(),
  { type: 'AgendaItemAdded', data: { itemId: '1', title: 'Godkendelse af dagsorden', open: true } },
  {
    type: 'AgendaItemAdded',
    data: {
      itemId: '2',
      title: 'Personsag',
      kind: 'decision',
      open: false,
      caseId: 'EMN-2025-10555',
      summary: 'Fortroligt resumé',
      recommendation: 'Fortrolig indstilling',
      attachments: [{ title: 'Fortroligt notat', documentId: 'D-1' }],
    },
  },
  { type: 'AgendaItemDecided', data: { itemId: '1', decision: 'Godkendt', absent: [] } },
  { type: 'AgendaItemDecided', data: { itemId: '2', decision: 'Fortrolig beslutning', absent: ['lone'] } },
  {
    type: 'AgendaItemFileAttached',
    data: {
      itemId: '2',
      title: 'Bilag',
      file: { sha256: 'a'.repeat(64), name: 'x.pdf', size: 1, contentType: 'application/pdf' },
    },
  },
  {
    type: 'ActionPointAdded',
    data: { actionPointId: 'ap1', itemId: '2', text: 'Fortrolig opgave', owner: 'sofie' },
  },
  {
    type: 'ActionPointDropped',
    data: {
      actionPointId: 'ap1',
      reason: 'Fortrolig grund',
      droppedBy: 'sofie',
      droppedAt: '2026-02-01T00:00:00Z',
    },
  },
  {
    type: 'MinutesCommented',
    data: {
      commentId: 'c1',
      by: 'lone',
      text: 'Fortrolig kommentar',
      itemId: '2',
      at: '2026-02-01T00:00:00Z',
    },
  },
];
const state = events.reduce(meetingDecider.evolve, meetingDecider.initialState);
const view = meetingView(state, 'sj-2026-1');

describe('closed items are for the council only (issue 17.3)', () => {
  it('the chair, members and secretaries read closed items; an evaluator or admin does not', () => {
    expect(
      ['chair', 'member', 'secretary'].map((role) => readsClosedItems({ role: role as 'member' })),
    ).toEqual([true, true, true]);
    expect(readsClosedItems(evaluator)).toBe(false);
    expect(readsClosedItems({ role: 'admin' })).toBe(false);
  });

  it('a member reads the meeting whole', () => {
    expect(meetingForReader(view, member)).toBe(view);
  });

  it('an evaluator reads a closed item as number, title, kind and "closed", nothing else', () => {
    const shown = meetingForReader(view, evaluator);
    expect(shown.agenda[0]).toEqual(view.agenda[0]);
    expect(shown.agenda[1]).toMatchObject({
      id: '2',
      number: 2,
      title: 'Personsag',
      kind: 'decision',
      open: false,
      withheld: true,
      caseId: null,
      summary: null,
      recommendation: null,
      decision: null,
      attachments: [],
      absent: [],
    });
    expect(JSON.stringify(shown)).not.toMatch(/Fortrolig/);
    expect(shown.actionPoints[0]).toMatchObject({
      id: 'ap1',
      owner: 'sofie',
      text: WITHHELD,
      status: 'dropped',
    });
    expect(shown.minutes.comments[0]).toMatchObject({ by: 'lone', text: WITHHELD });
  });

  it("the meeting's events keep who did what to which item, without the closed item's text", () => {
    expect(closedPartsOf(events)).toEqual({ items: new Set(['2']), actionPoints: new Set(['ap1']) });
    expect(meetingEventsForReader(member, events)).toBeUndefined();
    const show = meetingEventsForReader(evaluator, events)!;
    const shown = events.map(show);
    expect(shown[1]).toBe(events[1].data);
    expect(shown[3]).toBe(events[3].data);
    expect(shown[2]).toEqual({
      itemId: '2',
      title: 'Personsag',
      kind: 'decision',
      open: false,
      withheld: true,
    });
    expect(shown[4]).toEqual({ itemId: '2', decision: WITHHELD, absent: [], withheld: true });
    expect(JSON.stringify(shown)).not.toMatch(/Fortrolig|x\.pdf/);
  });

  it("the council's action point list keeps a closed item's points without their text", () => {
    const points = [
      {
        meetingId: 'm1',
        itemId: '2',
        text: 'Fortrolig',
        refersTo: null,
        droppedReason: null,
        owner: 'sofie',
      },
      { meetingId: 'm1', itemId: '1', text: 'Åben', refersTo: null, droppedReason: null, owner: 'sofie' },
    ];
    const closed = new Set(['m1/2']);
    expect(listedActionPointsForReader(points, member, closed)).toBe(points);
    expect(listedActionPointsForReader(points, evaluator, closed).map((p) => p.text)).toEqual([
      WITHHELD,
      'Åben',
    ]);
  });
});
