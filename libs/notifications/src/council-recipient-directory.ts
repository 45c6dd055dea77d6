import { Injectable } from '@nestjs/common';
import { CouncilDirectory } from '@app/councils';
import { RecipientDirectory } from './recipient-directory';

/** Addresses from the council as it is now: members and secretaries (CouncilProfile). */
@Injectable()
export class CouncilRecipientDirectory extends RecipientDirectory {
  constructor(private readonly councils: CouncilDirectory) {
    super();
  }

  async emailOf(councilId: string | null, personId: string): Promise<string | undefined> {
    if (!councilId) return undefined;
    const council = await this.councils.get(councilId);
    const person = [...council.members, ...council.secretaries].find((p) => p.personId === personId);
    return person?.email || undefined;
  }
}
