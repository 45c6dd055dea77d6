import { openTestStore, record } from '../testing/history-test-store';
import { recordScenario } from '../testing/test-scenario';
import { describeChainBreak, verifyHashChains } from './verify-hash-chains';

describe('verifyHashChains on PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof openTestStore>>;

  beforeAll(async () => {
    db = await openTestStore('history_verify');
    await recordScenario(db.store);
  });
  afterAll(() => db?.close());

  it('finds no break in a log written with the hash chain', async () => {
    const result = await verifyHashChains(db.store, { batchSize: 3 });
    expect(result).toEqual({ events: 9, streams: 4, breaks: [] });
  });

  it('names exactly the event whose data was changed by SQL', async () => {
    const { rows } = await db.sql.query<{ event_id: string; position: string }>(
      `UPDATE events SET data = jsonb_set(data, '{text}', '"Nothing to add"')
       WHERE stream_id = 'hearing-h1' AND revision = 1 RETURNING event_id, position`,
    );
    const result = await verifyHashChains(db.store);
    expect(result.breaks).toEqual([
      {
        streamId: 'hearing-h1',
        revision: 1,
        position: Number(rows[0].position),
        eventId: rows[0].event_id,
        type: 'HearingInputSubmitted',
        reason: 'hash-mismatch',
      },
    ]);
    expect(describeChainBreak(result.breaks[0])).toContain('hearing-h1 revision 1');
  });

  it('names a changed actor, a deleted event and an event stored without a hash', async () => {
    await db.sql.query(
      `UPDATE events SET metadata = jsonb_set(metadata, '{actor,personId}', '"someone-else"')
       WHERE stream_id = 'followUp-f1' AND revision = 0`,
    );
    await db.sql.query(`DELETE FROM events WHERE stream_id = 'budgetProposal-p1' AND revision = 0`);
    await db.store.append(
      'hearing-h1',
      [
        {
          id: 'unhashed-1',
          type: 'HearingLapsed',
          data: {},
          metadata: {
            actor: { personId: 'x', role: 'system' },
            correlationId: 'c',
            causationId: 'c',
            recordedAt: '2026-02-01T00:00:00Z',
            councilId: 'c1',
          },
        },
      ],
      3,
    );
    await record(db.store, 'hearing-ok', 'c1', [
      { type: 'HearingOpened', data: {}, recordedAt: '2026-02-01T00:00:00Z' },
    ]);
    const result = await verifyHashChains(db.store);
    expect(result.breaks.map((b) => `${b.streamId}@${b.revision}:${b.reason}`)).toEqual([
      'hearing-h1@1:hash-mismatch',
      'budgetProposal-p1@1:revision-gap',
      'followUp-f1@0:hash-mismatch',
      'hearing-h1@4:no-hash',
    ]);
  });
});
