import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { InvalidInputError } from '@app/kernel';
import { headerValue, type AccessRequest } from '../guard/access-request';

/**
 * `If-Match: <revision>` (a stream revision, optionally quoted like an ETag) or undefined.
 * Anything else is a 400: silently ignoring a garbled precondition would drop its protection.
 */
export function ifMatchOf(request: AccessRequest): number | undefined {
  const raw = headerValue(request, 'if-match')?.trim();
  if (raw === undefined || raw === '') return undefined;
  const match = /^"?(\d{1,15})"?$/.exec(raw);
  if (!match) throw new InvalidInputError(`If-Match must be a stream revision, got "${raw}"`, 'If-Match');
  return Number(match[1]);
}

export const IfMatch = createParamDecorator((_: unknown, context: ExecutionContext) =>
  ifMatchOf(context.switchToHttp().getRequest<AccessRequest>()),
);
