import { Injectable } from '@nestjs/common';
import type { Principal } from '@app/access';
import { CouncilDirectory, type CouncilProfile } from '@app/councils';
import { ReadModelSql } from '@app/event-store';
import { allCouncilIds } from './council-ids.projection';

/** A place someone holds in a council's record, as a link and a session carry it. */
export interface HeldPlace {
  principal: Principal & { councilId: string };
  name: string;
  councilName: string;
}

/** Addresses are compared as people type them: case and surrounding space do not count. */
export function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The places in a council's record now held by that address. The record knows members (the
 * chair among them) and secretaries with their addresses; it has no place for evaluators or
 * admins, so those keep signing in with a token from the CLI.
 */
export function placesIn(council: CouncilProfile, email: string): HeldPlace[] {
  const places: HeldPlace[] = [];
  const at = (personId: string, role: Principal['role'], name: string): HeldPlace => ({
    principal: { personId, role, councilId: council.id },
    name,
    councilName: council.name,
  });
  for (const member of council.members) {
    if (!sameAddress(member.email, email)) continue;
    places.push(
      at(member.personId, council.chairPersonId === member.personId ? 'chair' : 'member', member.name),
    );
  }
  for (const secretary of council.secretaries) {
    if (secretary.email && sameAddress(secretary.email, email)) {
      places.push(at(secretary.personId, 'secretary', secretary.name ?? secretary.personId));
    }
  }
  return places;
}

@Injectable()
export class PlacesByAddress {
  constructor(
    private readonly sql: ReadModelSql,
    private readonly councils: CouncilDirectory,
  ) {}

  async of(email: string): Promise<HeldPlace[]> {
    const ids = await allCouncilIds(this.sql);
    const places: HeldPlace[] = [];
    for (const id of ids) places.push(...placesIn(await this.councils.get(id), email));
    return places;
  }
}
