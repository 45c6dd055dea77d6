import { resolveAuthSecret, TokenService } from '@app/access';
import { DeadlineFollower } from '@app/scheduling';
import { withAppContext } from '../cli-context';

const USAGE = 'usage: deadlines reconcile [--url http://host:port]';

interface Reconciled {
  streams: number;
  added: number;
  removed: number;
  skipped: number;
  late: number;
}

/**
 * `npm run cli -- deadlines reconcile`: makes BullMQ's delayed jobs equal the deadlines the event
 * store implies (Redis is a cache of the event store), e.g. after Redis was flushed or restored
 * from an old backup. When a server answers at `--url` (default: this environment's PORT on
 * 127.0.0.1), the server does it (`POST /api/admin/deadlines/reconcile` with an admin token signed
 * here): the embedded store is one process's database, so the CLI cannot open it beside a running
 * server. Otherwise the CLI opens the store itself.
 */
export const deadlinesCommand = {
  async run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
    const [action, ...rest] = args;
    if (action !== 'reconcile') throw new Error(USAGE);
    const url = urlOption(rest) ?? `http://127.0.0.1:${env.PORT || 3000}`;
    const result =
      (await reconcileOnServer(url, env)) ??
      (await withAppContext(env, (app) => app.get(DeadlineFollower).reconcileAll()));
    console.log(
      `reconciled ${result.streams} streams: ${result.added} jobs added, ${result.removed} removed, ` +
        `${result.late} missed reminders sent late, ${result.skipped} reminders already past skipped`,
    );
  },
};

function urlOption(args: string[]): string | undefined {
  if (args.length === 0) return undefined;
  if (args.length === 2 && args[0] === '--url') return args[1];
  if (args.length === 1 && args[0].startsWith('--url=')) return args[0].slice('--url='.length);
  throw new Error(USAGE);
}

/** The server's answer, or undefined when nothing listens there. */
async function reconcileOnServer(base: string, env: NodeJS.ProcessEnv): Promise<Reconciled | undefined> {
  const secret = resolveAuthSecret({ authSecret: env.AUTH_SECRET, dataDir: env.DATA_DIR || 'data' });
  const token = new TokenService(secret).issue({ personId: 'cli', role: 'admin' }, { expiresIn: '5m' });
  let response: Response;
  try {
    response = await fetch(new URL('/api/admin/deadlines/reconcile', base), {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(10 * 60_000),
    });
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code === 'ECONNREFUSED') return undefined;
    throw error;
  }
  const body = (await response.json().catch(() => undefined)) as { result?: Reconciled } | undefined;
  if (!response.ok || !body?.result)
    throw new Error(`the server at ${base} answered ${response.status}: ${JSON.stringify(body)}`);
  return body.result;
}
