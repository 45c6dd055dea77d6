/**
 * The one place stream ids are made and read. A council's stream is `council-<councilId>`; every
 * case lives inside a council, so its stream is `<category>-<councilId>~<caseId>`: the same case id
 * in two councils is two cases, and nothing about one council's cases can be learned from the
 * other's. `~` is never part of an id, so the split is unambiguous. Streams written before the
 * namespace, `<category>-<caseId>`, are read as they are (events are immutable, and each event's
 * chain hash covers its stream id); `CaseLocator` decides which of the two a case lives in.
 */

export const COUNCIL_CATEGORY = 'council';
/** Between the council and the case in a case's stream id. */
export const COUNCIL_CASE_SEPARATOR = '~';

export function councilStreamId(councilId: string): string {
  return `${COUNCIL_CATEGORY}-${councilId}`;
}

export function caseStreamId(category: string, councilId: string, caseId: string): string {
  return `${category}-${councilId}${COUNCIL_CASE_SEPARATOR}${caseId}`;
}

/** A case's stream as written before councils had their own namespace. */
export function legacyCaseStreamId(category: string, caseId: string): string {
  return `${category}-${caseId}`;
}

export interface ParsedStreamId {
  category: string;
  /** The council's id: named by a namespaced case stream or a council stream; absent in a legacy one. */
  councilId?: string;
  /** The case's id within its council (the council's own id for a council stream). */
  id: string;
}

/** `hearing-c1~h1` -> hearing h1 of c1; `hearing-h1` (legacy) -> hearing h1; `council-c1` -> c1. */
export function parseStreamId(streamId: string): ParsedStreamId {
  const dash = streamId.indexOf('-');
  if (dash === -1) return { category: streamId, id: '' };
  const category = streamId.slice(0, dash);
  const rest = streamId.slice(dash + 1);
  if (category === COUNCIL_CATEGORY) return { category, councilId: rest, id: rest };
  const tilde = rest.indexOf(COUNCIL_CASE_SEPARATOR);
  if (tilde === -1) return { category, id: rest };
  return { category, councilId: rest.slice(0, tilde), id: rest.slice(tilde + 1) };
}
