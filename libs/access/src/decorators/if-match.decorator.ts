import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { InvalidInputError } from '@app/kernel';
import { headerValue, type AccessRequest } from '../guard/access-request';

/**
 * `If-Match: "<revision>"`, the ETag a read or write sent (RFC 9110 §13.1.1), or the bare number
 * older clients send; undefined without the header. A weak tag (`W/"7"`) could never match, since
 * If-Match compares strongly, and this API never sends one: like anything else it is a 400, since
 * silently ignoring a garbled precondition would drop its protection.
 */
export function ifMatchOf(request: AccessRequest): number | undefined {
  const raw = headerValue(request, 'if-match')?.trim();
  if (raw === undefined || raw === '') return undefined;
  const match = /^(?:"(\d{1,15})"|(\d{1,15}))$/.exec(raw);
  if (!match)
    throw new InvalidInputError(
      `If-Match must be a revision as the ETag sends it ("7"), got ${raw}`,
      'If-Match',
    );
  return Number(match[1] ?? match[2]);
}

/** Declares the header on the operation in the OpenAPI document. */
const documentIfMatch = (target: object, key: string | symbol | undefined) => {
  if (key === undefined) return;
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  if (!descriptor) return;
  ApiHeader({
    name: 'If-Match',
    required: false,
    description: "The case's revision as read (the ETag): a write on a case changed since is a 409",
  })(target, key, descriptor);
};

export const IfMatch = createParamDecorator(
  (_: unknown, context: ExecutionContext) => ifMatchOf(context.switchToHttp().getRequest<AccessRequest>()),
  [documentIfMatch],
);
