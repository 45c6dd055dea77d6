import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { API_PREFIX } from '@app/access';
import { Logger } from 'nestjs-pino';
import { createOpenApiDocument } from './openapi/openapi-document';
import { AppModule, writeScopeMiddleware, type AppConfig } from '@app/composition';
import { DomainErrorFilter } from './http/domain-error.filter';
import { verifyJsonDepth } from './http/json-depth';
import { createValidationPipe } from './http/validation.pipe';
import { rawInputMiddleware } from './http/raw-input.middleware';
import { RevisionETagInterceptor } from './http/revision-etag.interceptor';
import { serveWebApp } from '../../web/serve/serve-web-app';
import { overloadGuard } from './http/overload';
import { rateLimits } from './http/rate-limits';
import { SessionLookup, TokenService } from '@app/access';

/** A request body larger than this is refused with 413; council texts are far smaller. */
export const BODY_LIMIT = '256kb';

/** Builds the configured app without listening, so tests drive exactly what `npm start` serves. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
    // Throw instead of exiting the process, so a caller (test, CLI) sees why the app did not start.
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.use(helmet());
  // Issue 9: the web app's static files at `/`, before the API's routes and the API's own
  // middleware below (issue 14: a page's files pay for none of it).
  serveWebApp(app);
  // Rate limits first: a client over its limit is refused without taking a place in the queue.
  const sessions = app.get(SessionLookup, { strict: false });
  for (const limit of rateLimits(config.rateLimits, app.get(TokenService), sessions)) app.use('/api', limit);
  app.use('/api', overloadGuard(config.overload));
  app.use(writeScopeMiddleware);
  app.useBodyParser('json', { limit: BODY_LIMIT, verify: verifyJsonDepth });
  app.use(rawInputMiddleware);
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health'] });
  app.useGlobalPipes(createValidationPipe());
  // The ETag is the case's revision (see RevisionETagInterceptor), never a hash of the body.
  app.set('etag', false);
  app.useGlobalInterceptors(new RevisionETagInterceptor());
  app.useGlobalFilters(new DomainErrorFilter());
  // Signals are main.ts's (installGracefulShutdown): a bounded shutdown, not Nest's unbounded one.

  SwaggerModule.setup('docs', app, () => createOpenApiDocument(app));
  return app;
}
