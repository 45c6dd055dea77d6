import { meetingFigures } from './meeting-figures';
import type { ReportEvent } from './report-event';

const ev = (caseId: string, type: string, data: Record<string, unknown>, at: string): ReportEvent => ({
  kind: 'meetings',
  caseId,
  type,
  data,
  recordedAt: at,
  at,
});
const period = { from: Date.parse('2026-01-01T00:00:00Z'), to: Date.parse('2026-07-01T00:00:00Z') };

describe('meetingFigures', () => {
  it('counts a meeting where it was moved to, and a dated-later one once dated', () => {
    const events = [
      ev(
        'moved',
        'MeetingScheduled',
        { kind: 'ordinary', startsAt: '2025-12-15T13:00:00Z' },
        '2025-11-01T00:00:00Z',
      ),
      ev('moved', 'MeetingMoved', { startsAt: '2026-01-10T13:00:00Z' }, '2025-12-01T00:00:00Z'),
      ev('moved', 'MeetingMoved', { place: 'Sorø' }, '2025-12-02T00:00:00Z'),
      ev(
        'moved',
        'AgendaItemDecided',
        { itemId: 'a', decision: 'Godkendt', absent: [] },
        '2026-01-10T15:00:00Z',
      ),
      ev('later', 'MeetingScheduled', { kind: 'follow-up', dateToFollow: true }, '2026-01-29T00:00:00Z'),
      ev('later', 'MeetingMoved', { startsAt: '2026-04-14T08:00:00Z' }, '2026-02-01T00:00:00Z'),
      ev(
        'later',
        'AgendaItemDecided',
        { itemId: 'a', decision: 'Drøftet', absent: ['bo'] },
        '2026-04-14T09:00:00Z',
      ),
    ];
    const figures = meetingFigures(events, period, () => ['ann', 'bo']);
    expect(figures.held).toEqual({ ordinary: 2, extraordinary: 0 });
    expect(figures.attendance.map((a) => [a.meetingId, a.startsAt])).toEqual([
      ['moved', '2026-01-10T13:00:00Z'],
      ['later', '2026-04-14T08:00:00Z'],
    ]);
  });
});
