import { Controller, Get, Inject, Logger, NotFoundException, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CookieOptions, Request, Response } from 'express';
import { ApiRead, cookieValue, PROBLEM_CONTENT_TYPE, Public } from '@app/access';
import { OIDC_FLOW_TTL_MS, OidcSignIn } from './oidc-sign-in.service';
import { SIGN_IN_OPTIONS, type SignInOptions } from './sign-in-options';
import { SignInMethodsResponse } from './sign-in.response';

/** A redirect's answer is where to go: no body, a `Location`. */
const TO = { Location: { required: true, schema: { type: 'string' } } };

/** Binds a flow to the browser that started it (login CSRF: a callback from another browser's flow is void). */
const FLOW_COOKIE = 'council_oidc';

@ApiTags('sign-in')
@Controller('sign-in')
export class OidcSignInController {
  private readonly logger = new Logger('SignIn');

  constructor(
    private readonly oidc: OidcSignIn,
    @Inject(SIGN_IN_OPTIONS) private readonly options: SignInOptions,
  ) {}

  /**
   * The cookie comes back on the provider's redirect, a top-level GET from another site: so
   * `SameSite=Lax`, not the session's `Strict` (which the browser would hold back there). It is
   * only good for this one flow, on these two paths, for ten minutes.
   */
  private flowCookie(req: Request): CookieOptions {
    const https =
      this.options.publicUrl?.startsWith('https:') ||
      this.oidc.options?.redirectUrl.protocol === 'https:' ||
      req.secure;
    return { httpOnly: true, sameSite: 'lax', path: '/api/sign-in/oidc', secure: https };
  }

  /** The pages, where the browser is sent back: PUBLIC_URL, else the registered redirect URL's origin. */
  private pages(): string {
    return this.options.publicUrl ?? this.oidc.options?.redirectUrl.origin ?? '';
  }

  /** What the sign-in page offers besides the mailed link: the region's provider, when configured. */
  @Get('methods')
  @Public()
  @ApiRead({ summary: 'The ways to sign in this engine offers', type: SignInMethodsResponse })
  methods(): SignInMethodsResponse {
    const options = this.oidc.options;
    return options ? { oidc: { name: options.name } } : {};
  }

  @Get('oidc')
  @Public()
  @ApiOperation({ summary: "Start a sign-in at the region's OpenID Connect provider" })
  @ApiResponse({
    status: 302,
    description: "To the provider's sign-in, with state, nonce and PKCE",
    headers: TO,
  })
  @ApiResponse({
    status: 404,
    description: 'No OpenID Connect provider is configured (OIDC_ISSUER)',
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
  })
  async begin(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.oidc.options) throw new NotFoundException('no OpenID Connect provider is configured');
    let started;
    try {
      started = await this.oidc.start();
    } catch (error) {
      this.logger.error(
        `OpenID Connect provider not reachable: ${error instanceof Error ? error.message : String(error)}`,
      );
      return res.redirect(302, `${this.pages()}/#/log-ind-afvist/failed`);
    }
    if (!started) throw new NotFoundException('no OpenID Connect provider is configured');
    res.cookie(FLOW_COOKIE, started.binding, { ...this.flowCookie(req), maxAge: OIDC_FLOW_TTL_MS });
    res.redirect(302, started.authorizationUrl);
  }

  /**
   * The provider sends the browser back here. Signed in: on to the pages with a one-time link
   * (`#/log-ind/<secret>`), which the page follows as it follows a mailed one, so the session,
   * its cookie and its end are the same. Refused: on to the pages with the reason's code only.
   */
  @Get('oidc/callback')
  @Public()
  @ApiOperation({ summary: "The OpenID Connect provider's answer (the redirect URL)" })
  @ApiResponse({
    status: 302,
    description:
      'To the pages: `#/log-ind/<one-time link>`, or `#/log-ind-afvist/<not-known|several|failed>`',
    headers: TO,
  })
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const binding = cookieValue(req.headers.cookie, FLOW_COOKIE);
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    const outcome = await this.oidc.finish(binding, query);
    res.clearCookie(FLOW_COOKIE, this.flowCookie(req));
    const to = 'link' in outcome ? `log-ind/${outcome.link}` : `log-ind-afvist/${outcome.refused}`;
    res.redirect(302, `${this.pages()}/#/${to}`);
  }
}
