import { NotFoundError, type Actor } from '@app/kernel';
import type { CaseStreamReader } from '../case/case-stream.reader';
import { citation, eventsAsOf, type TimeAxis } from './point-in-time';

export interface AsOfOptions {
  /** Epoch milliseconds. */
  at: number;
  time?: TimeAxis;
}

/**
 * A case as it stood at a moment (issue 7, part 2). By recorded time this is exactly a prefix of
 * the stream. By business time events keep their stream order but only those that had happened
 * by then count: input given at last week's meeting and recorded today is part of last week.
 */
export class CaseStateService {
  constructor(private readonly reader: CaseStreamReader) {}

  async asOf(
    councilId: string,
    kind: string,
    id: string,
    options: AsOfOptions,
    reader?: Actor,
  ): Promise<unknown> {
    const stream = await this.reader.read(councilId, kind, id);
    const asOf = { at: options.at, time: options.time ?? 'recorded' };
    const { definition } = stream;
    const upTo = eventsAsOf(stream.events, asOf);
    if (upTo.length === 0) {
      throw new NotFoundError(`${kind}/${id} did not exist yet at ${new Date(options.at).toISOString()}`);
    }
    const state = upTo.reduce((s, e) => definition.evolve(s, e), definition.initialState);
    // As the route's own read answers this reader (issue 17.3: a meeting's closed items).
    // The revision shown (the last event that counts, as the route's own read answers it and its
    // ETag) and the moment asked, so the answer can be cited and checked (issue 22).
    return {
      ...((reader && definition.viewForReader
        ? definition.viewForReader(definition.view(state, id), reader)
        : definition.view(state, id)) as object),
      revision: upTo[upTo.length - 1].revision,
      ...citation(asOf),
    };
  }
}
