import { Injectable } from '@nestjs/common';
import { EventStore } from '@app/event-store';
import { fold, NotFoundError } from '@app/kernel';
import { councilDecider } from '../council/council.decider';
import type { CouncilEvent } from '../council/council.events';
import type { CouncilState } from '../council/council.state';
import { councilStreamId } from '../shared/stream-ids';
import type { CouncilProfile } from './council-profile';

/**
 * The council as it is now, folded from its own stream on every call: always consistent with the
 * last write, and a council stream is small (appointments, elections, plans).
 */
@Injectable()
export class CouncilDirectory {
  constructor(private readonly store: EventStore) {}

  async get(councilId: string): Promise<CouncilProfile> {
    const { state } = await this.load(councilId);
    return toProfile(state);
  }

  /** The folded state and the stream revision (for views and `If-Match`). */
  async load(councilId: string): Promise<{ state: CouncilState; revision: number }> {
    const history = await this.store.readStream(councilStreamId(councilId));
    const state = fold(councilDecider, history as unknown as CouncilEvent[]);
    if (!state.exists) throw new NotFoundError(`council ${councilId} not found`);
    return { state, revision: history.length - 1 };
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
