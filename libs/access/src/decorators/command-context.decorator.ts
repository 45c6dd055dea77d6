import { randomUUID } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type CommandMetadata, isInstant } from '@app/kernel';
import { headerValue, type AccessRequest } from '../guard/access-request';
import { currentActorOf } from './current-actor.decorator';

const CORRELATION_HEADER = 'x-correlation-id';

/**
 * Metadata for the commands a request causes (docs/architecture.md: every event records who, when, and
 * the chain it belongs to). The correlation id is the caller's `x-correlation-id`, so a client
 * can tie several requests into one story; the causation id is the request's own id.
 * Both are fixed on the request, so two commands from one request share them.
 * A body's `occurredAt` (a DTO extending `OccurredAtDto`, which validates it) is the business
 * time of what the request records; the command executor checks it against now and the case.
 */
export function commandContextOf(request: AccessRequest): CommandMetadata {
  const actor = currentActorOf(request);
  request.requestId ??= requestIdOf(request);
  request.correlationId ??= headerValue(request, CORRELATION_HEADER)?.trim() || request.requestId;
  return {
    actor: { personId: actor.personId, role: actor.role },
    ...(actor.councilId !== undefined && { councilId: actor.councilId }),
    now: request.receivedAt ?? new Date().toISOString(),
    correlationId: request.correlationId,
    causationId: request.requestId,
    ...occurredAtOf(request),
  };
}

function occurredAtOf(request: AccessRequest & { body?: unknown }): { occurredAt?: string } {
  const body = request.body;
  if (typeof body !== 'object' || body === null || !('occurredAt' in body)) return {};
  const occurredAt = (body as { occurredAt?: unknown }).occurredAt;
  return isInstant(occurredAt) ? { occurredAt } : {};
}

function requestIdOf(request: AccessRequest): string {
  if (typeof request.id === 'string' && request.id) return request.id;
  if (typeof request.id === 'number') return String(request.id);
  return headerValue(request, 'x-request-id')?.trim() || randomUUID();
}

export const CommandContext = createParamDecorator((_: unknown, context: ExecutionContext) =>
  commandContextOf(context.switchToHttp().getRequest<AccessRequest>()),
);
