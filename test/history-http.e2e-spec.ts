/**
 * History's routes over HTTP with the real guard, validation pipe and error filter, a real
 * PostgreSQL store in a schema of its own, and a stand-in feature controller (the `asOf`
 * interceptor answers on the feature's own `GET …/hearings/:hearingId` route).
 */
import { Controller, Get, Global, Module, Param, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { AccessModule, Allow, READ_ROLES, TokenService } from '@app/access';
import { EventStore, ReadModelSql } from '@app/event-store';
import { HISTORY_PROJECTIONS, HistoryModule, rebuildReadModels, type HistoryProjection } from '@app/history';
import { openTestStore } from '@app/history/testing/history-test-store';
import { TEST_CASE_KINDS } from '@app/history/testing/test-case-kinds';
import { recordScenario, SCENARIO_TIMES as t } from '@app/history/testing/test-scenario';
import { DomainErrorFilter } from '../apps/api/src/http/domain-error.filter';
import { createValidationPipe } from '../apps/api/src/http/validation.pipe';

@Controller('councils/:councilId/hearings')
class StandInHearingsController {
  @Get(':hearingId')
  @Allow(...READ_ROLES)
  current(@Param('hearingId') id: string) {
    return { id, current: true };
  }
}

describe('history over HTTP', () => {
  let db: Awaited<ReturnType<typeof openTestStore>>;
  let app: INestApplication;
  let dataDir: string;
  let evaluator: string;

  beforeAll(async () => {
    db = await openTestStore('history_http');
    dataDir = mkdtempSync(join(tmpdir(), 'history-http-'));
    await recordScenario(db.store);

    @Global()
    @Module({
      providers: [
        { provide: EventStore, useValue: db.store },
        { provide: ReadModelSql, useValue: db.sql },
      ],
      exports: [EventStore, ReadModelSql],
    })
    class StoreModule {}

    const moduleRef = await Test.createTestingModule({
      imports: [
        StoreModule,
        AccessModule.forRoot({ dataDir, authSecret: 'history-http-secret' }),
        HistoryModule.forRoot({ caseKinds: TEST_CASE_KINDS }),
      ],
      controllers: [StandInHearingsController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.setGlobalPrefix('api');
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new DomainErrorFilter());
    await app.init();
    await rebuildReadModels({
      store: db.store,
      sql: db.sql,
      projections: app.get<HistoryProjection[]>(HISTORY_PROJECTIONS),
    });
    evaluator = app.get(TokenService).issue({ personId: 'eva', role: 'evaluator', councilId: 'c1' });
  });

  afterAll(async () => {
    await app?.close();
    await db?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const get = (path: string, token = evaluator) =>
    request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);

  it('serves a case history to an evaluator', async () => {
    const res = await get('/api/councils/c1/hearings/h1/history').expect(200);
    expect(res.body.events.map((e: { type: string }) => e.type)).toEqual([
      'HearingOpened',
      'HearingInputSubmitted',
      'HearingInputSubmitted',
      'HearingResponseSubmitted',
    ]);
    expect(res.body.events[0].description).toBe('sec-1 (secretary): Hearing "Cooperation agreements" opened');
  });

  it('refuses another council (404), no token (401) and an admin (404: no role in the council)', async () => {
    await get('/api/councils/c1/hearings/x9/history').expect(404);
    await get('/api/councils/c2/hearings/x9/history').expect(404);
    await request(app.getHttpServer()).get('/api/councils/c1/hearings/h1/history').expect(401);
    const admin = app.get(TokenService).issue({ personId: 'root', role: 'admin' });
    await get('/api/councils/c1/hearings/h1/history', admin).expect(404);
    await get('/api/councils/c1/unknown-kind/h1/history').expect(404);
  });

  it('answers asOf on the feature route, and leaves the route alone without it', async () => {
    await get('/api/councils/c1/hearings/h1').expect(200, { id: 'h1', current: true });
    const between = new Date(Date.parse(t[1]) + 60_000).toISOString();
    const res = await get(`/api/councils/c1/hearings/h1?asOf=${encodeURIComponent(between)}`).expect(200);
    expect(res.body).toMatchObject({ id: 'h1', status: 'open', inputs: [{ personId: 'm-anna' }] });
    await get(`/api/councils/c1/hearings/h1?asOf=2020-01-01T00:00:00Z`).expect(404);
    const bad = await get('/api/councils/c1/hearings/h1?asOf=yesterday').expect(400);
    expect(JSON.stringify(bad.body)).toContain('asOf');
    await get(`/api/councils/c1/hearings/h1?asOf=${encodeURIComponent(t[0])}&time=sideways`).expect(400);
    await get(`/api/councils/c2/hearings/x9?asOf=${encodeURIComponent(t[5])}`).expect(404);
  });

  it('answers every history route as of a moment, citable, and refuses a moment it cannot read (issue 22)', async () => {
    const at = (i: number, minutes = 30) =>
      encodeURIComponent(new Date(Date.parse(t[i]) + minutes * 60_000).toISOString());
    // The chain as it stood after the proposal was drafted and before the follow-up existed.
    const chain = (await get(`/api/councils/c1/hearings/h1/chain?asOf=${at(4)}`).expect(200)).body;
    expect(chain.asOf).toBe(new Date(Date.parse(t[4]) + 30 * 60_000).toISOString());
    expect(chain.ledTo.map((l: { from: { id: string } }) => l.from.id)).toEqual(['p1']);
    expect(chain.nodes.find((n: { id: string }) => n.id === 'p1')).toMatchObject({
      found: true,
      revision: 0,
    });
    expect((await get('/api/councils/c1/hearings/h1/chain').expect(200)).body.ledTo).toHaveLength(2);
    await get(`/api/councils/c1/follow-ups/f1/chain?asOf=${at(4)}`).expect(404);

    const history = (await get(`/api/councils/c1/hearings/h1/history?asOf=${at(1)}`).expect(200)).body;
    expect(history).toMatchObject({
      revision: 1,
      time: 'recorded',
      asOf: expect.stringMatching(/^2026-01-05T10:30/),
    });
    expect(history.events).toHaveLength(2);
    // By business time Bo's input, given at the meeting before Anna's, was already there.
    const occurred = (
      await get(`/api/councils/c1/hearings/h1/history?asOf=${at(1)}&time=occurred`).expect(200)
    ).body;
    expect(occurred.events).toHaveLength(3);

    const timeline = (await get(`/api/councils/c1/timeline?asOf=${at(4)}`).expect(200)).body;
    expect(timeline.events.map((e: { id: string }) => e.id)).toEqual(['h1', 'h1', 'h1', 'h1', 'p1']);
    expect(timeline).toMatchObject({
      asOf: expect.stringMatching(/^2026-01-05T13:30/),
      position: timeline.events[4].position,
    });

    const hearing = (await get(`/api/councils/c1/hearings/h1?asOf=${at(1)}`).expect(200)).body;
    expect(hearing).toMatchObject({ revision: 1, asOf: expect.stringMatching(/^2026-01-05T10:30/) });

    for (const path of ['hearings/h1/chain', 'hearings/h1/history', 'history', 'timeline', 'hearings/h1']) {
      const bad = await get(`/api/councils/c1/${path}?asOf=nonsense`).expect(400);
      expect({ path, code: bad.body.code }).toEqual({ path, code: 'invalid_input' });
    }
    await get(`/api/councils/c1/hearings/h1/chain?asOf=${at(4)}&time=sideways`).expect(400);
  });

  it('walks the chain over HTTP', async () => {
    const res = await get('/api/councils/c1/follow-ups/f1/chain').expect(200);
    expect(res.body.cameFrom).toHaveLength(2);
    expect(res.body.nodes.map((n: { id: string }) => n.id)).toEqual(['f1', 'p1', 'h1']);
  });

  it('pages the timeline and validates its query', async () => {
    const first = await get('/api/councils/c1/timeline?limit=5').expect(200);
    expect(first.body.events).toHaveLength(5);
    const rest = await get(`/api/councils/c1/timeline?limit=5&after=${first.body.next}`).expect(200);
    expect(rest.body.events).toHaveLength(3);
    expect(rest.body.next).toBeNull();
    const kinds = await get('/api/councils/c1/timeline?kinds=follow-ups').expect(200);
    expect(kinds.body.events.map((e: { type: string }) => e.type)).toEqual([
      'FollowUpCreated',
      'VerdictGiven',
    ]);
    await get('/api/councils/c1/timeline?from=2026-01-05').expect(400);
    // Its errors carry a code like every other error (issue 22).
    expect((await get('/api/councils/c1/timeline?limit=0').expect(400)).body).toMatchObject({
      code: 'invalid_input',
      fields: { limit: expect.any(Array) },
    });
    await get('/api/councils/c1/timeline?colour=red').expect(400);
  });

  it('serves the evaluation report as JSON, CSV and Markdown', async () => {
    const base = '/api/councils/c1/evaluation-report?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z';
    const json = await get(base).expect(200);
    expect(json.body.hearings).toMatchObject({ received: 1, answeredOnTime: 1, medianDaysToSubmit: 0.1 });
    expect(json.body.hearings.inputs.byMember.map((m: { personId: string }) => m.personId)).toEqual([
      'm-anna',
      'm-bo',
    ]);
    const csv = await get(`${base}&format=csv`).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text).toContain('hearings.received,1\r\n');
    const md = await get(base).set('Accept', 'text/markdown').expect(200);
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    expect(md.text).toContain('| received | 1 |');
    // Issue 18.7: an open end is "up to now"; a date that does not exist is refused.
    await get('/api/councils/c1/evaluation-report?from=2026-01-01T00:00:00Z').expect(200);
    await get('/api/councils/c1/evaluation-report?from=2026-02-30').expect(400);
    await get('/api/councils/c1/evaluation-report?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z').expect(
      400,
    );
    await get(`${base}&format=pdf`).expect(400);
  });
});
