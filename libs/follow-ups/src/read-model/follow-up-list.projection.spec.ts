import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { StoredEvent } from '@app/event-store';
import type { FollowUpEvent } from '../domain/follow-up.events';
import { iddCreated } from '../domain/follow-up.fixtures';
import { FollowUpListProjection } from './follow-up-list.projection';
import { listFollowUps } from './follow-up-list.query';
import type { SqlLike } from './sql-like';

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `follow_ups_list_${randomBytes(4).toString('hex')}`;
const client = new Client({ connectionString: DATABASE_URL });
const sql: SqlLike = { query: (text, params) => client.query(text, params) as never };
const projection = new FollowUpListProjection();
let position = 0;
const revisions = new Map<string, number>();

function stored(streamId: string, event: FollowUpEvent, councilId = 'c1'): StoredEvent {
  const revision = (revisions.get(streamId) ?? -1) + 1;
  revisions.set(streamId, revision);
  const recordedAt = '2026-01-22T10:00:00.000Z';
  return {
    id: `e${++position}`,
    streamId,
    type: event.type,
    data: event.data,
    metadata: {
      actor: { personId: 'sec-1', role: 'secretary' },
      councilId,
      correlationId: 'c',
      causationId: 'c',
      recordedAt,
    },
    revision,
    position,
    recordedAt,
  };
}

const created = (id: string, kind: 'budget-proposal' | 'hearing', councilId = 'c1'): FollowUpEvent => {
  const event = iddCreated();
  return {
    type: 'FollowUpCreated',
    data: {
      ...event.data,
      followUpId: id,
      councilId,
      title: `Follow-up ${id}`,
      implements: { kind, id: `${kind}-1` },
    },
  };
};

beforeAll(async () => {
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.query(`SET search_path TO ${schema}`);
  await projection.setup(sql);
});

afterAll(async () => {
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

describe('follow-up list projection (PostgreSQL)', () => {
  it("lists a council's follow-ups filtered by status, by what they implement, and overdue only", async () => {
    await projection.apply(sql, stored('followUp-a', created('a', 'budget-proposal')));
    await projection.apply(sql, stored('followUp-b', created('b', 'hearing')));
    await projection.apply(sql, stored('followUp-x', created('x', 'hearing', 'c2'), 'c2'));
    await projection.apply(
      sql,
      stored('hearing-zz', { type: 'HearingOpened', data: {} } as unknown as FollowUpEvent),
    );
    await projection.apply(
      sql,
      stored('followUp-b', {
        type: 'PhaseStarted',
        data: { phaseId: 'phase-1', startedOn: '2024-09-01T00:00:00Z' },
      }),
    );
    await projection.apply(
      sql,
      stored('followUp-a', {
        type: 'MilestoneOverdue',
        data: { deadlineId: 'milestone-m-1', milestoneId: 'm-1', dueAt: '2026-03-01T00:00:00+01:00' },
      }),
    );
    const now = '2026-03-02T00:00:00Z';
    const all = await listFollowUps(sql, 'c1', {}, now);
    expect(all.map((f) => f.id)).toEqual(['a', 'b']);
    expect(all[0]).toMatchObject({
      status: 'planned',
      revision: 1,
      overdue: [{ id: 'milestone-m-1', kind: 'milestone' }],
      progress: { phasesTotal: 3, onSchedule: false },
    });
    expect((await listFollowUps(sql, 'c1', { status: 'in-progress' }, now)).map((f) => f.id)).toEqual(['b']);
    expect((await listFollowUps(sql, 'c1', { implementsKind: 'hearing' }, now)).map((f) => f.id)).toEqual([
      'b',
    ]);
    expect(
      (await listFollowUps(sql, 'c1', { implementsId: 'budget-proposal-1' }, now)).map((f) => f.id),
    ).toEqual(['a']);
    expect((await listFollowUps(sql, 'c1', { overdueOnly: true }, now)).map((f) => f.id)).toEqual(['a']);
    expect((await listFollowUps(sql, 'c2', {}, now)).map((f) => f.id)).toEqual(['x']);

    // Met after all: no longer overdue.
    await projection.apply(
      sql,
      stored('followUp-a', { type: 'MilestoneMet', data: { milestoneId: 'm-1', on: now } }),
    );
    expect(await listFollowUps(sql, 'c1', { overdueOnly: true }, now)).toEqual([]);
  });

  it('reset drops its table, and setup brings it back empty', async () => {
    await projection.reset(sql);
    await projection.setup(sql);
    expect(await listFollowUps(sql, 'c1', {}, '2026-03-02T00:00:00Z')).toEqual([]);
  });
});
