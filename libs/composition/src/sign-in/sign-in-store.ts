import { createHash, randomBytes } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ReadModelSql, setUpSchema } from '@app/event-store';
import type { Principal } from '@app/access';

/** A fresh secret for a link or a session: 256 random bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this digest is stored: a copy of the tables signs nobody in. */
export function digestOf(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

type Place = Pick<Principal, 'personId' | 'role' | 'councilId'>;

interface PlaceRow {
  person_id: string;
  role: Principal['role'];
  council_id: string | null;
}

const toPrincipal = (row: PlaceRow): Principal => ({
  personId: row.person_id,
  role: row.role,
  ...(row.council_id !== null && { councilId: row.council_id }),
});

export type Redemption = { principal: Principal } | { refused: 'unknown' | 'used' | 'expired' };

/**
 * Links and sessions in two tables of the read-model database (not events: they are secrets with
 * a short life, not the council's history, and a session must end for good). Rows are keyed by
 * the SHA-256 of the secret. Setting `used_at` with `WHERE used_at IS NULL` is what makes a link
 * single-use: of two requests racing with one link, one row update wins.
 */
@Injectable()
export class SignInStore implements OnModuleInit {
  constructor(private readonly sql: ReadModelSql) {}

  async onModuleInit(): Promise<void> {
    await setUpSchema(this.sql, async (tx) => {
      await tx.query(`CREATE TABLE IF NOT EXISTS sign_in_links (
        digest      text        PRIMARY KEY,
        person_id   text        NOT NULL,
        role        text        NOT NULL,
        council_id  text,
        expires_at  timestamptz NOT NULL,
        used_at     timestamptz
      )`);
      await tx.query(`CREATE TABLE IF NOT EXISTS sign_in_sessions (
        digest      text        PRIMARY KEY,
        person_id   text        NOT NULL,
        role        text        NOT NULL,
        council_id  text,
        started_at  timestamptz NOT NULL,
        expires_at  timestamptz NOT NULL,
        ended_at    timestamptz
      )`);
      // An OpenID Connect sign-in under way: keyed by the digest of the browser's binding cookie,
      // so a callback counts only in the browser that started it, and only once.
      await tx.query(`CREATE TABLE IF NOT EXISTS sign_in_oidc_flows (
        digest         text        PRIMARY KEY,
        state          text        NOT NULL,
        nonce          text        NOT NULL,
        code_verifier  text        NOT NULL,
        expires_at     timestamptz NOT NULL,
        used_at        timestamptz
      )`);
    });
  }

  async createLink(place: Place, now: Date, ttlMs: number): Promise<string> {
    const secret = newSecret();
    await this.sql.query(
      `INSERT INTO sign_in_links (digest, person_id, role, council_id, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [
        digestOf(secret),
        place.personId,
        place.role,
        place.councilId ?? null,
        new Date(now.getTime() + ttlMs).toISOString(),
      ],
    );
    return secret;
  }

  async redeemLink(secret: string, now: Date): Promise<Redemption> {
    const digest = digestOf(secret);
    const { rows } = await this.sql.query<PlaceRow>(
      `UPDATE sign_in_links SET used_at = $2 WHERE digest = $1 AND used_at IS NULL AND expires_at > $2
       RETURNING person_id, role, council_id`,
      [digest, now.toISOString()],
    );
    if (rows[0]) return { principal: toPrincipal(rows[0]) };
    const { rows: known } = await this.sql.query<{ used_at: unknown }>(
      'SELECT used_at FROM sign_in_links WHERE digest = $1',
      [digest],
    );
    if (!known[0]) return { refused: 'unknown' };
    return { refused: known[0].used_at !== null ? 'used' : 'expired' };
  }

  async startSession(principal: Principal, now: Date, ttlMs: number): Promise<string> {
    const secret = newSecret();
    await this.sql.query(
      `INSERT INTO sign_in_sessions (digest, person_id, role, council_id, started_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        digestOf(secret),
        principal.personId,
        principal.role,
        principal.councilId ?? null,
        now.toISOString(),
        new Date(now.getTime() + ttlMs).toISOString(),
      ],
    );
    return secret;
  }

  /**
   * Deletes the links, sessions and OpenID Connect flows that ended more than `keepMs` ago (their
   * expiry, or for a session also its sign-out). They sign nobody in any more; a day of them is kept,
   * so "already used" can still be told from "not known" for a link followed late.
   */
  async prune(now: Date, keepMs: number): Promise<{ links: number; sessions: number; flows: number }> {
    const before = new Date(now.getTime() - keepMs).toISOString();
    const count = async (sql: string) => (await this.sql.query(sql, [before])).rows.length;
    return {
      links: await count('DELETE FROM sign_in_links WHERE expires_at < $1 RETURNING 1'),
      sessions: await count(
        'DELETE FROM sign_in_sessions WHERE expires_at < $1 OR ended_at < $1 RETURNING 1',
      ),
      flows: await count('DELETE FROM sign_in_oidc_flows WHERE expires_at < $1 RETURNING 1'),
    };
  }

  async sessionOf(secret: string, now: Date): Promise<Principal | undefined> {
    const { rows } = await this.sql.query<PlaceRow>(
      `SELECT person_id, role, council_id FROM sign_in_sessions
        WHERE digest = $1 AND ended_at IS NULL AND expires_at > $2`,
      [digestOf(secret), now.toISOString()],
    );
    return rows[0] && toPrincipal(rows[0]);
  }

  async endSession(secret: string, now: Date): Promise<void> {
    await this.sql.query('UPDATE sign_in_sessions SET ended_at = $2 WHERE digest = $1 AND ended_at IS NULL', [
      digestOf(secret),
      now.toISOString(),
    ]);
  }

  /** Live sessions of one person in one council, oldest first; `current` marks the caller's own. */
  async liveSessions(
    person: Pick<Principal, 'personId' | 'councilId'>,
    now: Date,
    currentSecret?: string,
  ): Promise<{ role: string; startedAt: string; expiresAt: string; current: boolean }[]> {
    const { rows } = await this.sql.query<{
      digest: string;
      role: string;
      started_at: Date;
      expires_at: Date;
    }>(
      `SELECT digest, role, started_at, expires_at FROM sign_in_sessions
        WHERE person_id = $1 AND council_id IS NOT DISTINCT FROM $2 AND ended_at IS NULL AND expires_at > $3
        ORDER BY started_at`,
      [person.personId, person.councilId ?? null, now.toISOString()],
    );
    const current = currentSecret && digestOf(currentSecret);
    return rows.map((r) => ({
      role: r.role,
      startedAt: new Date(r.started_at).toISOString(),
      expiresAt: new Date(r.expires_at).toISOString(),
      current: r.digest === current,
    }));
  }

  async endAll(person: Pick<Principal, 'personId' | 'councilId'>, now: Date): Promise<number> {
    const { rows } = await this.sql.query(
      `UPDATE sign_in_sessions SET ended_at = $3
        WHERE person_id = $1 AND council_id IS NOT DISTINCT FROM $2 AND ended_at IS NULL
        RETURNING 1`,
      [person.personId, person.councilId ?? null, now.toISOString()],
    );
    return rows.length;
  }

  /** Records a flow the browser holding `binding` started; it can be finished once, before `ttlMs`. */
  async startOidcFlow(binding: string, flow: OidcFlow, now: Date, ttlMs: number): Promise<void> {
    await this.sql.query(
      `INSERT INTO sign_in_oidc_flows (digest, state, nonce, code_verifier, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [
        digestOf(binding),
        flow.state,
        flow.nonce,
        flow.codeVerifier,
        new Date(now.getTime() + ttlMs).toISOString(),
      ],
    );
  }

  /** The flow of this binding, marked used: a second callback with the same cookie finds nothing. */
  async takeOidcFlow(binding: string, now: Date): Promise<OidcFlow | undefined> {
    const { rows } = await this.sql.query<{ state: string; nonce: string; code_verifier: string }>(
      `UPDATE sign_in_oidc_flows SET used_at = $2 WHERE digest = $1 AND used_at IS NULL AND expires_at > $2
       RETURNING state, nonce, code_verifier`,
      [digestOf(binding), now.toISOString()],
    );
    return rows[0] && { state: rows[0].state, nonce: rows[0].nonce, codeVerifier: rows[0].code_verifier };
  }
}

/** What the callback checks the provider's answer against: state, nonce and the PKCE verifier. */
export interface OidcFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
}
