import { Injectable } from '@nestjs/common';
import { InvalidInputError } from '@app/kernel';
import { EventStore, type StoredEvent } from '../port/event-store.port';

/**
 * Finds a council's case: the one place that knows which stream a case lives in and whether it
 * is the council's. A case of another council and a case that does not exist look the same from
 * here (nothing), so an id of another council tells nobody anything.
 */
@Injectable()
export class CaseLocator {
  constructor(private readonly store: EventStore) {}

  /** The case's events, or `[]` when the council has no such case. */
  async read(category: string, councilId: string, caseId: string): Promise<StoredEvent[]> {
    const events = await this.store.readStream(`${category}-${caseId}`);
    if (events.length === 0 || events[0].metadata.councilId !== councilId) return [];
    return events;
  }

  async exists(category: string, councilId: string, caseId: string): Promise<boolean> {
    return (await this.read(category, councilId, caseId)).length > 0;
  }

  /**
   * A link a command carries (an agenda item's case, a proposal's origin or overlap) must point at
   * a case of the same council: anything else is a 400 naming the field, the same words for a case
   * of another council and one that does not exist.
   */
  async requireLink(link: { category: string; label: string; id: string }, councilId: string, field: string) {
    if (!(await this.exists(link.category, councilId, link.id))) {
      throw new InvalidInputError(`${field}: this council has no ${link.label} ${link.id}`, field);
    }
  }
}
