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
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  Allow,
  ApiAction,
  ApiRead,
  cookieValue,
  CurrentActor,
  Public,
  READ_ROLES,
  type CurrentActorValue,
  type Principal,
} from '@app/access';
import { pageOrigin } from './page-origin';
import { SESSION_COOKIE, sessionCookieOptions } from './session-cookie';
import { CompleteSignInDto, RequestSignInDto } from './sign-in.dto';
import { SIGN_IN_OPTIONS, type SignInOptions } from './sign-in-options';
import { SignInService } from './sign-in.service';
import {
  AcceptedResponse,
  EndedSessionsResponse,
  LiveSessionResponse,
  SessionResponse,
  SignedInResponse,
} from './sign-in.response';

const ACCEPTED = { message: 'if the address belongs to someone in a council, a sign-in link is on its way' };

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
  @ApiOperation({ summary: 'Mail a one-time sign-in link to the address, if it belongs to someone' })
  @ApiAcceptedResponse({
    description: 'The same answer whether or not the address is known',
    type: AcceptedResponse,
  })
  request(@Body() dto: RequestSignInDto, @Req() req: Request): typeof ACCEPTED {
    this.signIn.request(dto.email, pageOrigin(req)).catch((error: unknown) => {
      this.logger.error(`sign-in link not sent: ${error instanceof Error ? error.message : String(error)}`);
    });
    return ACCEPTED;
  }

  @Post('sign-in/complete')
  @Public()
  @ApiAction({
    summary: "Trade the link's one-time token for a session (an HttpOnly cookie)",
    type: SignedInResponse,
  })
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
   * per-address limit on 401s). The role is the one the council's record gives the person now,
   * as the guard reads it; someone who holds no place any more is refused by the guard on the
   * next request that reads or writes the council.
   */
  @Get('sign-in/session')
  @Public()
  @ApiRead({ summary: "Who this browser's session speaks for ({} when none)", type: SessionResponse })
  async session(@Req() req: Request): Promise<Partial<Principal>> {
    const secret = cookieValue(req.headers.cookie, SESSION_COOKIE);
    return (secret && (await this.signIn.currentOf(secret))) || {};
  }

  /** The person's live sessions in this council (each browser signed in), the current one marked. */
  @Get('sign-in/sessions')
  @Allow(...READ_ROLES)
  @ApiRead({ summary: "The person's live sessions in this council", type: [LiveSessionResponse] })
  async sessions(@CurrentActor() actor: CurrentActorValue, @Req() req: Request) {
    const current = cookieValue(req.headers.cookie, SESSION_COOKIE);
    return this.signIn.sessionsOf(actor, current);
  }

  /** Ends every session of the person in this council (a lost phone, a shared computer). */
  @Post('sign-in/sessions/end-all')
  @Allow(...READ_ROLES)
  @ApiAction({ summary: 'End every session of the person in this council', type: EndedSessionsResponse })
  async endAll(@CurrentActor() actor: CurrentActorValue): Promise<{ ended: number }> {
    return { ended: await this.signIn.endAll(actor) };
  }

  /** Ends the session for good (its row is marked ended) and clears the cookie. */
  @Post('sign-out')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'End the session for good and clear its cookie' })
  @ApiNoContentResponse({ description: 'Signed out (also when there was no session)' })
  async signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const secret = cookieValue(req.headers.cookie, SESSION_COOKIE);
    if (secret) await this.signIn.end(secret);
    res.clearCookie(SESSION_COOKIE, sessionCookieOptions(req, this.options.publicUrl));
  }

  /** The Rådet page's invitation: the secretary mails a member a sign-in link. */
  @Post('councils/:councilId/members/:personId/invitation')
  @Allow('secretary')
  @HttpCode(202)
  @ApiOperation({ summary: 'Mail a member a sign-in link (an invitation)' })
  @ApiAcceptedResponse({ description: 'The invitation is on its way', type: AcceptedResponse })
  async invite(
    @Param('councilId') councilId: string,
    @Param('personId') personId: string,
    @Req() req: Request,
  ): Promise<{ message: string }> {
    await this.signIn.invite(councilId, personId, pageOrigin(req));
    return { message: `an invitation is sent to ${personId}` };
  }
}
