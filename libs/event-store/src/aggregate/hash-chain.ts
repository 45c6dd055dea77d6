import { createHash } from 'node:crypto';

/**
 * Tamper evidence: each event's hash covers its content and the previous event's hash in the
 * same stream, so changing any stored event breaks the chain from that event on.
 */
export interface HashedContent {
  streamId: string;
  revision: number;
  id: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function eventHash(previousHash: string | undefined, content: HashedContent): string {
  const { hash: _hash, ...metadata } = content.metadata;
  return createHash('sha256')
    .update(previousHash ?? '')
    .update('\n')
    .update(canonicalJson({ ...content, metadata }))
    .digest('hex');
}
