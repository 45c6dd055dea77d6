import type { CouncilProfile } from '@app/councils';
import { placesIn } from './places-by-address';
import { signInOptionsFromEnv } from './sign-in-options';

const council: CouncilProfile = {
  id: 'udsatte-h',
  name: 'Udsatterådet',
  timeZone: 'Europe/Copenhagen',
  reminderOffsets: [],
  members: [
    { personId: 'kira', name: 'Kira', organisation: 'Reden', email: 'kira@x.dk' },
    { personId: 'ivan', name: 'Ivan', organisation: 'Gadejuristen', email: 'ivan@x.dk' },
  ],
  chairPersonId: 'ivan',
  secretaries: [{ personId: 'anja', name: 'Anja', email: 'Kira@X.dk' }, { personId: 'no-mail' }],
};

describe('placesIn: the places an address holds in a council’s record', () => {
  it('gives a member the member role and the chair the chair role', () => {
    expect(placesIn(council, 'ivan@x.dk').map((p) => p.principal)).toEqual([
      { personId: 'ivan', role: 'chair', councilId: 'udsatte-h' },
    ]);
  });
  it('compares addresses without case or surrounding space, and finds every place they hold', () => {
    expect(
      placesIn(council, '  KIRA@x.dk ').map((p) => `${p.principal.personId}:${p.principal.role}`),
    ).toEqual(['kira:member', 'anja:secretary']);
  });
  it('finds nothing for an address the record does not hold', () => {
    expect(placesIn(council, 'nobody@x.dk')).toEqual([]);
    expect(placesIn(council, '')).toEqual([]);
  });
});

describe('signInOptionsFromEnv', () => {
  it('has defaults that work on a first run', () => {
    expect(signInOptionsFromEnv({})).toEqual({
      linkTtlMs: 15 * 60_000,
      sessionTtlMs: 12 * 3_600_000,
      requestsPerAddress: 5,
      from: 'council-engine@localhost',
    });
  });
  it('reads ISO durations and keeps only the origin of PUBLIC_URL', () => {
    const options = signInOptionsFromEnv({
      SIGN_IN_LINK_TTL: 'PT5M',
      SESSION_TTL: 'P1D',
      PUBLIC_URL: 'https://raad.example.dk/sider/',
      SIGN_IN_LIMIT: '0',
    });
    expect(options).toMatchObject({
      linkTtlMs: 5 * 60_000,
      sessionTtlMs: 86_400_000,
      publicUrl: 'https://raad.example.dk',
      requestsPerAddress: 0,
    });
  });
  it('refuses a duration that is not ISO 8601 and a limit that is not a whole number', () => {
    expect(() => signInOptionsFromEnv({ SESSION_TTL: '12h' })).toThrow(/SESSION_TTL/);
    expect(() => signInOptionsFromEnv({ SIGN_IN_LIMIT: '-1' })).toThrow(/SIGN_IN_LIMIT/);
  });
});
