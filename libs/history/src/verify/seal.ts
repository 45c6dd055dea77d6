import { createPublicKey, sign, verify } from 'node:crypto';
import { publicKeyText, sealSigningKey, type HistoryKeyring } from '@app/event-store/aggregate/history-key';
import { canonicalJson } from '@app/kernel';
import type { LogState, StreamState } from './log-state';

export const SEAL_FORMAT = 'council-history-seal/1';

export interface SealedStream extends StreamState {
  streamId: string;
}

/**
 * A signed record of the log at one moment (issue 22): each stream's length and last hash, the
 * highest global position, and a digest over the global order. An evaluator keeps it outside
 * the system; `verify --seal` later shows whether the log still begins with what was sealed.
 */
export interface Seal {
  format: typeof SEAL_FORMAT;
  sealedAt: string;
  /** Which store was sealed (kind and schema; never a password). */
  store: string;
  position: number;
  events: number;
  orderDigest: string;
  streams: SealedStream[];
  /** Ed25519, derived from the history key; `fingerprint` is what an evaluator compares. */
  signer: { keyId: string; publicKey: string; fingerprint: string };
  signature: string;
}

export function makeSeal(state: LogState, keys: HistoryKeyring, meta: { store: string; now: Date }): Seal {
  const { privateKey, publicKey } = sealSigningKey(keys.current);
  const unsigned: Omit<Seal, 'signature'> = {
    format: SEAL_FORMAT,
    sealedAt: meta.now.toISOString(),
    store: meta.store,
    position: state.position,
    events: state.events,
    orderDigest: state.orderDigest,
    streams: [...state.streams.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([streamId, s]) => ({ streamId, ...s })),
    signer: { keyId: keys.current.id, ...publicKeyText(publicKey) },
  };
  const signature = sign(null, Buffer.from(canonicalJson(unsigned)), privateKey).toString('base64');
  return { ...unsigned, signature };
}

export type SealFindingKind = 'signature' | 'truncated' | 'rewritten' | 'moved' | 'inserted' | 'order';

export interface SealFinding {
  kind: SealFindingKind;
  streamId?: string;
  /** The revision the finding is about (the first missing one for a cut stream). */
  revision?: number;
  message: string;
}

export interface SealSignatureCheck {
  valid: boolean;
  fingerprint: string;
  /** Set when this installation's keys include the signer's: the seal was made here. */
  signedByKeyId?: string;
}

/** Parses a seal file; a file that is not one is refused with the reason. */
export function parseSeal(text: string): Seal {
  let value: Partial<Seal>;
  try {
    value = JSON.parse(text) as Partial<Seal>;
  } catch {
    throw new Error('the seal file is not JSON');
  }
  if (value?.format !== SEAL_FORMAT) throw new Error(`the seal file is not a ${SEAL_FORMAT} seal`);
  if (!Array.isArray(value.streams) || typeof value.signature !== 'string' || !value.signer?.publicKey) {
    throw new Error('the seal file lacks streams, signer or signature');
  }
  return value as Seal;
}

/**
 * The signature checks with the public key inside the seal, so it needs no secret; what makes it
 * trustworthy is comparing the fingerprint with the one the evaluator was given when the
 * installation was set up (printed by `verify --write-seal`, and here).
 */
export function checkSealSignature(seal: Seal, keys?: HistoryKeyring): SealSignatureCheck {
  const { signature, ...unsigned } = seal;
  let valid = false;
  let fingerprint = seal.signer.fingerprint;
  try {
    const publicKey = createPublicKey({
      key: Buffer.from(seal.signer.publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
    fingerprint = publicKeyText(publicKey).fingerprint;
    valid =
      fingerprint === seal.signer.fingerprint &&
      verify(null, Buffer.from(canonicalJson(unsigned)), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    valid = false;
  }
  const ours = keys?.keys.find((k) => publicKeyText(sealSigningKey(k).publicKey).fingerprint === fingerprint);
  return { valid, fingerprint, ...(ours && { signedByKeyId: ours.id }) };
}

/**
 * Compares the log as it stood at the seal's position with what the seal recorded. A stream cut
 * at its end, an event rewritten (its hash), an event moved in the global order (its stream's
 * positions), an event slipped in before the seal's position: each is named with its stream.
 */
export function compareWithSeal(seal: Seal, now: LogState): SealFinding[] {
  const findings: SealFinding[] = [];
  const sealed = new Map(seal.streams.map((s) => [s.streamId, s]));
  for (const s of seal.streams) {
    const c = now.streams.get(s.streamId);
    const length = c?.length ?? 0;
    if (length < s.length) {
      findings.push({
        kind: 'truncated',
        streamId: s.streamId,
        revision: length,
        message:
          `${s.streamId} had ${s.length} events when sealed and has ${length} now: ` +
          (s.length - length === 1
            ? `revision ${length} is missing`
            : `revisions ${length} to ${s.length - 1} are missing`),
      });
      continue;
    }
    if (length > s.length) {
      findings.push({
        kind: 'inserted',
        streamId: s.streamId,
        revision: s.length,
        message: `${s.streamId} has ${length} events at or before position ${seal.position}, ${s.length} when sealed: revision ${s.length} on were slipped in`,
      });
      continue;
    }
    if (c!.lastHash !== s.lastHash) {
      findings.push({
        kind: 'rewritten',
        streamId: s.streamId,
        revision: s.length - 1,
        message: `${s.streamId} revision ${s.length - 1} does not carry the hash it was sealed with: the stream was rewritten up to there`,
      });
      continue;
    }
    if (c!.positionsDigest !== s.positionsDigest) findings.push(moved(s, c!));
  }
  for (const [streamId, c] of now.streams) {
    if (sealed.has(streamId)) continue;
    findings.push({
      kind: 'inserted',
      streamId,
      revision: 0,
      message: `${streamId} has ${c.length} events at or before position ${seal.position} but was not in the seal: slipped in before the seal's position`,
    });
  }
  if (findings.length === 0 && (now.orderDigest !== seal.orderDigest || now.events !== seal.events)) {
    findings.push({
      kind: 'order',
      message: `the global order up to position ${seal.position} differs from the sealed one (${now.events} events now, ${seal.events} sealed)`,
    });
  }
  return findings;
}

/** Names the revision when it is the stream's first or last; otherwise the range it lies in. */
function moved(s: SealedStream, c: StreamState): SealFinding {
  const where =
    c.lastPosition !== s.lastPosition
      ? { revision: s.length - 1, was: s.lastPosition, is: c.lastPosition }
      : c.firstPosition !== s.firstPosition
        ? { revision: 0, was: s.firstPosition, is: c.firstPosition }
        : undefined;
  const base = { kind: 'moved' as const, streamId: s.streamId };
  if (where) {
    return {
      ...base,
      revision: where.revision,
      message: `${s.streamId} revision ${where.revision} was at global position ${where.was} when sealed and is at ${where.is} now: the global order was changed`,
    };
  }
  return {
    ...base,
    message: `${s.streamId}: an event between revision 1 and ${s.length - 2} is not at the global position it was sealed at: the global order was changed`,
  };
}
