import { eventHash, HistoryKeyring, type StoredEvent } from '@app/event-store';
import {
  openPgliteTestStore,
  openTestStore,
  record,
  TEST_HISTORY_KEYS,
  type TestStore,
} from '../testing/history-test-store';
import { recordScenario } from '../testing/test-scenario';
import { describeChainBreak, verifyHashChains } from './verify-hash-chains';
import { checkSealSignature, compareWithSeal, makeSeal, parseSeal } from './seal';

const keys = TEST_HISTORY_KEYS;
const at = (hour: number) => new Date(Date.UTC(2026, 1, 1, hour)).toISOString();
const brief = (b: { streamId: string; revision: number; reason: string }) =>
  `${b.streamId}@${b.revision}:${b.reason}`;

async function event(db: TestStore, streamId: string, revision: number): Promise<StoredEvent> {
  return (await db.store.readStream(streamId)).find((e) => e.revision === revision)!;
}

/** The edit an insider with SQL but without the key makes: change the data, recompute the plain hash. */
async function forge(db: TestStore, streamId: string, revision: number, data: unknown, keepKeyId: boolean) {
  const target = await event(db, streamId, revision);
  const previous = revision > 0 ? await event(db, streamId, revision - 1) : undefined;
  const { hashKey, ...rest } = target.metadata;
  const metadata = keepKeyId ? { ...rest, hashKey } : rest;
  const hash = eventHash(previous?.metadata.hash as string | undefined, { ...target, data, metadata });
  await db.sql.query(`UPDATE events SET data = $1, metadata = $2 WHERE event_id = $3`, [
    JSON.stringify(data),
    JSON.stringify({ ...metadata, hash }),
    target.id,
  ]);
}

async function sealNow(db: TestStore) {
  const result = await verifyHashChains(db.store, { keys });
  return parseSeal(JSON.stringify(makeSeal(result.state, keys, { store: 'test', now: new Date(at(20)) })));
}

async function checkAgainst(db: TestStore, seal: ReturnType<typeof parseSeal>) {
  const result = await verifyHashChains(db.store, { keys, sealPosition: seal.position });
  return { result, findings: compareWithSeal(seal, result.stateAtSeal!) };
}

describe.each<[string, () => Promise<TestStore>]>([
  ['PostgreSQL', () => openTestStore('history_verify')],
  ['PGlite', () => openPgliteTestStore()],
])('verify on %s (issue 22)', (_name, open) => {
  let db: TestStore;

  beforeEach(async () => {
    db = await open();
    await recordScenario(db.store);
  });
  afterEach(() => db?.close());

  it('finds every event keyed and no break in a log written with the keyed chain', async () => {
    const result = await verifyHashChains(db.store, { keys, batchSize: 3 });
    expect(result).toMatchObject({ events: 9, streams: 4, breaks: [], keyed: 9, legacy: 0, unchecked: 0 });
    // Without the key (an evaluator's run) nothing is claimed about the keyed hashes.
    expect(await verifyHashChains(db.store)).toMatchObject({ breaks: [], keyed: 0, unchecked: 9 });
  });

  it('catches a grant edited and re-hashed with the unkeyed eventHash, with or without the key id', async () => {
    await forge(
      db,
      'budgetProposal-p1',
      1,
      { outcome: 'adopted', grants: [{ year: 2026, amount: 15 }] },
      true,
    );
    await forge(db, 'followUp-f1', 1, { verdict: 'discontinue' }, false);
    const result = await verifyHashChains(db.store, { keys });
    expect(result.breaks.map(brief)).toEqual([
      'budgetProposal-p1@1:hash-mismatch',
      'followUp-f1@1:unkeyed-after-keyed',
    ]);
    expect(describeChainBreak(result.breaks[1])).toContain('re-hashed without the key');
    // A key that is not the one used is no better than none.
    const wrong = HistoryKeyring.fromSecrets(['not-the-key']);
    expect((await verifyHashChains(db.store, { keys: wrong })).breaks.map((b) => b.reason)).toContain(
      'unknown-key',
    );
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
            recordedAt: at(1),
            councilId: 'c1',
          },
        },
      ],
      3,
    );
    const result = await verifyHashChains(db.store, { keys });
    expect(result.breaks.map(brief)).toEqual([
      'budgetProposal-p1@1:revision-gap',
      'followUp-f1@0:hash-mismatch',
      'hearing-h1@4:no-hash',
    ]);
  });

  it('catches a recording time that goes back within a stream', async () => {
    await record(db.store, 'hearing-h1', 'c1', [
      { type: 'Noted', data: {}, recordedAt: '2025-12-31T00:00:00Z' },
    ]);
    expect((await verifyHashChains(db.store, { keys })).breaks.map(brief)).toEqual([
      'hearing-h1@4:time-went-back',
    ]);
  });

  it('reports a stream cut at its end, which the chain alone cannot see, against a seal', async () => {
    const seal = await sealNow(db);
    await record(db.store, 'hearing-h1', 'c1', [{ type: 'Noted', data: {}, recordedAt: at(21) }]);
    await db.sql.query(`DELETE FROM events WHERE stream_id = 'budgetProposal-p1' AND revision = 1`);
    const { result, findings } = await checkAgainst(db, seal);
    expect(result.breaks).toEqual([]); // the hole issue 22 found: the chain is intact
    expect(findings).toEqual([
      expect.objectContaining({ kind: 'truncated', streamId: 'budgetProposal-p1', revision: 1 }),
    ]);
    expect(findings[0].message).toContain('revision 1 is missing');
  });

  it('reports two events of different streams whose global positions were swapped', async () => {
    const seal = await sealNow(db);
    // Each stream keeps its own order, so only the global order (the timeline) changes.
    const a = await event(db, 'hearing-x9', 0);
    const b = await event(db, 'budgetProposal-p1', 0);
    // Positions are an identity column: moving the rows' contents is what swapping them means.
    const move = (to: number, e: StoredEvent) =>
      db.sql.query(
        `UPDATE events SET stream_id = $2, revision = $3, event_id = $4, type = $5, data = $6,
           metadata = $7, recorded_at = $8 WHERE position = $1`,
        [
          to,
          e.streamId,
          e.revision,
          e.id,
          e.type,
          JSON.stringify(e.data),
          JSON.stringify(e.metadata),
          e.recordedAt,
        ],
      );
    await db.sql.query(`UPDATE events SET stream_id = 'swap', event_id = 'swap' WHERE position = $1`, [
      a.position,
    ]);
    await move(b.position, a);
    await move(a.position, b);
    const { result, findings } = await checkAgainst(db, seal);
    expect(result.breaks).toEqual([]);
    expect(findings.map((f) => `${f.kind} ${f.streamId}@${f.revision}`)).toEqual([
      'moved budgetProposal-p1@0',
      'moved hearing-x9@0',
    ]);
  });

  it('catches the seal itself edited, and names whose key signed it', async () => {
    const seal = await sealNow(db);
    expect(checkSealSignature(seal, keys)).toMatchObject({ valid: true, signedByKeyId: keys.current.id });
    expect(checkSealSignature(seal)).toMatchObject({ valid: true, fingerprint: seal.signer.fingerprint });
    const forged = { ...seal, streams: seal.streams.map((s) => ({ ...s, length: s.length - 1 })) };
    expect(checkSealSignature(forged, keys).valid).toBe(false);
    // A seal re-signed with another key is valid but not ours: its fingerprint tells.
    const other = HistoryKeyring.fromSecrets(['someone-elses-key']);
    const resigned = makeSeal((await verifyHashChains(db.store, { keys })).state, other, {
      store: 'test',
      now: new Date(),
    });
    expect(checkSealSignature(resigned, keys)).toMatchObject({ valid: true });
    expect(checkSealSignature(resigned, keys).signedByKeyId).toBeUndefined();
    expect(checkSealSignature(resigned, keys).fingerprint).not.toBe(seal.signer.fingerprint);
  });

  it('still holds with events appended after the seal', async () => {
    const seal = await sealNow(db);
    await record(db.store, 'followUp-f1', 'c1', [{ type: 'Noted', data: {}, recordedAt: at(22) }]);
    await record(db.store, 'hearing-new', 'c1', [{ type: 'HearingOpened', data: {}, recordedAt: at(22) }]);
    expect((await checkAgainst(db, seal)).findings).toEqual([]);
  });
});

describe('a log from before the history key, on PostgreSQL', () => {
  let db: TestStore;
  beforeAll(async () => {
    db = await openTestStore('history_legacy');
    // Today's data: every event with the plain sha256 chain and no key id.
    await record(
      db.store,
      'hearing-old',
      'c1',
      [{ type: 'HearingOpened', data: {}, recordedAt: at(0) }],
      null,
    );
    await record(
      db.store,
      'budgetProposal-old',
      'c1',
      [{ type: 'Drafted', data: {}, recordedAt: at(1) }],
      null,
    );
    // The key arrives; later events are keyed, one of them continuing a legacy stream.
    await record(db.store, 'hearing-old', 'c1', [{ type: 'Noted', data: {}, recordedAt: at(2) }]);
  });
  afterAll(() => db?.close());

  it('loads and verifies the legacy prefix as what it is', async () => {
    expect(await verifyHashChains(db.store, { keys })).toMatchObject({
      breaks: [],
      legacy: 2,
      keyed: 1,
      unanchoredStreams: 1,
    });
  });

  it('refuses a legacy event after the first keyed one', async () => {
    await record(
      db.store,
      'budgetProposal-old',
      'c1',
      [{ type: 'Noted', data: {}, recordedAt: at(3) }],
      null,
    );
    expect((await verifyHashChains(db.store, { keys })).breaks.map(brief)).toEqual([
      'budgetProposal-old@1:unkeyed-after-keyed',
    ]);
  });
});
