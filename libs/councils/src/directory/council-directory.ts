import { Injectable } from '@nestjs/common';
import { CouncilOffices, type OfficeHolders } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { NotFoundError } from '@app/kernel';
import { councilDecider } from '../council/council.decider';
import { succeededRefusal, type CouncilState } from '../council/council.state';
import { councilStreamId } from '../common/stream-ids';
import type { CouncilProfile } from './council-profile';

interface Folded {
  state: CouncilState;
  /** The last revision folded into `state`; -1 before the stream's first event. */
  revision: number;
}

/**
 * The council as it is now, read through the executor's kept state: on every call it is brought
 * up to date with the events appended since (one read from the kept revision on), as consistent
 * with the last write as a full fold, in every process, without re-folding the stream, and one
 * copy serves both the write path and the readers. It is also the record the AccessGuard reads to
 * know who holds the chair, the seats and the secretariat now.
 */
@Injectable()
export class CouncilDirectory extends CouncilOffices {
  constructor(private readonly executor: CommandExecutor) {
    super();
  }

  async get(councilId: string): Promise<CouncilProfile> {
    const { state } = await this.load(councilId);
    return toProfile(state);
  }

  /** The folded state and the stream revision (for views and `If-Match`). */
  async load(councilId: string): Promise<{ state: CouncilState; revision: number }> {
    const folded = await this.current(councilId);
    if (!folded.state.exists) throw new NotFoundError(`council ${councilId} not found`);
    return { state: folded.state, revision: folded.revision };
  }

  async holders(councilId: string): Promise<OfficeHolders | undefined> {
    const { state } = await this.current(councilId);
    if (!state.exists) return undefined;
    return {
      ...(state.chairPersonId !== undefined && { chairPersonId: state.chairPersonId }),
      memberIds: state.members.map((m) => m.personId),
      secretaryIds: state.secretaries.map((s) => s.personId),
    };
  }

  override async writeRefusal(councilId: string, now: string): Promise<string | undefined> {
    const { state } = await this.current(councilId);
    return state.exists ? succeededRefusal(state, now) : undefined;
  }

  private async current(councilId: string): Promise<Folded> {
    return this.executor.stateOf(councilDecider, councilStreamId(councilId));
  }
}

export function toProfile(state: CouncilState): CouncilProfile {
  return {
    id: state.id,
    name: state.name,
    timeZone: state.timeZone,
    reminderOffsets: [...state.reminderOffsets],
    members: state.members.map((m) => ({ ...m })),
    ...(state.chairPersonId !== undefined && { chairPersonId: state.chairPersonId }),
    secretaries: state.secretaries.map((s) => ({ ...s })),
  };
}
