import type { AccessRole } from '../roles';

/** Who a verified bearer token speaks for. `councilId` is absent only for an admin. */
export interface Principal {
  personId: string;
  role: AccessRole;
  councilId?: string;
}

export interface IssueTokenOptions {
  /** A jsonwebtoken span (`30d`, `12h`, `3600`) or an ISO 8601 duration (`P30D`). Default 30 days. */
  expiresIn?: string;
}

/** A token that is missing, malformed, badly signed, expired or carries impossible claims. */
export class InvalidTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTokenError';
  }
}
