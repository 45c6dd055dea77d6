import { Injectable, Optional } from '@nestjs/common';
import { CouncilDirectory } from '@app/councils';
import { InvalidInputError, NotFoundError } from '@app/kernel';
import type { CurrentActorValue } from '@app/access';

/** Used when neither the body nor the council says otherwise: a week's and a day's notice. */
export const DEFAULT_REMINDER_OFFSETS = ['P7D', 'P1D'];

export interface FollowUpDefaults {
  secretaryPersonId: string;
  reminderOffsets: string[];
}

/**
 * Who is reminded, and how early, when the body does not say: the council's own reminder
 * offsets, and the caller when a secretary (else the council's first secretary). A named
 * secretary must be one of the council's. Without the councils module (or for a council it does
 * not know) the caller and the defaults stand.
 */
@Injectable()
export class FollowUpDefaultsResolver {
  constructor(@Optional() private readonly directory?: CouncilDirectory) {}

  async resolve(
    councilId: string,
    actor: CurrentActorValue,
    body: { responsibleSecretaryId?: string; reminderOffsets?: string[] },
  ): Promise<FollowUpDefaults> {
    const council = await this.council(councilId);
    const secretaries = council?.secretaries.map((s) => s.personId) ?? [];
    if (
      body.responsibleSecretaryId !== undefined &&
      council &&
      !secretaries.includes(body.responsibleSecretaryId)
    )
      throw new InvalidInputError(
        `${body.responsibleSecretaryId} is not a secretary of this council`,
        'responsibleSecretaryId',
      );
    const secretaryPersonId =
      body.responsibleSecretaryId ??
      (actor.role === 'secretary' || secretaries.length === 0 ? actor.personId : secretaries[0]);
    const reminderOffsets = body.reminderOffsets ?? council?.reminderOffsets ?? DEFAULT_REMINDER_OFFSETS;
    return { secretaryPersonId, reminderOffsets: [...reminderOffsets] };
  }

  private async council(councilId: string) {
    if (!this.directory) return undefined;
    try {
      return await this.directory.get(councilId);
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }
}
