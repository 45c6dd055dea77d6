import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
// Direct paths, not the barrels: `verify --no-read-models` never loads Nest (issue 22).
import {
  historyKeysForWriting,
  resolveHistoryKeys,
  type HistoryKeyring,
} from '@app/event-store/aggregate/history-key';
import type { EventStoreConnections } from '@app/event-store/config/create-event-store';
import { EventStore } from '@app/event-store/port/event-store.port';
import { PgliteSqlClient } from '@app/event-store/sql/pglite-sql-client';
import { ReadModelSql } from '@app/event-store/sql/sql-client';
import type { SqlLike } from '@app/history/registry/history-projection';
import { countEvents } from '@app/history/replay/read-model-digest';
import {
  checkSealSignature,
  compareWithSeal,
  makeSeal,
  parseSeal,
  type Seal,
} from '@app/history/verify/seal';
import {
  describeChainBreak,
  verifyHashChains,
  type VerifyResult,
} from '@app/history/verify/verify-hash-chains';
import { verifyReadModels, type ReadModelCheck } from '@app/history/verify/verify-read-models';
import { writeFileAtomically } from '@app/history/verify/write-seal-file';
import { loadConfig } from '@app/composition/config/app-config';
import { processIo, progressPrinter, withAppContext, withEventStore, type CliIo } from '../cli-context';

/** Breaks named one by one before the rest are only counted. */
const SHOWN = 20;

const USAGE = 'usage: verify [--seal FILE [--signer FINGERPRINT]] [--write-seal FILE] [--no-read-models]';

interface VerifyArgs {
  seal?: string;
  signer?: string;
  writeSeal?: string;
  readModels: boolean;
}

function parseArgs(args: string[]): VerifyArgs {
  const out: VerifyArgs = { readModels: true };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? args[++i];
      if (!v || v.startsWith('--')) throw new Error(USAGE);
      return v;
    };
    if (flag === '--seal') out.seal = value();
    else if (flag === '--signer') out.signer = value();
    else if (flag === '--write-seal') out.writeSeal = value();
    else if (flag === '--no-read-models' && inline === undefined) out.readModels = false;
    else throw new Error(USAGE);
  }
  if (out.signer && !out.seal) throw new Error(USAGE);
  return out;
}

interface Checked {
  result: VerifyResult;
  readModels?: ReadModelCheck;
  label: string;
}

/**
 * `npm run cli -- verify` (issues 7 and 22): walks the whole log and names every event whose
 * keyed hash chain breaks, whose position or recording time is out of order; rebuilds the read
 * models in memory and names any table that differs from the live one; with `--seal FILE`, checks
 * a seal kept earlier (its signature, and that the log still begins with what it sealed); with
 * `--write-seal FILE`, writes a new one. Exits 1 when anything does not hold.
 */
export const verifyCommand = {
  async run(args: string[], env: NodeJS.ProcessEnv, io: CliIo = processIo()): Promise<void> {
    const options = parseArgs(args);
    const config = loadConfig(env);
    // Checking never invents a key: without one, keyed hashes are reported as not checked. Sealing
    // signs, so it makes the key a first server start would make (a log from before the key).
    let keys = resolveHistoryKeys({ historyKey: config.historyKey, dataDir: config.dataDir, create: false });
    if (options.writeSeal && !keys) {
      keys = historyKeysForWriting({ historyKey: config.historyKey, dataDir: config.dataDir });
      io.stderr.write(
        `no history key yet: made one in ${config.dataDir}/history-key (keep it with AUTH_SECRET)\n`,
      );
    }
    const seal = options.seal ? readSeal(options.seal) : undefined;
    // A progress line like replay's: the count, the rate, and the time left where the log is SQL.
    const walk = async (store: EventStore, sql: SqlLike) => {
      const total = await countEvents(sql);
      const progress = progressPrinter(io);
      const started = performance.now();
      return verifyHashChains(store, {
        keys,
        sealPosition: seal?.position,
        onBatch: (done) => {
          const perSecond = done / Math.max((performance.now() - started) / 1000, 1e-6);
          progress({
            done,
            perSecond,
            ...(total !== undefined && { total, secondsLeft: Math.max(total - done, 0) / perSecond }),
          });
        },
      });
    };
    const checked: Checked = options.readModels
      ? await withAppContext(
          env,
          async (app) => {
            const { projectionsOf, stopProjectionRunner } = await import('../app-projections');
            await stopProjectionRunner(app);
            const store = app.get(EventStore);
            const result = await walk(store, app.get(ReadModelSql) as SqlLike);
            io.stderr.write('\n');
            const scratch = await PgliteSqlClient.open();
            try {
              const readModels = await verifyReadModels({
                store,
                live: app.get(ReadModelSql) as SqlLike,
                scratch,
                projections: projectionsOf(app),
                onProgress: progressPrinter(io),
              });
              return { result, readModels, label: await storeLabel(app) };
            } finally {
              await scratch.close();
            }
          },
          'npm run cli -- verify',
        )
      : await withEventStore(
          env,
          async (store, { label, readModels }) => ({ result: await walk(store, readModels), label }),
          'npm run cli -- verify',
        );
    io.stderr.write('\n');

    const problems = [
      ...reportChain(checked.result, keys, io),
      ...(checked.readModels ? reportReadModels(checked.readModels, io) : []),
      ...(seal ? reportSeal(options.seal!, seal, checked.result, keys, options.signer, io) : []),
    ];
    if (options.writeSeal) {
      if (problems.length > 0) {
        io.stdout.write(`not sealed: a seal would vouch for a log that does not hold\n`);
      } else {
        const written = makeSeal(checked.result.state, keys!, { store: checked.label, now: new Date() });
        writeFileAtomically(resolve(options.writeSeal), `${JSON.stringify(written, null, 2)}\n`);
        io.stdout.write(
          `sealed ${written.events} events in ${written.streams.length} streams up to position ${written.position} ` +
            `into ${options.writeSeal}; signer fingerprint ${written.signer.fingerprint}\n`,
        );
      }
    }
    if (problems.length > 0) throw new Error(problems.join('; '));
  },
};

async function storeLabel(app: INestApplicationContext): Promise<string> {
  const { EVENT_STORE_CONNECTIONS } = await import('@app/event-store/nest/event-store.module');
  return app.get<EventStoreConnections>(EVENT_STORE_CONNECTIONS).label;
}

function readSeal(path: string): Seal {
  try {
    return parseSeal(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function reportChain(result: VerifyResult, keys: HistoryKeyring | undefined, io: CliIo): string[] {
  if (result.breaks.length === 0) {
    io.stdout.write(`hash chain intact: ${result.events} events in ${result.streams} streams\n`);
  } else {
    // The first ones name what to look at; a whole unhashed log would otherwise print every event.
    for (const b of result.breaks.slice(0, SHOWN)) io.stdout.write(`BROKEN ${describeChainBreak(b)}\n`);
    if (result.breaks.length > SHOWN) io.stdout.write(`… and ${result.breaks.length - SHOWN} more\n`);
  }
  io.stdout.write(
    `  ${result.keyed} keyed (HMAC-SHA256${keys ? `, keys ${keys.keys.map((k) => k.id).join(', ')}` : ''}), ` +
      `${result.legacy} legacy (plain sha256, recorded before the history key)\n`,
  );
  if (result.unchecked > 0) {
    io.stdout.write(
      `  ${result.unchecked} keyed events NOT checked: no history key here (HISTORY_KEY or DATA_DIR/history-key); a seal still shows whether the log was cut, reordered or rewritten\n`,
    );
  }
  if (result.unanchoredStreams > 0) {
    io.stdout.write(
      `  ${result.unanchoredStreams} streams hold only legacy events: no keyed event vouches for them; a seal does from now on\n`,
    );
  }
  return result.breaks.length === 0
    ? []
    : [
        `${result.breaks.length} of ${result.events} events break the hash chain; the first: ${describeChainBreak(result.breaks[0])}`,
      ];
}

function reportReadModels(check: ReadModelCheck, io: CliIo): string[] {
  const where = check.position === undefined ? 'the whole log' : `position ${check.position}`;
  if (check.uneven) {
    io.stdout.write(
      `  read models stand at positions ${check.uneven.from} to ${check.uneven.to}: each compared with a rebuild up to its own position\n`,
    );
  }
  if (check.differing.length === 0) {
    io.stdout.write(
      `read models match the log (${check.tables.map((t) => t.table).join(', ')}) at ${where}\n`,
    );
    return [];
  }
  for (const table of check.differing) {
    const t = check.tables.find((c) => c.table === table)!;
    io.stdout.write(
      `READ MODEL ${table} differs from a rebuild from the log at ${where}: ` +
        `${t.live ? `${t.live.rows} rows live` : 'missing live'}, ${t.rebuilt.rows} rebuilt; run replay to rebuild it\n`,
    );
  }
  return [`read models differ from the log: ${check.differing.join(', ')}`];
}

function reportSeal(
  path: string,
  seal: Seal,
  result: VerifyResult,
  keys: HistoryKeyring | undefined,
  signer: string | undefined,
  io: CliIo,
): string[] {
  const problems: string[] = [];
  const signature = checkSealSignature(seal, keys);
  if (!signature.valid) {
    io.stdout.write(`SEAL ${path}: the signature does not hold: the seal was changed after it was signed\n`);
    problems.push(`the seal ${path} was changed after it was signed`);
  } else if (signer && !signature.fingerprint.startsWith(signer.toLowerCase())) {
    io.stdout.write(`SEAL ${path}: signed by ${signature.fingerprint}, not by ${signer}\n`);
    problems.push(`the seal ${path} was signed by another key`);
  } else {
    const whose = signature.signedByKeyId
      ? `this installation's key ${signature.signedByKeyId}`
      : 'a key this installation does not hold: compare the fingerprint with the one you were given';
    io.stdout.write(
      `seal ${path}: signature valid, signer fingerprint ${signature.fingerprint} (${whose})\n`,
    );
  }
  const findings = compareWithSeal(seal, result.stateAtSeal!);
  for (const f of findings) io.stdout.write(`SEAL ${f.message}\n`);
  if (findings.length === 0) {
    io.stdout.write(
      `seal ${path}: the log still begins with the ${seal.events} events in ${seal.streams.length} streams sealed at ${seal.sealedAt} (up to position ${seal.position})\n`,
    );
  } else {
    problems.push(`the log no longer matches the seal ${path}: ${findings[0].message}`);
  }
  return problems;
}
