import { createHash } from 'node:crypto';
import { canonicalJson } from '@app/kernel';

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

export function eventHash(previousHash: string | undefined, content: HashedContent): string {
  const { hash: _hash, ...metadata } = content.metadata;
  return createHash('sha256')
    .update(previousHash ?? '')
    .update('\n')
    .update(canonicalJson({ ...content, metadata }))
    .digest('hex');
}
