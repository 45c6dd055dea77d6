import { loadConfig } from './app-config';

describe('loadConfig', () => {
  it('runs a fresh machine with no environment at all', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      eventStore: 'embedded',
      redisUrl: 'redis://127.0.0.1:6379',
      port: 3000,
      runWorkers: true,
      databaseSchema: 'council',
    });
    expect(config.dataDir).toMatch(/\/data$/);
  });
  it('says what a store needs when it is missing', () => {
    expect(() => loadConfig({ EVENT_STORE: 'postgres' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ EVENT_STORE: 'kurrentdb' })).toThrow(/KURRENTDB_URL/);
    expect(() => loadConfig({ EVENT_STORE: 'mongo' })).toThrow(/embedded, postgres, kurrentdb/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });
  it('takes an API-only process from RUN_WORKERS=false', () => {
    expect(loadConfig({ RUN_WORKERS: 'false' }).runWorkers).toBe(false);
  });
});
