import { durationToMs, isIsoDuration } from '@app/kernel';
import jwt from 'jsonwebtoken';
import { isAccessRole } from '../roles';
import { InvalidTokenError, type IssueTokenOptions, type Principal } from './token-claims';

const ALGORITHM = 'HS256';
const DEFAULT_EXPIRY = '30d';
/** Verified tokens remembered, so a request with a token seen before skips the HMAC and parse. */
const CACHE_SIZE = 10_000;

interface Claims {
  sub?: unknown;
  role?: unknown;
  council?: unknown;
  exp?: unknown;
}

/** Bearer tokens of issue 3: HS256, `sub` = person id, `role`, `council` (absent for an admin), `exp`. */
export class TokenService {
  private readonly verified = new Map<string, { principal: Principal; expiresAt: number }>();

  constructor(private readonly secret: string) {
    if (!secret) throw new Error('TokenService needs a non-empty secret');
  }

  issue(principal: Principal, options: IssueTokenOptions = {}): string {
    if (!isAccessRole(principal.role)) throw new Error(`unknown role "${String(principal.role)}"`);
    if (!principal.personId) throw new Error('a token needs a person id');
    if (principal.role !== 'admin' && !principal.councilId) {
      throw new Error(`a ${principal.role} token needs a council`);
    }
    const payload = { role: principal.role, ...(principal.councilId && { council: principal.councilId }) };
    return jwt.sign(payload, this.secret, {
      algorithm: ALGORITHM,
      subject: principal.personId,
      expiresIn: toExpiresIn(options.expiresIn ?? DEFAULT_EXPIRY),
    });
  }

  /** `issue` with the expiry as a plain argument; the role is checked at run time (kernel `Role` includes `system`). */
  sign(claims: { personId: string; role: string; councilId?: string }, expiresIn?: string): string {
    if (!isAccessRole(claims.role)) throw new Error(`unknown role "${claims.role}"`);
    return this.issue({ ...claims, role: claims.role }, { expiresIn });
  }

  /**
   * Throws InvalidTokenError for anything but a well-formed, correctly signed, unexpired token.
   * A token verified before is answered from memory until its own expiry: the same bytes under
   * the same secret always verify the same way, and only expiry changes that.
   */
  verify(token: string): Principal {
    const known = this.verified.get(token);
    if (known && Date.now() < known.expiresAt) return { ...known.principal };
    if (known) this.verified.delete(token);
    const { principal, expiresAt } = this.verifyAfresh(token);
    if (this.verified.size >= CACHE_SIZE) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, { principal, expiresAt });
    return { ...principal };
  }

  private verifyAfresh(token: string): { principal: Principal; expiresAt: number } {
    let claims: Claims;
    try {
      const decoded = jwt.verify(token, this.secret, { algorithms: [ALGORITHM] });
      if (typeof decoded === 'string') throw new InvalidTokenError('token payload is not an object');
      claims = decoded;
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      throw new InvalidTokenError(error instanceof Error ? error.message : 'invalid token');
    }
    // A token that never expires cannot be withdrawn; we never issue one, so we never accept one.
    if (typeof claims.exp !== 'number') throw new InvalidTokenError('token has no expiry');
    if (typeof claims.sub !== 'string' || !claims.sub) throw new InvalidTokenError('token has no subject');
    if (!isAccessRole(claims.role)) throw new InvalidTokenError('token has no valid role');
    if (claims.council !== undefined && (typeof claims.council !== 'string' || !claims.council)) {
      throw new InvalidTokenError('token council is not a string');
    }
    if (claims.role !== 'admin' && claims.council === undefined) {
      throw new InvalidTokenError(`a ${claims.role} token must name a council`);
    }
    return {
      principal: {
        personId: claims.sub,
        role: claims.role,
        ...(claims.council !== undefined && { councilId: claims.council }),
      },
      expiresAt: claims.exp * 1000,
    };
  }
}

/** jsonwebtoken takes `30d`/`12h`/seconds; ISO 8601 durations (as the rest of the product uses) become seconds. */
function toExpiresIn(expiresIn: string): number | jwt.SignOptions['expiresIn'] {
  if (isIsoDuration(expiresIn)) return Math.floor(durationToMs(expiresIn) / 1000);
  if (/^\d+$/.test(expiresIn)) return Number(expiresIn);
  if (/^\d+\s*(ms|s|m|h|d|w|y)$/i.test(expiresIn)) return expiresIn as jwt.SignOptions['expiresIn'];
  throw new Error(`expiry must look like 30d, 12h, 3600 or P30D, got "${expiresIn}"`);
}
