import { createParamDecorator, type ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { Actor } from '@app/kernel';
import type { AccessRequest } from '../guard/access-request';

export type CurrentActorValue = Actor & { councilId?: string };

export function currentActorOf(request: AccessRequest): CurrentActorValue {
  const principal = request.principal;
  // Only reachable on a @Public route: who acted always comes from the token, never the body.
  if (!principal) throw new UnauthorizedException('a bearer token is required');
  return {
    personId: principal.personId,
    role: principal.role,
    ...(principal.councilId !== undefined && { councilId: principal.councilId }),
  };
}

/** The verified caller: kernel `Actor` plus the token's council. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext) =>
  currentActorOf(context.switchToHttp().getRequest<AccessRequest>()),
);
