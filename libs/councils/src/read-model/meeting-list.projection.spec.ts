import { randomBytes } from 'node:crypto';
import { PgSqlClient, type StoredEvent } from '@app/event-store';
import type { MeetingEvent } from '../meeting/meeting.events';
import { listMeetings, MeetingListProjection } from './meeting-list.projection';

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

describe('MeetingListProjection (PostgreSQL)', () => {
  const schema = `councils_spec_${randomBytes(4).toString('hex')}`;
  let sql: PgSqlClient;
  const projection = new MeetingListProjection();
  let position = 0;
  const revisions = new Map<string, number>();

  const apply = (streamId: string, event: MeetingEvent) => {
    const revision = (revisions.get(streamId) ?? -1) + 1;
    revisions.set(streamId, revision);
    const stored: StoredEvent = {
      id: `e${++position}`,
      streamId,
      type: event.type,
      data: event.data,
      metadata: {
        actor: { personId: 'anja', role: 'secretary' },
        correlationId: 'c',
        causationId: 'c',
        recordedAt: '2022-01-20T00:00:00Z',
      },
      revision,
      position,
      recordedAt: '2022-01-20T00:00:00Z',
    };
    return sql.transaction((tx) => projection.apply(tx, stored));
  };
  const scheduled = (meetingId: string, councilId: string, startsAt: string): MeetingEvent => ({
    type: 'MeetingScheduled',
    data: {
      meetingId,
      councilId,
      kind: 'ordinary',
      startsAt,
      place: 'Regionsgården',
      year: 2022,
      reminderOffsets: [],
    },
  });

  beforeAll(async () => {
    sql = await PgSqlClient.connect({ connectionString: DATABASE_URL, schema, max: 2 });
    await sql.transaction((tx) => projection.setup(tx));
  });
  afterAll(async () => {
    await sql.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await sql.close();
  });

  it('lists a council’s meetings in date order with agenda progress, and no other council’s', async () => {
    await apply('meeting-m2', scheduled('m2', 'h', '2022-03-30T14:00:00+02:00'));
    await apply('meeting-m1', scheduled('m1', 'h', '2022-01-20T14:00:00+01:00'));
    await apply('meeting-n1', scheduled('n1', 'n', '2022-01-01T14:00:00+01:00'));
    await apply('meeting-m1', { type: 'AgendaItemAdded', data: { itemId: 'i1', title: 'Dagsorden' } });
    await apply('meeting-m1', { type: 'AgendaItemAdded', data: { itemId: 'i2', title: 'Valg' } });
    await apply('meeting-m1', {
      type: 'AgendaItemDecided',
      data: { itemId: 'i1', decision: 'Godkendt', absent: [] },
    });
    // A corrected decision is a second event for the same item: still one decided item.
    await apply('meeting-m1', {
      type: 'AgendaItemDecided',
      data: { itemId: 'i1', decision: 'Godkendt.', absent: ['bo'] },
    });

    expect(await listMeetings(sql, 'h')).toEqual([
      {
        id: 'm1',
        kind: 'ordinary',
        startsAt: '2022-01-20T14:00:00+01:00',
        endsAt: null,
        place: 'Regionsgården',
        jointWith: [],
        hostedBy: null,
        cancelled: false,
        year: 2022,
        agendaItems: 2,
        decidedItems: 1,
        minutesApproved: false,
        revision: 4,
      },
      expect.objectContaining({ id: 'm2', agendaItems: 0, revision: 0 }),
    ]);
  });

  it('marks approved minutes and starts over after a reset', async () => {
    await apply('meeting-m1', {
      type: 'AgendaItemDecided',
      data: { itemId: 'i2', decision: 'Ivan valgt', absent: [] },
    });
    await apply('meeting-m1', {
      type: 'MinutesApproved',
      data: { approvedBy: 'anja', approvedAt: '2022-01-27T10:00:00Z' },
    });
    const [m1] = await listMeetings(sql, 'h');
    expect(m1).toMatchObject({ decidedItems: 2, minutesApproved: true, revision: 6 });

    await sql.transaction(async (tx) => {
      await projection.reset(tx);
      await projection.setup(tx);
    });
    expect(await listMeetings(sql, 'h')).toEqual([]);
  });

  it('lists a meeting whose date is to follow last, then where it moved; a cancelled one stays, marked', async () => {
    await apply('meeting-c1', scheduled('c1', 'c', '2026-01-29T13:00:00+01:00'));
    await apply('meeting-c2', {
      type: 'MeetingScheduled',
      data: { meetingId: 'c2', councilId: 'c', kind: 'follow-up', dateToFollow: true, reminderOffsets: [] },
    });
    expect((await listMeetings(sql, 'c')).map((m) => [m.id, m.startsAt])).toEqual([
      ['c1', '2026-01-29T13:00:00+01:00'],
      ['c2', null],
    ]);
    await apply('meeting-c2', {
      type: 'MeetingMoved',
      data: { startsAt: '2026-01-02T10:00:00+01:00', endsAt: '2026-01-02T11:00:00+01:00' },
    });
    await apply('meeting-c1', {
      type: 'MeetingCancelled',
      data: { reason: 'Aflyst', cancelledBy: 'anja', cancelledAt: '2026-01-01T00:00:00Z' },
    });
    expect(await listMeetings(sql, 'c')).toEqual([
      expect.objectContaining({
        id: 'c2',
        kind: 'follow-up',
        startsAt: '2026-01-02T10:00:00+01:00',
        endsAt: '2026-01-02T11:00:00+01:00',
      }),
      expect.objectContaining({ id: 'c1', cancelled: true, revision: 1 }),
    ]);
  });

  it("lists a council's copy of a joint meeting with the other councils and who arranged it", async () => {
    const copy = scheduled('j1', 'g', '2026-03-05T15:00:00+01:00');
    if (copy.type !== 'MeetingScheduled') throw new Error('scheduled');
    await apply('meeting-g~j1', {
      ...copy,
      data: { ...copy.data, kind: 'joint', jointWith: ['h', 'n'], hostedBy: 'h' },
    });
    expect(await listMeetings(sql, 'g')).toEqual([
      expect.objectContaining({ id: 'j1', kind: 'joint', jointWith: ['h', 'n'], hostedBy: 'h' }),
    ]);
  });
});
