import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { countEvents } from '@app/history/replay/read-model-digest';
import { exportCouncil } from '@app/history/transfer/export-events';
import { processIo, progressPrinter, withEventStore, type CliIo } from '../cli-context';

const USAGE = 'usage: export --council <id> [--out council.jsonl]';

/**
 * `npm run cli -- export --council <id> --out council.jsonl` (issues 7 and 22): every event of
 * one council with its metadata, one JSON object per line, in log order, read in batches and
 * written as it goes (never the whole log in memory). With `--out` the lines go to a temporary
 * file beside it, renamed into place only when complete: an export that fails leaves no file
 * that looks whole. Without `--out` they go to stdout. Progress and the count go to stderr.
 */
export const exportCommand = {
  async run(args: string[], env: NodeJS.ProcessEnv, io: CliIo = processIo()): Promise<void> {
    const { councilId, out } = parseArgs(args);
    const target = out ? resolve(out) : undefined;
    const temporary = target ? `${target}.${process.pid}.partial` : undefined;
    const file = temporary ? createWriteStream(temporary, { flags: 'wx' }) : undefined;
    const sink: NodeJS.WritableStream = file ?? io.stdout;
    const progress = progressPrinter(io);
    try {
      const count = await withEventStore(
        env,
        async (store, { readModels }) => {
          const total = await countEvents(readModels);
          const started = performance.now();
          return exportCouncil(
            store,
            councilId,
            async (line) => {
              if (!sink.write(line)) await once(sink, 'drain');
            },
            {
              onBatch: (scanned) => {
                const perSecond = scanned / Math.max((performance.now() - started) / 1000, 1e-6);
                progress({
                  done: scanned,
                  ...(total !== undefined && {
                    total,
                    secondsLeft: Math.max(total - scanned, 0) / perSecond,
                  }),
                  perSecond,
                });
              },
            },
          );
        },
        'npm run cli -- export',
      );
      if (file && temporary && target) {
        await new Promise<void>((done, fail) => {
          file.once('error', fail);
          file.end(() => done());
        });
        renameSync(temporary, target);
      }
      io.stderr.write(
        `\nexported ${count} events of council ${councilId}${target ? ` into ${target}` : ''}\n`,
      );
    } catch (error) {
      if (file && temporary) {
        file.destroy();
        rmSync(temporary, { force: true });
      }
      throw error;
    }
  },
};

function parseArgs(args: string[]): { councilId: string; out?: string } {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s, 2);
    if (flag !== '--council' && flag !== '--out') throw new Error(USAGE);
    const value = inline ?? args[++i];
    if (!value || value.startsWith('--') || values[flag] !== undefined) throw new Error(USAGE);
    values[flag] = value;
  }
  if (!values['--council']) throw new Error(USAGE);
  return { councilId: values['--council'], ...(values['--out'] && { out: values['--out'] }) };
}
