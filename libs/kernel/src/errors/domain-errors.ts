/**
 * Typed refusals. The HTTP layer maps each class to one status; deciders only ever throw these.
 * `field` names the input at fault, so a 400 can say which field.
 */
export abstract class DomainError extends Error {
  abstract readonly status: 400 | 403 | 404 | 409 | 413 | 503;
  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The input breaks a rule of the domain (a deadline in the past, an empty text): 400. */
export class InvalidInputError extends DomainError {
  readonly status = 400 as const;
  constructor(message: string, field?: string, code = 'invalid_input') {
    super(message, code, field);
  }
}

/** The thing does not exist (or is not visible to this caller): 404. */
export class NotFoundError extends DomainError {
  readonly status = 404 as const;
  constructor(message: string, code = 'not_found') {
    super(message, code);
  }
}

/** The command is not allowed in the aggregate's current state (approval before a draft): 409. */
export class InvalidStateError extends DomainError {
  readonly status = 409 as const;
  constructor(message: string, code = 'invalid_state') {
    super(message, code);
  }
}

/** The caller's expected revision is stale, or a creation collides with an existing id: 409. */
export class ConcurrencyError extends DomainError {
  readonly status = 409 as const;
  constructor(
    message: string,
    readonly expected?: unknown,
    readonly actual?: unknown,
  ) {
    super(message, 'concurrency_conflict');
  }
}

/** The caller's role may not do this: 403. */
export class ForbiddenError extends DomainError {
  readonly status = 403 as const;
  constructor(message: string, code = 'forbidden') {
    super(message, code);
  }
}

/** A backing service (event store, Redis) is unreachable: 503, so clients retry rather than give up. */
export class UnavailableError extends DomainError {
  readonly status = 503 as const;
  constructor(message: string, code = 'unavailable') {
    super(message, code);
  }
}

/** The request is larger than a backing service accepts (KurrentDB's maximum append size): 413. */
export class PayloadTooLargeError extends DomainError {
  readonly status = 413 as const;
  constructor(message: string, code = 'payload_too_large') {
    super(message, code);
  }
}
