import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  Optional,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Clock, ForbiddenError, InvalidStateError, NotFoundError, SystemClock } from '@app/kernel';
import { ALLOWED_ROLES_KEY } from '../decorators/allow.decorator';
import { IS_PUBLIC_KEY } from '../decorators/public.decorator';
import type { AccessRole } from '../roles';
import { InvalidTokenError, type Principal } from '../tokens/token-claims';
import { TokenService } from '../tokens/token.service';
import { headerValue, type AccessRequest } from './access-request';
import { CouncilOffices, isHeldOffice, NOT_IN_OFFICE, officeRefusal } from './council-offices';
import { cookieValue, SESSION_COOKIE, SessionLookup } from '../sessions/session-lookup';
import { sessionPrincipal, takesRoleFromRecord } from '../sessions/session-role';

/**
 * The one guard of issue 3, in this order: no/invalid/expired token 401; a `:councilId` that
 * is not the token's council 404 (ids of other councils must not leak, and an admin holds no
 * role inside any council); a role the route does not `@Allow` 403; a chair, member or secretary
 * token whose person does not hold that place in the council's record now 403 (issue 20: the
 * record decides, not the token), on every route, whether or not its path names the council.
 * A session cookie (issue 19) names a person in a council, and the role is read from the record
 * on each request instead: the place the person holds now, or 403 when she holds none.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly clock: Clock;

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    @Optional() @Inject(Clock) clock?: Clock,
    @Optional() @Inject(CouncilOffices) private readonly offices?: CouncilOffices,
    @Optional() @Inject(SessionLookup) private readonly sessions?: SessionLookup,
  ) {
    this.clock = clock ?? new SystemClock();
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AccessRequest>();
    request.receivedAt ??= this.clock.now().toISOString();
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;

    const authenticated = await this.authenticate(request);
    const councilId = request.params?.councilId;
    if (councilId !== undefined && authenticated.councilId !== councilId) {
      throw new NotFoundError(`council ${councilId} not found`);
    }
    const fromRecord = request.viaSession === true && takesRoleFromRecord(authenticated);
    const principal = fromRecord ? await this.roleFromRecord(authenticated) : authenticated;
    request.principal = principal;

    const allowed = this.reflector.getAllAndOverride<AccessRole[] | undefined>(ALLOWED_ROLES_KEY, targets);
    if (!allowed?.includes(principal.role)) {
      throw new ForbiddenError(`a ${principal.role} may not do this`);
    }
    // A role just read from the record needs no second look at it.
    if (!fromRecord) await this.requireOffice(principal);
    await this.requireOpenForWrites(request);
    return true;
  }

  /** Issue 18.3: a council succeeded by another stays readable and takes no new writes (409). */
  private async requireOpenForWrites(request: AccessRequest): Promise<void> {
    // Only routes that name the council: a member's own notifications stay hers to mark read.
    const councilId = request.params?.councilId;
    if (councilId === undefined || !this.offices) return;
    if (['GET', 'HEAD', 'OPTIONS'].includes((request.method ?? 'GET').toUpperCase())) return;
    const refusal = await this.offices.writeRefusal(councilId, request.receivedAt ?? '');
    if (refusal) throw new InvalidStateError(refusal);
  }

  private async requireOffice(principal: Principal): Promise<void> {
    if (principal.councilId === undefined || !isHeldOffice(principal.role)) return;
    const holders = await this.holdersOf(principal.councilId);
    const refusal = officeRefusal(principal, holders);
    if (refusal) throw new ForbiddenError(refusal, NOT_IN_OFFICE);
  }

  /** A session's role as the record gives it now (issue 19): its person and council, never a frozen role. */
  private async roleFromRecord(session: Principal): Promise<Principal> {
    const holders = await this.holdersOf(session.councilId!);
    const resolved = sessionPrincipal(session, holders);
    if ('refused' in resolved) throw new ForbiddenError(resolved.refused, NOT_IN_OFFICE);
    return resolved.principal;
  }

  private async holdersOf(councilId: string) {
    // Fail closed: an app that cannot read the record must not take a token's role at its word.
    if (!this.offices) throw new Error('AccessGuard: no CouncilOffices to check who holds a place');
    const holders = await this.offices.holders(councilId);
    if (!holders) throw new NotFoundError(`council ${councilId} not found`);
    return holders;
  }

  /**
   * A bearer token wins over a session cookie (scripts and the CLI send one, and a page of an
   * admin pasting a token does too); without one, the session cookie of a sign-in by e-mail.
   * A token's role is checked against the record afterwards, in `requireOffice`; a session's
   * role is read from the record, in `roleFromRecord`.
   */
  private async authenticate(request: AccessRequest) {
    const header = headerValue(request, 'authorization');
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) return this.fromSession(request);
    try {
      return this.tokens.verify(match[1]);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw new UnauthorizedException(error.message);
      throw error;
    }
  }

  private async fromSession(request: AccessRequest) {
    const secret = cookieValue(headerValue(request, 'cookie'), SESSION_COOKIE);
    if (!secret || !this.sessions) throw new UnauthorizedException('a bearer token is required');
    const principal = await this.sessions.principalOf(secret);
    if (!principal) throw new UnauthorizedException('the session has ended or expired; sign in again');
    request.viaSession = true;
    return principal;
  }
}
