import { describeEventStore } from './create-event-store';

describe('describeEventStore (issue 22: operators see where they are)', () => {
  it('names the store and the schema, never the password', () => {
    const postgres = describeEventStore({
      kind: 'postgres',
      databaseUrl: 'postgres://council:s3cret@db.internal:5432/council?sslmode=require',
      schema: 'council',
    });
    expect(postgres).toBe('postgres db.internal:5432/council schema council');
    expect(postgres).not.toContain('s3cret');
    expect(describeEventStore({ kind: 'embedded', dataDir: '/srv/council' })).toBe(
      'embedded at /srv/council/event-store',
    );
    expect(
      describeEventStore({
        kind: 'kurrentdb',
        kurrentdbUrl: 'kurrentdb://admin:changeit@kurrent:2113?tls=false',
        dataDir: '/srv/council',
      }),
    ).toBe('kurrentdb kurrent:2113, read models embedded');
  });
});
