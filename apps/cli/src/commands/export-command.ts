import { once } from 'node:events';
import { exportCouncil } from '@app/history';
import { processIo, withEventStore, type CliIo } from '../cli-context';

const USAGE = 'usage: export --council <id> > council.jsonl';

/**
 * `npm run cli -- export --council <id> > council.jsonl` (issue 7): every event of one council
 * with its metadata, one JSON object per line, in log order; the count goes to stderr so the
 * file stays clean.
 */
export const exportCommand = {
  summary: "export --council <id>: write the council's events as JSON lines to stdout",
  async run(args: string[], env: NodeJS.ProcessEnv, io: CliIo = processIo()): Promise<void> {
    const councilId = councilArg(args);
    const count = await withEventStore(env, (store) =>
      exportCouncil(store, councilId, async (line) => {
        if (!io.stdout.write(line)) await once(io.stdout, 'drain');
      }),
    );
    io.stderr.write(`exported ${count} events of council ${councilId}\n`);
  },
};

function councilArg(args: string[]): string {
  const [flag, value, ...rest] = args;
  const inline = flag?.startsWith('--council=') ? flag.slice('--council='.length) : undefined;
  const councilId = inline ?? (flag === '--council' ? value : undefined);
  if (
    !councilId ||
    councilId.startsWith('--') ||
    rest.length > 0 ||
    (inline !== undefined && value !== undefined)
  ) {
    throw new Error(USAGE);
  }
  return councilId;
}
