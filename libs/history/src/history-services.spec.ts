import { NotFoundError } from '@app/kernel';
import { CaseStateService } from './as-of/case-state.service';
import { CaseHistoryService } from './case/case-history.service';
import { CaseStreamReader } from './case/case-stream.reader';
import { CaseChainService } from './chain/case-chain.service';
import { CaseLinksProjection } from './chain/case-links.projection';
import { CaseKindRegistry } from './registry/case-kind-registry';
import { readModelDigest } from './replay/read-model-digest';
import { rebuildReadModels } from './replay/rebuild-read-models';
import { openTestStore } from './testing/history-test-store';
import { TEST_CASE_KINDS } from './testing/test-case-kinds';
import { recordScenario, SCENARIO_TIMES as t } from './testing/test-scenario';
import { TimelineProjection } from './timeline/timeline.projection';
import { TimelineService } from './timeline/timeline.service';

describe('history services on PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof openTestStore>>;
  const registry = new CaseKindRegistry(TEST_CASE_KINDS);
  let reader: CaseStreamReader;

  beforeAll(async () => {
    db = await openTestStore('history_svc');
    await recordScenario(db.store);
    reader = new CaseStreamReader(db.store, registry);
    await rebuildReadModels({
      store: db.store,
      sql: db.sql,
      projections: [new CaseLinksProjection(registry, db.store), new TimelineProjection(registry)],
      batchSize: 3,
    });
  });
  afterAll(() => db?.close());

  describe('history of one case', () => {
    it('lists its events in order with actor, times and a described line', async () => {
      const history = await new CaseHistoryService(reader).history('c1', 'hearings', 'h1');
      expect(history.events.map((e) => [e.revision, e.type])).toEqual([
        [0, 'HearingOpened'],
        [1, 'HearingInputSubmitted'],
        [2, 'HearingInputSubmitted'],
        [3, 'HearingResponseSubmitted'],
      ]);
      expect(history.events[1]).toMatchObject({
        actor: { personId: 'm-anna', role: 'member' },
        recordedAt: t[1],
        description: 'm-anna (member): m-anna gave input',
        data: { text: 'Include outreach nurses' },
      });
      expect(history.events[1].occurredAt).toBeUndefined();
      expect(history.events[2].occurredAt).toBe(t[0]);
      expect(history.events[2].position).toBeGreaterThan(history.events[1].position);
    });

    it('is 404 for a case of another council, a missing case and an unregistered kind', async () => {
      const service = new CaseHistoryService(reader);
      await expect(service.history('c1', 'hearings', 'x9')).rejects.toBeInstanceOf(NotFoundError);
      await expect(service.history('c1', 'hearings', 'nope')).rejects.toBeInstanceOf(NotFoundError);
      await expect(service.history('c1', 'meetings', 'h1')).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('as of a time', () => {
    const states = () => new CaseStateService(reader);

    it('between two events shows exactly the earlier state', async () => {
      const at = Date.parse(t[1]) + 30 * 60_000;
      expect(await states().asOf('c1', 'hearings', 'h1', { at })).toEqual({
        id: 'h1',
        title: 'Cooperation agreements',
        status: 'open',
        receivedAt: t[0],
        inputs: [{ personId: 'm-anna', text: 'Include outreach nurses' }],
        // What to cite: the revision shown, the moment asked (issue 22).
        revision: 1,
        asOf: '2026-01-05T10:30:00.000Z',
        time: 'recorded',
      });
    });

    it('counts an event recorded at exactly that time', async () => {
      const view = (await states().asOf('c1', 'hearings', 'h1', { at: Date.parse(t[3]) })) as {
        status: string;
      };
      expect(view.status).toBe('submitted');
    });

    it('by business time includes input given earlier but recorded later', async () => {
      const at = Date.parse(t[0]) + 60_000;
      const recorded = (await states().asOf('c1', 'hearings', 'h1', { at })) as { inputs: unknown[] };
      const occurred = (await states().asOf('c1', 'hearings', 'h1', { at, time: 'occurred' })) as {
        inputs: { personId: string }[];
      };
      expect(recorded.inputs).toEqual([]);
      expect(occurred.inputs.map((i) => i.personId)).toEqual(['m-bo']);
    });

    it('is 404 before the first event', async () => {
      await expect(
        states().asOf('c1', 'hearings', 'h1', { at: Date.parse(t[0]) - 1 }),
      ).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('the causal chain', () => {
    const chains = () => new CaseChainService(db.store, registry, db.sql);

    it('from the hearing reaches the proposal and the follow-up that came of it', async () => {
      const chain = await chains().chain('c1', 'hearings', 'h1');
      expect(chain.cameFrom).toEqual([]);
      expect(chain.ledTo).toEqual([
        {
          from: { kind: 'budget-proposals', id: 'p1' },
          relation: 'derivedFrom',
          to: { kind: 'hearings', id: 'h1' },
        },
        {
          from: { kind: 'follow-ups', id: 'f1' },
          relation: 'implements',
          to: { kind: 'budget-proposals', id: 'p1' },
        },
      ]);
      const followUp = chain.nodes.find((n) => n.kind === 'follow-ups');
      expect(followUp).toMatchObject({
        id: 'f1',
        found: true,
        title: 'Outreach nurses in place',
        status: 'concluded',
      });
      expect(chain.root).toMatchObject({
        kind: 'hearings',
        id: 'h1',
        status: 'submitted',
        dates: { received: t[0] },
      });
    });

    it('from the follow-up walks back to the hearing', async () => {
      const chain = await chains().chain('c1', 'follow-ups', 'f1');
      expect(chain.ledTo).toEqual([]);
      expect(chain.cameFrom.map((l) => `${l.from.id} ${l.relation} ${l.to.id}`)).toEqual([
        'f1 implements p1',
        'p1 derivedFrom h1',
      ]);
      expect(chain.nodes.map((n) => `${n.kind}/${n.id}:${n.status}`)).toEqual([
        'follow-ups/f1:concluded',
        'budget-proposals/p1:adopted',
        'hearings/h1:submitted',
      ]);
    });
  });

  describe('the timeline', () => {
    const timeline = () => new TimelineService(db.sql);

    it('lists every event of the council once, in order, and none of another council', async () => {
      const page = await timeline().page('c1');
      expect(page.events).toHaveLength(8);
      expect(page.next).toBeNull();
      expect(page.events.every((e, i) => i === 0 || e.position > page.events[i - 1].position)).toBe(true);
      expect(page.events.map((e) => e.id)).not.toContain('x9');
      expect(page.events[7]).toMatchObject({
        kind: 'follow-ups',
        id: 'f1',
        type: 'VerdictGiven',
        recordedAt: t[7],
      });
      expect(page.events[7].description).toBe('sec-1 (secretary): A verdict was given');
    });

    it('pages by position without losing or repeating an event', async () => {
      const seen: number[] = [];
      let after: number | undefined;
      for (let i = 0; i < 10; i++) {
        const page = await timeline().page('c1', { after, limit: 3 });
        seen.push(...page.events.map((e) => e.position));
        if (page.next === null) break;
        after = page.next;
      }
      const all = (await timeline().page('c1')).events.map((e) => e.position);
      expect(seen).toEqual(all);
    });

    it('filters by recorded time and by kind', async () => {
      const window = await timeline().page('c1', { from: Date.parse(t[3]), to: Date.parse(t[6]) });
      expect(window.events.map((e) => e.type)).toEqual([
        'HearingResponseSubmitted',
        'BudgetProposalDrafted',
        'BudgetProposalDecided',
      ]);
      const proposals = await timeline().page('c1', { kinds: ['budget-proposals', 'follow-ups'] });
      expect(proposals.events.map((e) => e.kind)).toEqual([
        'budget-proposals',
        'budget-proposals',
        'follow-ups',
        'follow-ups',
      ]);
    });

    it('filters by case and by person, who did it or whom it names (issue 19)', async () => {
      const h1 = await timeline().page('c1', { kinds: ['hearings'], caseId: 'h1' });
      expect(h1.events.map((e) => e.type)).toEqual([
        'HearingOpened',
        'HearingInputSubmitted',
        'HearingInputSubmitted',
        'HearingResponseSubmitted',
      ]);
      expect((await timeline().page('c1', { caseId: 'p1' })).events.map((e) => e.id)).toEqual(['p1', 'p1']);
      const anna = await timeline().page('c1', { person: 'm-anna' });
      expect(anna.events.map((e) => [e.type, e.actor.personId])).toEqual([
        ['HearingInputSubmitted', 'm-anna'],
      ]);
      // Bo's input was recorded by the secretary: it names him, so it is his too.
      const bo = await timeline().page('c1', { person: 'm-bo' });
      expect(bo.events.map((e) => [e.type, e.actor.personId])).toEqual([['HearingInputSubmitted', 'sec-1']]);
      expect((await timeline().page('c1', { person: 'nobody' })).events).toEqual([]);
    });
  });

  it('rebuilding the read models again gives the same digest', async () => {
    const tables = ['case_links', 'timeline'];
    const first = await readModelDigest(db.sql, tables);
    await rebuildReadModels({
      store: db.store,
      sql: db.sql,
      projections: [new CaseLinksProjection(registry, db.store), new TimelineProjection(registry)],
      batchSize: 1000,
    });
    const second = await readModelDigest(db.sql, tables);
    expect(second).toEqual(first);
    expect(first.tables.timeline.rows).toBe(9);
    expect(first.tables.case_links.rows).toBe(2);
  });
});
