import {
  type ArgumentsHost,
  Catch,
  Controller,
  type ExceptionFilter,
  Get,
  HttpException,
  type INestApplication,
  Post,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Clock, type CommandMetadata, DomainError, FixedClock } from '@app/kernel';
import jwt from 'jsonwebtoken';
import request from 'supertest';
import { Allow } from '../decorators/allow.decorator';
import { CommandContext } from '../decorators/command-context.decorator';
import { CurrentActor, type CurrentActorValue } from '../decorators/current-actor.decorator';
import { IfMatch } from '../decorators/if-match.decorator';
import { Public } from '../decorators/public.decorator';
import { READ_ROLES } from '../roles';
import { TokenService } from '../tokens/token.service';
import { AccessGuard } from './access.guard';
import { CouncilOffices, type OfficeHolders } from './council-offices';
import { SessionLookup } from '../sessions/session-lookup';
import type { Principal } from '../tokens/token-claims';

const SECRET = 'guard-spec-secret-0123456789abcdef';

@Controller('councils')
class ProbeController {
  @Get('health')
  @Public()
  health() {
    return { ok: true };
  }

  @Post()
  @Allow('admin')
  create(@CurrentActor() actor: CurrentActorValue) {
    return actor;
  }

  @Get(':councilId')
  @Allow(...READ_ROLES)
  read(@CurrentActor() actor: CurrentActorValue) {
    return actor;
  }

  @Post(':councilId/things')
  @Allow('secretary')
  write(@CommandContext() metadata: CommandMetadata, @IfMatch() ifMatch: number | undefined) {
    return { metadata, ifMatch: ifMatch ?? null };
  }

  @Get('mine/inbox')
  @Allow(...READ_ROLES)
  inbox(@CurrentActor() actor: CurrentActorValue) {
    return actor;
  }

  @Get(':councilId/forgotten')
  forgotten() {
    return { leaked: true };
  }
}

/** Stands in for the app's error filter, which is not this lib's. */
@Catch()
class StatusFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost) {
    const response = host
      .switchToHttp()
      .getResponse<{ status(code: number): { json(body: unknown): void } }>();
    const status =
      error instanceof DomainError ? error.status : error instanceof HttpException ? error.getStatus() : 500;
    const code = error instanceof DomainError ? error.code : undefined;
    response.status(status).json({ detail: (error as Error).message, code });
  }
}

/** The council's record, as the councils lib would give it (a neighbour, so a stand-in). */
const RECORD: Record<string, OfficeHolders> = {
  c1: { chairPersonId: 'p-chair', memberIds: ['p-chair', 'p-member'], secretaryIds: [] },
  c2: { memberIds: ['p-member'], secretaryIds: [] },
  c3: { chairPersonId: 'p-chair', memberIds: ['p-chair'], secretaryIds: ['p-secretary'] },
};
class RecordOffices extends CouncilOffices {
  holders(councilId: string) {
    return Promise.resolve(RECORD[councilId]);
  }
}

/** Sessions as the sign-in feature would keep them (a neighbour, so a stand-in). */
const SESSIONS: Record<string, Principal> = {
  's-member': { personId: 'p-member', role: 'member', councilId: 'c1' },
  's-resigned': { personId: 'resigned', role: 'member', councilId: 'c1' },
  // Began before the record changed: elected chair since, and stepped down since.
  's-elected': { personId: 'p-chair', role: 'member', councilId: 'c1' },
  's-stepped-down': { personId: 'p-member', role: 'chair', councilId: 'c1' },
  's-evaluator': { personId: 'p-evaluator', role: 'evaluator', councilId: 'c1' },
};
class KnownSessions extends SessionLookup {
  principalOf(secret: string) {
    return Promise.resolve(SESSIONS[secret]);
  }
}

describe('AccessGuard', () => {
  let app: INestApplication;
  const tokens = new TokenService(SECRET);
  const bearer = (role: Parameters<TokenService['issue']>[0]['role'], councilId?: string) =>
    `Bearer ${tokens.issue({ personId: `p-${role}`, role, councilId })}`;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [ProbeController],
      providers: [
        { provide: TokenService, useValue: tokens },
        { provide: Clock, useValue: new FixedClock(new Date('2022-01-20T14:00:00.000Z')) },
        { provide: CouncilOffices, useClass: RecordOffices },
        { provide: SessionLookup, useClass: KnownSessions },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: StatusFilter },
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });
  afterAll(() => app.close());

  it('lets anyone through a @Public route', async () => {
    await request(app.getHttpServer()).get('/councils/health').expect(200, { ok: true });
  });

  it('answers 401 without a token, with a bad signature, expired, or not a bearer', async () => {
    const forged = new TokenService('other-secret').issue({
      personId: 'x',
      role: 'secretary',
      councilId: 'c1',
    });
    const expired = jwt.sign({ role: 'secretary', council: 'c1' }, SECRET, { subject: 'x', expiresIn: -1 });
    const server = app.getHttpServer();
    await request(server).get('/councils/c1').expect(401);
    await request(server).get('/councils/c1').set('Authorization', `Bearer ${forged}`).expect(401);
    await request(server).get('/councils/c1').set('Authorization', `Bearer ${expired}`).expect(401);
    await request(server).get('/councils/c1').set('Authorization', `Basic abc`).expect(401);
  });

  it('answers 404 for another council, before looking at the role, and for an admin', async () => {
    const server = app.getHttpServer();
    await request(server).get('/councils/c2').set('Authorization', bearer('secretary', 'c1')).expect(404);
    await request(server)
      .post('/councils/c2/things')
      .set('Authorization', bearer('member', 'c1'))
      .expect(404);
    await request(server).get('/councils/c1').set('Authorization', bearer('admin')).expect(404);
  });

  it('answers 403 for a role the route does not allow, and for a route with no @Allow', async () => {
    const server = app.getHttpServer();
    await request(server).post('/councils').set('Authorization', bearer('secretary', 'c1')).expect(403);
    await request(server)
      .post('/councils/c1/things')
      .set('Authorization', bearer('evaluator', 'c1'))
      .expect(403);
    await request(server)
      .get('/councils/c1/forgotten')
      .set('Authorization', bearer('secretary', 'c1'))
      .expect(403);
  });

  it('lets allowed roles through and hands the actor from the token', async () => {
    const server = app.getHttpServer();
    await request(server)
      .post('/councils')
      .set('Authorization', bearer('admin'))
      .expect(201, { personId: 'p-admin', role: 'admin' });
    for (const role of READ_ROLES) {
      await request(server)
        .get('/councils/c1')
        .set('Authorization', bearer(role, 'c1'))
        .expect(200, { personId: `p-${role}`, role, councilId: 'c1' });
    }
  });

  it('builds command metadata from the request and reads If-Match', async () => {
    const response = await request(app.getHttpServer())
      .post('/councils/c1/things')
      .set('Authorization', bearer('secretary', 'c1'))
      .set('x-correlation-id', 'corr-1')
      .set('If-Match', '"7"')
      .expect(201);
    expect(response.body.ifMatch).toBe(7);
    expect(response.body.metadata).toMatchObject({
      actor: { personId: 'p-secretary', role: 'secretary' },
      councilId: 'c1',
      now: '2022-01-20T14:00:00.000Z',
      correlationId: 'corr-1',
    });
    expect(response.body.metadata.causationId).toEqual(expect.any(String));

    const plain = await request(app.getHttpServer())
      .post('/councils/c1/things')
      .set('Authorization', bearer('secretary', 'c1'))
      .expect(201);
    expect(plain.body.ifMatch).toBeNull();
    expect(plain.body.metadata.correlationId).toBe(plain.body.metadata.causationId);
  });

  it('answers 400 for an If-Match that is not a revision', async () => {
    for (const bad of ['abc', '1.5', '-1', 'W/"3"']) {
      await request(app.getHttpServer())
        .post('/councils/c1/things')
        .set('Authorization', bearer('secretary', 'c1'))
        .set('If-Match', bad)
        .expect(400);
    }
  });

  describe('the record, not the token, says who holds a place (issue 20)', () => {
    const as = (personId: string, role: 'chair' | 'member' | 'secretary' | 'evaluator', councilId: string) =>
      `Bearer ${tokens.issue({ personId, role, councilId })}`;
    const read = (path: string, authorization: string) =>
      request(app.getHttpServer()).get(path).set('Authorization', authorization);

    it('refuses a chair token for someone the record does not name as chair, with the reason', async () => {
      const replaced = await read('/councils/c1', as('p-member', 'chair', 'c1')).expect(403);
      expect(replaced.body).toEqual({
        detail: 'p-member does not hold the chair of council c1 now; this chair token no longer counts',
        code: 'not_in_office',
      });
      await read('/councils/c1', as('never-elected', 'chair', 'c1')).expect(403);
      await read('/councils/c2', as('p-chair', 'chair', 'c2')).expect(403);
      await read('/councils/c1', as('p-chair', 'chair', 'c1')).expect(200);
    });

    it('refuses a member token for someone not a member now, also on routes that do not name the council', async () => {
      const resigned = await read('/councils/c1', as('resigned', 'member', 'c1')).expect(403);
      expect(resigned.body.detail).toBe(
        'resigned is not a member of council c1 now; this member token no longer counts',
      );
      await read('/councils/mine/inbox', as('resigned', 'member', 'c1')).expect(403);
      await read('/councils/mine/inbox', as('p-member', 'member', 'c1')).expect(200);
      // The chair is a member too.
      await read('/councils/c1', as('p-chair', 'member', 'c1')).expect(200);
    });

    it('takes a secretary token while the record names no secretary, and only the named ones after', async () => {
      await read('/councils/c1', as('anyone', 'secretary', 'c1')).expect(200);
      await read('/councils/c3', as('p-secretary', 'secretary', 'c3')).expect(200);
      const other = await read('/councils/c3', as('anyone', 'secretary', 'c3')).expect(403);
      expect(other.body.detail).toBe(
        'anyone is not a secretary of council c3; this secretary token does not count',
      );
    });

    it('answers 404 for a council the record does not know, and checks an evaluator by its token only', async () => {
      await read('/councils/mine/inbox', as('p-member', 'member', 'gone')).expect(404);
      await read('/councils/c1', as('anyone', 'evaluator', 'c1')).expect(200);
    });
  });

  describe('a session cookie counts as a bearer token does (issue 19)', () => {
    const withCookie = (path: string, cookie: string) =>
      request(app.getHttpServer()).get(path).set('Cookie', cookie);

    it('takes the principal of a known session, and the record still decides', async () => {
      const ok = await withCookie('/councils/c1', 'theme=dark; council_session=s-member').expect(200);
      expect(ok.body).toEqual({ personId: 'p-member', role: 'member', councilId: 'c1' });
      await withCookie('/councils/c2', 'council_session=s-member').expect(404);
      const resigned = await withCookie('/councils/c1', 'council_session=s-resigned').expect(403);
      expect(resigned.body).toEqual({
        detail:
          'resigned holds no place in council c1 now (not chair, secretary or member); this session no longer counts',
        code: 'not_in_office',
      });
      await withCookie('/councils/mine/inbox', 'council_session=s-resigned').expect(403);
    });

    it('reads the role of a session from the record on each request, not as it began', async () => {
      const elected = await withCookie('/councils/c1', 'council_session=s-elected').expect(200);
      expect(elected.body).toEqual({ personId: 'p-chair', role: 'chair', councilId: 'c1' });
      const steppedDown = await withCookie('/councils/c1', 'council_session=s-stepped-down').expect(200);
      expect(steppedDown.body).toEqual({ personId: 'p-member', role: 'member', councilId: 'c1' });
      // The role read is the one the route is checked against: a member may not write what a secretary does.
      await request(app.getHttpServer())
        .post('/councils/c1/things')
        .set('Cookie', 'council_session=s-stepped-down')
        .expect(403)
        .expect((res) => expect(res.body.detail).toBe('a member may not do this'));
      // An evaluator has no place in the record: the session keeps its role.
      const evaluator = await withCookie('/councils/c1', 'council_session=s-evaluator').expect(200);
      expect(evaluator.body.role).toBe('evaluator');
    });

    it('answers 401 for an unknown, ended or expired session, and a bearer token wins over the cookie', async () => {
      const ended = await withCookie('/councils/c1', 'council_session=s-gone').expect(401);
      expect(ended.body.detail).toBe('the session has ended or expired; sign in again');
      await withCookie('/councils/c1', 'other=s-member').expect(401);
      await request(app.getHttpServer())
        .get('/councils/c1')
        .set('Cookie', 'council_session=s-member')
        .set('Authorization', bearer('evaluator', 'c1'))
        .expect(200)
        .expect((res) => expect(res.body.role).toBe('evaluator'));
    });
  });
});
