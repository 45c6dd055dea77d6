import {
  createHash,
  createPrivateKey,
  createPublicKey,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HISTORY_KEY_FILE = 'history-key';

/** One secret of the keyring. `id` names it in events and seals; it reveals nothing of the secret. */
export interface HistoryKey {
  id: string;
  secret: Buffer;
}

export function historyKeyOf(secret: string): HistoryKey {
  const bytes = Buffer.from(secret.trim(), 'utf8');
  const id = createHash('sha256').update('council-history-key-id\n').update(bytes).digest('hex').slice(0, 16);
  return { id, secret: bytes };
}

/**
 * Every history key this installation has used, the current one last. Old keys stay so events
 * hashed under them still verify after a rotation. Held in memory only; never in the event store.
 */
export class HistoryKeyring {
  readonly current: HistoryKey;
  private readonly byId: Map<string, HistoryKey>;

  constructor(readonly keys: readonly HistoryKey[]) {
    if (keys.length === 0) throw new Error('a history keyring needs at least one key');
    this.current = keys[keys.length - 1];
    this.byId = new Map(keys.map((k) => [k.id, k]));
  }

  static fromSecrets(secrets: readonly string[]): HistoryKeyring {
    return new HistoryKeyring(
      secrets
        .map((s) => s.trim())
        .filter(Boolean)
        .map(historyKeyOf),
    );
  }

  /** A key for a process without DATA_DIR (in-memory stores in tests): gone with the process. */
  static ephemeral(): HistoryKeyring {
    return HistoryKeyring.fromSecrets([randomBytes(32).toString('base64url')]);
  }

  get(id: string): HistoryKey | undefined {
    return this.byId.get(id);
  }
}

/** Secrets from a HISTORY_KEY value or the key file: one per line (or comma), the current one last. */
function splitSecrets(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
}

function readKeyFile(path: string): string[] | undefined {
  try {
    const secrets = splitSecrets(readFileSync(path, 'utf8'));
    return secrets.length > 0 ? secrets : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * HISTORY_KEY when set; else DATA_DIR/history-key, generated on the first run the way the token
 * secret is (created exclusively, mode 0600, so two processes starting together share one key).
 * `create: false` (verify) reads an existing key only: checking must never invent one.
 */
export function resolveHistoryKeys(options: {
  historyKey?: string;
  dataDir?: string;
  create?: boolean;
}): HistoryKeyring | undefined {
  const given = options.historyKey ? splitSecrets(options.historyKey) : [];
  if (given.length > 0) return HistoryKeyring.fromSecrets(given);
  if (options.dataDir === undefined) return options.create === false ? undefined : HistoryKeyring.ephemeral();
  const path = join(options.dataDir, HISTORY_KEY_FILE);
  const existing = readKeyFile(path);
  if (existing) return HistoryKeyring.fromSecrets(existing);
  if (options.create === false) return undefined;
  mkdirSync(options.dataDir, { recursive: true });
  try {
    writeFileSync(path, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const created = readKeyFile(path);
  if (!created) throw new Error(`${path} is empty; delete it or set HISTORY_KEY`);
  return HistoryKeyring.fromSecrets(created);
}

/** As resolveHistoryKeys, for a process that writes: there is always a key (made if need be). */
export function historyKeysForWriting(options: { historyKey?: string; dataDir?: string }): HistoryKeyring {
  const keys = resolveHistoryKeys({ ...options, create: true });
  if (!keys) throw new Error('no history key could be read or made');
  return keys;
}

/** PKCS#8 DER prefix of an Ed25519 private key; the 32-byte seed follows (RFC 8410). */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * The Ed25519 key that signs seals, derived from a history key (HKDF), so there is no second
 * secret to keep: whoever holds the history key can sign, anyone can check with the public key.
 */
export function sealSigningKey(key: HistoryKey): { privateKey: KeyObject; publicKey: KeyObject } {
  const seed = Buffer.from(hkdfSync('sha256', key.secret, Buffer.alloc(0), 'council-seal-signing-key', 32));
  const privateKey = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** The public key as printed in seals (base64 of its SPKI DER) and its short fingerprint. */
export function publicKeyText(publicKey: KeyObject): { publicKey: string; fingerprint: string } {
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return {
    publicKey: der.toString('base64'),
    fingerprint: createHash('sha256').update(der).digest('hex').slice(0, 32),
  };
}
