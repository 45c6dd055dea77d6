import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Logger,
  Param,
  Post,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  Allow,
  cookieValue,
  CurrentActor,
  Public,
  READ_ROLES,
  type CurrentActorValue,
  type Principal,
} from '@app/access';
import { SESSION_COOKIE, sessionCookieOptions } from './session-cookie';
import { CompleteSignInDto, RequestSignInDto } from './sign-in.dto';
import { SIGN_IN_OPTIONS, type SignInOptions } from './sign-in-options';
import { SignInService } from './sign-in.service';

const ACCEPTED = { message: 'if the address belongs to someone in a council, a sign-in link is on its way' };

function pageOrigin(req: Request): string {
  return `${req.protocol}://${req.headers.host ?? 'localhost'}`;
}

@ApiTags('sign-in')
@Controller()
export class SignInController {
  private readonly logger = new Logger('SignIn');

  constructor(
    private readonly signIn: SignInService,
    @Inject(SIGN_IN_OPTIONS) private readonly options: SignInOptions,
  ) {}

  /**
   * Always 202 with the same body, answered before the record is even read, so neither the
   * answer nor its timing tells whether the address is known (no account enumeration).
   */
  @Post('sign-in')
  @Public()
  @HttpCode(202)
  request(@Body() dto: RequestSignInDto, @Req() req: Request): typeof ACCEPTED {
    this.signIn.request(dto.email, pageOrigin(req)).catch((error: unknown) => {
      this.logger.error(`sign-in link not sent: ${error instanceof Error ? error.message : String(error)}`);
    });
    return ACCEPTED;
  }

  @Post('sign-in/complete')
  @Public()
  @HttpCode(200)
  async complete(
    @Body() dto: CompleteSignInDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const result = await this.signIn.complete(dto.token);
    if (typeof result === 'string') throw new UnauthorizedException(result);
    res.cookie(
      SESSION_COOKIE,
      result.secret,
      sessionCookieOptions(req, this.options.publicUrl, new Date(result.expiresAt)),
    );
    return { ...result.principal, expiresAt: result.expiresAt };
  }

  /**
   * Who this browser's session speaks for, `{}` when it has none: public and always 200, so a
   * signed-out page asking on load is not a failed authentication (those count towards the
   * per-address limit on 401s). Whether the person still holds the place is checked, as always,
   * by the guard on the next request that reads or writes the council.
   */
  @Get('sign-in/session')
  @Public()
  async session(@Req() req: Request): Promise<Partial<Principal>> {
    const secret = cookieValue(req.headers.cookie, SESSION_COOKIE);
    return (secret && (await this.signIn.principalOf(secret))) || {};
  }

  /** The person's live sessions in this council (each browser signed in), the current one marked. */
  @Get('sign-in/sessions')
  @Allow(...READ_ROLES)
  async sessions(@CurrentActor() actor: CurrentActorValue, @Req() req: Request) {
    const current = cookieValue(req.headers.cookie, SESSION_COOKIE);
    return this.signIn.sessionsOf(actor, current);
  }

  /** Ends every session of the person in this council (a lost phone, a shared computer). */
  @Post('sign-in/sessions/end-all')
  @Allow(...READ_ROLES)
  @HttpCode(200)
  async endAll(@CurrentActor() actor: CurrentActorValue): Promise<{ ended: number }> {
    return { ended: await this.signIn.endAll(actor) };
  }

  /** Ends the session for good (its row is marked ended) and clears the cookie. */
  @Post('sign-out')
  @Public()
  @HttpCode(204)
  async signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const secret = cookieValue(req.headers.cookie, SESSION_COOKIE);
    if (secret) await this.signIn.end(secret);
    res.clearCookie(SESSION_COOKIE, sessionCookieOptions(req, this.options.publicUrl));
  }

  /** The Rådet page's invitation: the secretary mails a member a sign-in link. */
  @Post('councils/:councilId/members/:personId/invitation')
  @Allow('secretary')
  @HttpCode(202)
  async invite(
    @Param('councilId') councilId: string,
    @Param('personId') personId: string,
    @Req() req: Request,
  ): Promise<{ message: string }> {
    await this.signIn.invite(councilId, personId, pageOrigin(req));
    return { message: `an invitation is sent to ${personId}` };
  }
}
