import { PassThrough, Readable } from 'node:stream';
import { TEST_DATABASE_URL } from '@app/event-store/testing/postgres-test-schema';

interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Runs a CLI command as `npm run cli` would, with stdin given and stdout/stderr captured. */
export async function runCli(
  command: { run(args: string[], env: NodeJS.ProcessEnv, io?: Io): Promise<void> },
  args: string[],
  env: NodeJS.ProcessEnv,
  stdin = '',
): Promise<{ stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  stdout.on('data', (c: Buffer) => chunks.stdout.push(c));
  stderr.on('data', (c: Buffer) => chunks.stderr.push(c));
  await command.run(args, env, { stdin: Readable.from([stdin]), stdout, stderr });
  return { stdout: Buffer.concat(chunks.stdout).toString(), stderr: Buffer.concat(chunks.stderr).toString() };
}

/** The environment of a CLI run against a PostgreSQL schema (and Redis prefix) of the suite's own. */
export function cliEnv(schema: string, dataDir: string): NodeJS.ProcessEnv {
  return {
    EVENT_STORE: 'postgres',
    DATABASE_URL: TEST_DATABASE_URL,
    DATABASE_SCHEMA: schema,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: schema,
    DATA_DIR: dataDir,
    AUTH_SECRET: 'cli-spec-secret',
    // The key the fixtures hash with (history-test-store), as an installation's own key.
    HISTORY_KEY: 'history-test-key-1',
    LOG_LEVEL: 'silent',
  };
}
