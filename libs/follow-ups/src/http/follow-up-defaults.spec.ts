import type { CouncilDirectory, CouncilProfile } from '@app/councils';
import { InvalidInputError, NotFoundError } from '@app/kernel';
import { DEFAULT_REMINDER_OFFSETS, FollowUpDefaultsResolver } from './follow-up-defaults';

const council: CouncilProfile = {
  id: 'c1',
  name: 'Udsatterådet',
  timeZone: 'Europe/Copenhagen',
  reminderOffsets: ['P14D', 'P2D'],
  members: [],
  secretaries: [{ personId: 'sec-1' }, { personId: 'sec-2' }],
};
// The directory is a neighbour: a stand-in that knows one council.
const directory = {
  get: async (id: string) => {
    if (id !== 'c1') throw new NotFoundError(`council ${id} not found`);
    return council;
  },
} as unknown as CouncilDirectory;
const secretary = { personId: 'sec-2', role: 'secretary' as const };
const chair = { personId: 'chair-1', role: 'chair' as const };

describe('FollowUpDefaultsResolver', () => {
  const resolver = new FollowUpDefaultsResolver(directory);

  it("takes the council's offsets, and the calling secretary or else the council's first", async () => {
    await expect(resolver.resolve('c1', secretary, {})).resolves.toEqual({
      secretaryPersonId: 'sec-2',
      reminderOffsets: ['P14D', 'P2D'],
    });
    await expect(resolver.resolve('c1', chair, {})).resolves.toMatchObject({ secretaryPersonId: 'sec-1' });
  });

  it('lets the body name the secretary and the offsets, but only a secretary of the council', async () => {
    await expect(
      resolver.resolve('c1', chair, { responsibleSecretaryId: 'sec-2', reminderOffsets: ['P1D'] }),
    ).resolves.toEqual({ secretaryPersonId: 'sec-2', reminderOffsets: ['P1D'] });
    await expect(resolver.resolve('c1', chair, { responsibleSecretaryId: 'mem-1' })).rejects.toThrow(
      InvalidInputError,
    );
  });

  it('falls back to the caller and the defaults for a council the directory does not know', async () => {
    await expect(resolver.resolve('c9', chair, {})).resolves.toEqual({
      secretaryPersonId: 'chair-1',
      reminderOffsets: DEFAULT_REMINDER_OFFSETS,
    });
    await expect(new FollowUpDefaultsResolver().resolve('c1', chair, {})).resolves.toMatchObject({
      secretaryPersonId: 'chair-1',
    });
  });
});
