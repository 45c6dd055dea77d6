import { NotFoundError } from '../errors/domain-errors';

/**
 * Stream ids are global, but a council sees only its own cases (issue 3: ids do not leak across
 * councils), so another council's stream is as good as missing: 404, never 403. When either side
 * is unknown (a scheduler command without a council, a stream recorded before councils were)
 * there is nothing to compare, and the command goes on.
 */
export function requireOwnCouncil(
  owner: string | undefined,
  caller: string | undefined,
  notFound: string,
): void {
  if (owner !== undefined && caller !== undefined && owner !== caller) throw new NotFoundError(notFound);
}
