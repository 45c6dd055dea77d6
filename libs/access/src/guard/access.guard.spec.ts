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
    response.status(status).json({ message: (error as Error).message });
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
});
