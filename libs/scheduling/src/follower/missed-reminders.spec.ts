import { fold, type Command, type Decider, type DomainEvent } from '@app/kernel';
import type { StoredEvent } from '@app/event-store';
import type { Deadline } from '../deadline';
import { markMissedReminders } from './missed-reminders';

const HOUR = 3_600_000;
const t0 = Date.parse('2026-03-01T12:00:00Z');
const at = (offset: number) => new Date(t0 + offset).toISOString();

/** A case with one deadline and one reminder an hour before it, as every aggregate has them. */
interface CaseState {
  dueAt?: string;
  reminded: boolean;
}
const decider: Decider<Command, DomainEvent, CaseState> = {
  initialState: { reminded: false },
  decide: () => [],
  evolve: (state, event) => {
    const data = event.data as { dueAt?: string };
    if (event.type === 'DeadlineSet') return { ...state, dueAt: data.dueAt };
    if (event.type === 'Reminded') return { ...state, reminded: true };
    return state;
  },
};
const pending = (state: CaseState, streamId: string): Deadline[] =>
  state.dueAt === undefined || state.reminded
    ? []
    : [
        {
          id: 'remind',
          streamId,
          dueAt: new Date(Date.parse(state.dueAt) - HOUR).toISOString(),
          kind: 'reminder',
          command: { type: 'Remind', data: {} },
        },
      ];
const source = { decider, deadlines: { pending, commands: ['Remind'] } };

const event = (type: string, recordedAt: string, data: unknown = {}): StoredEvent =>
  ({
    type,
    data,
    recordedAt,
    streamId: 'case-1',
    revision: 0,
    position: 0,
    id: type,
  }) as unknown as StoredEvent;

function marked(events: StoredEvent[], now: number): Deadline[] {
  return markMissedReminders(source, 'case-1', events, pending(fold(decider, events), 'case-1'), now);
}

describe('markMissedReminders', () => {
  it('marks a past reminder the stream already implied at its time: it was missed', () => {
    const events = [event('DeadlineSet', at(0), { dueAt: at(5 * HOUR) })];
    const [reminder] = marked(events, t0 + 4.5 * HOUR);
    expect(reminder).toMatchObject({ id: 'remind', dueAt: at(4 * HOUR), missed: true });
  });

  it('leaves a past reminder unmarked when the case began after its time: it was never due', () => {
    const events = [event('DeadlineSet', at(0), { dueAt: at(HOUR / 2) })];
    const [reminder] = marked(events, t0 + HOUR / 4);
    expect(reminder.missed).toBeUndefined();
  });

  it('leaves it unmarked when the deadline moved onto it after its time', () => {
    const events = [
      event('DeadlineSet', at(0), { dueAt: at(10 * HOUR) }),
      event('DeadlineSet', at(3 * HOUR), { dueAt: at(3.5 * HOUR) }),
    ];
    const [reminder] = marked(events, t0 + 3.2 * HOUR);
    expect(reminder).toMatchObject({ dueAt: at(2.5 * HOUR) });
    expect(reminder.missed).toBeUndefined();
  });

  it('leaves reminders still ahead alone', () => {
    const events = [event('DeadlineSet', at(0), { dueAt: at(5 * HOUR) })];
    expect(marked(events, t0 + HOUR)[0].missed).toBeUndefined();
  });
});
