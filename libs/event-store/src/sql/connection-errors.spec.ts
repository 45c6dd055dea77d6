import { UnavailableError } from '@app/kernel';
import { Client } from 'pg';
import { isConnectionFailure, toUnavailable } from './connection-errors';

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

describe('which store failures are a 503', () => {
  it('counts network errors, connection exceptions, shutdowns, full connection slots and timeouts', () => {
    for (const code of ['ECONNREFUSED', 'ECONNRESET', '08006', '57P01', '57P03', '53300'])
      expect({ code, failure: isConnectionFailure({ code }) }).toEqual({ code, failure: true });
    expect(isConnectionFailure(new Error('Query read timeout'))).toBe(true);
    expect(isConnectionFailure(new Error('timeout exceeded when trying to connect'))).toBe(true);
  });

  it('leaves real errors alone: a constraint, a syntax error, a deadlock', () => {
    for (const code of ['23505', '42601', '40P01'])
      expect({ code, failure: isConnectionFailure({ code }) }).toEqual({ code, failure: false });
    const error = new Error('boom');
    expect(toUnavailable(error, 'PostgreSQL')).toBe(error);
  });

  it('maps PostgreSQL’s own refusal when every connection slot is taken', async () => {
    // A role limited to one connection is refused a second with the SQLSTATE a full server gives
    // (53300), so the real server says "too many connections" without filling it for everyone.
    const admin = new Client({ connectionString: DATABASE_URL });
    await admin.connect();
    const role = `full_${process.pid}`;
    try {
      await admin.query(`CREATE ROLE ${role} LOGIN CONNECTION LIMIT 1`);
      const url = new URL(DATABASE_URL);
      url.username = role;
      const first = new Client({ connectionString: url.toString() });
      await first.connect();
      const second = new Client({ connectionString: url.toString() });
      const refused = await second.connect().then(
        () => undefined,
        (error: unknown) => error,
      );
      await first.end();
      await second.end().catch(() => undefined);
      expect((refused as { code?: string }).code).toBe('53300');
      expect(toUnavailable(refused, 'PostgreSQL')).toBeInstanceOf(UnavailableError);
    } finally {
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.end();
    }
  });
});
