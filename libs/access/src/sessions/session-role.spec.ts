import type { OfficeHolders } from '../guard/council-offices';
import type { Principal } from '../tokens/token-claims';
import { placeHeldBy, sessionPrincipal } from './session-role';

/** Seed 000's council after Kira stepped down and Ivan was elected; Sofie runs the secretariat. */
const RECORD: OfficeHolders = {
  chairPersonId: 'ivan',
  memberIds: ['ivan', 'kira', 'anna'],
  secretaryIds: ['sofie'],
};
const session = (personId: string, role: Principal['role']): Principal => ({
  personId,
  role,
  councilId: 'c1',
});

describe('placeHeldBy: the place the record names a person for now', () => {
  it('names the chair before her seat, a secretary, and a member', () => {
    expect(placeHeldBy('ivan', RECORD)).toBe('chair');
    expect(placeHeldBy('sofie', RECORD)).toBe('secretary');
    expect(placeHeldBy('kira', RECORD)).toBe('member');
  });

  it('puts the secretariat before a seat for someone the record names for both', () => {
    expect(placeHeldBy('anna', { ...RECORD, secretaryIds: ['anna'] })).toBe('secretary');
  });

  it('finds no place for someone the record does not name', () => {
    expect(placeHeldBy('bo', RECORD)).toBeUndefined();
    expect(placeHeldBy('ivan', { memberIds: [], secretaryIds: [] })).toBeUndefined();
  });
});

describe('sessionPrincipal: a session is a person in a council, not a frozen role', () => {
  it('gives a member elected chair since she signed in the chair', () => {
    expect(sessionPrincipal(session('ivan', 'member'), RECORD)).toEqual({
      principal: { personId: 'ivan', role: 'chair', councilId: 'c1' },
    });
  });

  it('gives a chair who stepped down since she signed in her seat', () => {
    expect(sessionPrincipal(session('kira', 'chair'), RECORD)).toEqual({
      principal: { personId: 'kira', role: 'member', councilId: 'c1' },
    });
  });

  it('keeps a role the record still names', () => {
    expect(sessionPrincipal(session('sofie', 'secretary'), RECORD)).toEqual({
      principal: session('sofie', 'secretary'),
    });
  });

  it('refuses someone who holds no place any more, saying so', () => {
    expect(sessionPrincipal(session('bo', 'member'), RECORD)).toEqual({
      refused:
        'bo holds no place in council c1 now (not chair, secretary or member); this session no longer counts',
    });
    // A secretary no longer assigned is not taken at her word, as a token is while the record names none.
    expect(sessionPrincipal(session('sofie', 'secretary'), { ...RECORD, secretaryIds: [] })).toHaveProperty(
      'refused',
    );
  });

  it('leaves an evaluator’s and an admin’s session as it began: the record has no place for them', () => {
    expect(sessionPrincipal(session('eva', 'evaluator'), RECORD)).toEqual({
      principal: session('eva', 'evaluator'),
    });
    expect(sessionPrincipal({ personId: 'root', role: 'admin' }, RECORD)).toEqual({
      principal: { personId: 'root', role: 'admin' },
    });
  });
});
