import { Global, type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { SessionLookup } from '@app/access';
import { ProjectionsModule } from '@app/event-store';
import { rateLimit } from 'express-rate-limit';
import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { CouncilIdsProjection } from './council-ids.projection';
import { sendProblem } from '@app/access';
import { csrfGuard } from './csrf';
import { OIDC_OPTIONS, oidcOptionsFromEnv } from './oidc-options';
import { OidcSignInController } from './oidc-sign-in.controller';
import { OidcSignIn } from './oidc-sign-in.service';
import { PlacesByAddress } from './places-by-address';
import { SIGN_IN_OPTIONS, signInOptionsFromEnv, type SignInOptions } from './sign-in-options';
import { SignInController } from './sign-in.controller';
import { SignInService } from './sign-in.service';
import { SignInStore } from './sign-in-store';

/**
 * Sign-in by an e-mailed link and the sessions it starts (docs/sign-in.md). Provides the
 * AccessGuard's SessionLookup, so a session cookie counts as a bearer token does. Settings from
 * the environment: SMTP_URL, MAIL_FROM, PUBLIC_URL, SIGN_IN_LINK_TTL, SESSION_TTL, SIGN_IN_LIMIT,
 * RATE_LIMIT_WINDOW_MS, and OIDC_* for sign-in at the region's OpenID Connect provider.
 */
@Global()
@Module({
  imports: [ProjectionsModule.forFeature([CouncilIdsProjection])],
  controllers: [SignInController, OidcSignInController],
  providers: [
    { provide: SIGN_IN_OPTIONS, useFactory: () => signInOptionsFromEnv(process.env) },
    SignInStore,
    PlacesByAddress,
    SignInService,
    { provide: OIDC_OPTIONS, useFactory: () => oidcOptionsFromEnv(process.env) },
    OidcSignIn,
    { provide: SessionLookup, useExisting: SignInService },
  ],
  exports: [SessionLookup],
})
export class SignInModule implements NestModule {
  private readonly options: SignInOptions = signInOptionsFromEnv(process.env);

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(csrfGuard(this.options.publicUrl)).forRoutes({ path: '*path', method: RequestMethod.ALL });
    if (this.options.requestsPerAddress === 0) return;
    // Per address, after the body is parsed: a flood of links to one inbox is refused, and the
    // count is kept for unknown addresses too, so a 429 tells nothing about the record either.
    const perAddress = rateLimit({
      windowMs: Number(process.env.RATE_LIMIT_WINDOW_MS) || 60_000,
      limit: this.options.requestsPerAddress,
      identifier: 'sign-in-per-address',
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      keyGenerator: (req: Request) =>
        createHash('sha256')
          .update(
            String((req.body as { email?: unknown } | undefined)?.email ?? '')
              .trim()
              .toLowerCase(),
          )
          .digest('base64url'),
      handler: (_req, res) => {
        sendProblem(res, 429, 'too many sign-in links asked for this address; see Retry-After');
      },
    });
    consumer.apply(perAddress).forRoutes({ path: 'sign-in', method: RequestMethod.POST });
  }
}
