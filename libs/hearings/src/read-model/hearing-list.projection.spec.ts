import { randomBytes } from 'node:crypto';
import { PgSqlClient, type StoredEvent } from '@app/event-store';
import type { HearingEvent } from '../domain/hearing.events';
import { approvalRequested, draft1, opened, signedOff, submitted } from '../domain/hearing.fixtures';
import { HearingListProjection, listHearings } from './hearing-list.projection';

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

describe('HearingListProjection (PostgreSQL)', () => {
  const schema = `hearings_list_${randomBytes(4).toString('hex')}`;
  const projection = new HearingListProjection();
  let sql: PgSqlClient;
  let position = 0;

  const apply = (streamId: string, event: HearingEvent | { type: string; data: unknown }) => {
    position++;
    const stored: StoredEvent = {
      id: `e${position}`,
      streamId,
      type: event.type,
      data: event.data,
      metadata: {
        actor: { personId: 'sofie', role: 'secretary' },
        councilId: 'c1',
        correlationId: 'c',
        causationId: 'c',
        recordedAt: '2026-01-05T09:00:00.000Z',
      },
      revision: position,
      position,
      recordedAt: '2026-01-05T09:00:00.000Z',
    };
    return sql.transaction((tx) => projection.apply(tx, stored));
  };

  beforeAll(async () => {
    sql = await PgSqlClient.connect({ connectionString: DATABASE_URL, schema, max: 2 });
    await sql.transaction((tx) => projection.setup(tx));
  });
  afterAll(async () => {
    await sql?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await sql?.close();
  });

  it('lists a council’s hearings by status, follows extensions, ignores other streams', async () => {
    await apply('hearing-h1', opened);
    await apply('hearing-h2', { ...opened, data: { ...opened.data, hearingId: 'h2', title: 'Anden' } });
    await apply('hearing-h3', { ...opened, data: { ...opened.data, hearingId: 'h3', councilId: 'c2' } });
    await apply('followUp-f1', { type: 'HearingOpened', data: opened.data });
    for (const event of [draft1, approvalRequested, signedOff, submitted]) await apply('hearing-h1', event);
    await apply('hearing-h2', {
      type: 'HearingDeadlineExtended',
      data: {
        previousResponseDeadline: opened.data.responseDeadline,
        responseDeadline: '2026-02-04T11:00:00Z',
        inputDeadline: '2026-02-02T11:00:00Z',
      },
    });

    const all = await listHearings(sql, 'c1');
    expect(all.map((h) => [h.id, h.status, h.responseDeadline])).toEqual([
      ['h1', 'submitted', '2026-01-28T11:00:00.000Z'],
      ['h2', 'open', '2026-02-04T11:00:00.000Z'],
    ]);
    expect(all[0].submittedAt).toBe(submitted.data.submittedAt);
    expect((await listHearings(sql, 'c1', 'open')).map((h) => h.id)).toEqual(['h2']);
    expect((await listHearings(sql, 'c2')).map((h) => h.id)).toEqual(['h3']);
  });

  it('keeps the same hearing id in two councils as two rows (namespaced streams)', async () => {
    await apply('hearing-c1~same', { ...opened, data: { ...opened.data, hearingId: 'same', title: 'I c1' } });
    await apply('hearing-c2~same', {
      ...opened,
      data: { ...opened.data, hearingId: 'same', title: 'I c2', councilId: 'c2' },
    });
    await apply('hearing-c2~same', draft1);
    const titleAndStatus = async (councilId: string) =>
      (await listHearings(sql, councilId)).filter((h) => h.id === 'same').map((h) => [h.title, h.status]);
    expect(await titleAndStatus('c1')).toEqual([['I c1', 'open']]);
    expect(await titleAndStatus('c2')).toEqual([['I c2', 'drafting']]);
  });

  it('drops a table of the shape before rows were keyed by stream, so it is rebuilt', async () => {
    await sql.query('DROP TABLE hearing_list');
    await sql.query('CREATE TABLE hearing_list (id text PRIMARY KEY, council_id text, title text NOT NULL)');
    await sql.query(`INSERT INTO hearing_list VALUES ('old', 'c1', 'Gammel')`);
    await sql.transaction((tx) => projection.setup(tx));
    expect(await listHearings(sql, 'c1')).toEqual([]);
    // The new name starts its checkpoint at the log's beginning, so the runner refills the table.
    expect(projection.name).not.toBe('hearing-list');
  });

  it('reset empties it for a rebuild', async () => {
    await sql.transaction((tx) => projection.reset(tx));
    await sql.transaction((tx) => projection.setup(tx));
    expect(await listHearings(sql, 'c1')).toEqual([]);
  });
});
