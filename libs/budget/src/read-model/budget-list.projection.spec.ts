import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { StoredEvent } from '@app/event-store';
import type { DomainEvent } from '@app/kernel';
import type { BudgetProposalEvent } from '../proposal/budget-proposal.events';
import { cycleCreated } from '../testing/cycle.fixture';
import { COMMITTEE, SEED_002 } from '../testing/seed-002.fixture';
import { BudgetListProjection } from './budget-list.projection';
import { listBudgetCycles, listBudgetProposals } from './budget-list.query';
import type { SqlLike } from './sql-like';

// The real PostgreSQL every machine runs, in a schema of this suite's own.
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `budget_list_${randomBytes(4).toString('hex')}`;
const client = new Client({ connectionString: DATABASE_URL });
const sql: SqlLike = { query: (text, params) => client.query(text, params) as never };
const projection = new BudgetListProjection();
const log: StoredEvent[] = [];
const revisions = new Map<string, number>();

function record(streamId: string, event: DomainEvent, councilId = 'c1'): StoredEvent {
  const revision = (revisions.get(streamId) ?? -1) + 1;
  revisions.set(streamId, revision);
  const recordedAt = new Date(Date.UTC(2022, 2, 1) + log.length * 1000).toISOString();
  const stored: StoredEvent = {
    id: `e${log.length + 1}`,
    streamId,
    type: event.type,
    data: event.data,
    metadata: {
      actor: { personId: 'sofie', role: 'secretary' },
      councilId,
      correlationId: 'c',
      causationId: 'c',
      recordedAt,
    },
    revision,
    position: log.length + 1,
    recordedAt,
  };
  log.push(stored);
  return stored;
}

const cycle = cycleCreated();
const drafted = (id: string, councilId = 'c1'): BudgetProposalEvent[] => [
  { type: 'BudgetProposalDrafted', data: { proposalId: id, cycleId: 'cy1', councilId } },
  { type: 'BudgetProposalFieldChanged', data: { field: 'title', value: `${SEED_002.title} ${id}` } },
  { type: 'BudgetProposalFieldChanged', data: { field: 'costs', value: SEED_002.costs } },
];

beforeAll(async () => {
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.query(`SET search_path TO ${schema}`);
  await projection.setup(sql);
  record('budgetCycle-cy1', cycle);
  for (const e of drafted('bp1')) record('budgetProposal-bp1', e);
  for (const e of drafted('bp2')) record('budgetProposal-bp2', e);
  for (const e of drafted('bp9', 'c2')) record('budgetProposal-bp9', e, 'c2');
  record('budgetProposal-bp1', {
    type: 'BudgetProposalSubmitted',
    data: { committee: COMMITTEE, late: true, at: '2022-03-24T10:00:00Z' },
  });
  record('budgetProposal-bp1', { type: 'BudgetProposalDiscussed', data: { at: '2022-03-30T13:00:00Z' } });
  record('budgetProposal-bp1', {
    type: 'BudgetProposalPrioritised',
    data: { rank: 3, at: '2022-04-27T13:00:00Z' },
  });
  record('council-c1', { type: 'CouncilCreated', data: {} });
  for (const event of log) await projection.apply(sql, event);
});

afterAll(async () => {
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

describe('the budget list read model (real PostgreSQL)', () => {
  it('lists a council’s proposals by cycle and status, with the computed totals', async () => {
    const all = await listBudgetProposals(sql, 'c1', { cycleId: 'cy1' });
    expect(all.map((p) => [p.id, p.status])).toEqual([
      ['bp1', 'prioritised'],
      ['bp2', 'draft'],
    ]);
    expect(all[0]).toMatchObject({ committee: COMMITTEE, rank: 3, late: true, revision: 5 });
    expect(all[0].totalByYear).toEqual({ 2023: 2, 2024: 1.9, 2025: 1.9, 2026: 1.9 });
    expect((await listBudgetProposals(sql, 'c1', { status: 'draft' })).map((p) => p.id)).toEqual(['bp2']);
    expect((await listBudgetProposals(sql, 'c2', {})).map((p) => p.id)).toEqual(['bp9']);
  });

  it('lists the cycles of a council with their committees', async () => {
    const [listed] = await listBudgetCycles(sql, 'c1');
    expect(listed).toMatchObject({ id: 'cy1', year: 2023, revision: 0 });
    expect(listed.committees).toEqual([COMMITTEE, 'Udvalg for det nære og sammenhængende sundhedsvæsen']);
    expect(await listBudgetCycles(sql, 'c2')).toEqual([]);
  });

  it('is rebuilt from the log to the same rows', async () => {
    const before = await listBudgetProposals(sql, 'c1', {});
    await projection.reset(sql);
    await projection.setup(sql);
    expect(await listBudgetProposals(sql, 'c1', {})).toEqual([]);
    for (const event of log) await projection.apply(sql, event);
    expect(await listBudgetProposals(sql, 'c1', {})).toEqual(before);
  });
});
