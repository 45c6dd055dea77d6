import jwt from 'jsonwebtoken';
import { TokenService } from './token.service';
import { InvalidTokenError } from './token-claims';

describe('TokenService', () => {
  const tokens = new TokenService('a-secret-for-tests-only-0123456789');

  it('round-trips a council role', () => {
    const token = tokens.issue({ personId: 'anja', role: 'secretary', councilId: 'udsatte-h' });
    expect(tokens.verify(token)).toEqual({ personId: 'anja', role: 'secretary', councilId: 'udsatte-h' });
    expect(jwt.decode(token, { complete: true })?.header.alg).toBe('HS256');
  });

  it('round-trips an admin without a council', () => {
    expect(tokens.verify(tokens.issue({ personId: 'root', role: 'admin' }))).toEqual({
      personId: 'root',
      role: 'admin',
    });
  });

  it('takes ISO 8601 durations and jsonwebtoken spans as expiry', () => {
    const iso = jwt.decode(tokens.issue({ personId: 'a', role: 'admin' }, { expiresIn: 'P1D' }));
    const span = jwt.decode(tokens.issue({ personId: 'a', role: 'admin' }, { expiresIn: '2h' }));
    if (typeof iso === 'string' || typeof span === 'string' || !iso || !span) throw new Error('no payload');
    expect(iso.exp! - iso.iat!).toBe(86_400);
    expect(span.exp! - span.iat!).toBe(7_200);
  });

  it('signs with the expiry as an argument, and refuses the system role', () => {
    const token = tokens.sign({ personId: 'kira', role: 'member', councilId: 'h' }, '1h');
    expect(tokens.verify(token)).toEqual({ personId: 'kira', role: 'member', councilId: 'h' });
    expect(() => tokens.sign({ personId: 'x', role: 'system' })).toThrow(/unknown role/);
  });

  it('refuses an expired token', () => {
    const expired = jwt.sign({ role: 'member', council: 'c' }, 'a-secret-for-tests-only-0123456789', {
      subject: 'p',
      expiresIn: -10,
    });
    expect(() => tokens.verify(expired)).toThrow(InvalidTokenError);
    expect(() => tokens.verify(expired)).toThrow(/expired/);
  });

  it('remembers a verified token until its own expiry, not past it', () => {
    const fresh = new TokenService('a-secret-for-tests-only-0123456789');
    const token = jwt.sign({ role: 'member', council: 'c' }, 'a-secret-for-tests-only-0123456789', {
      subject: 'p',
      expiresIn: 1,
    });
    const verify = jest.spyOn(jwt, 'verify');
    try {
      expect(fresh.verify(token)).toEqual({ personId: 'p', role: 'member', councilId: 'c' });
      expect(fresh.verify(token)).toEqual({ personId: 'p', role: 'member', councilId: 'c' });
      expect(verify).toHaveBeenCalledTimes(1);
      const later = jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 2_000);
      try {
        expect(() => fresh.verify(token)).toThrow(InvalidTokenError);
      } finally {
        later.mockRestore();
      }
    } finally {
      verify.mockRestore();
    }
  });

  it('refuses a token signed with another secret', () => {
    const forged = new TokenService('another-secret').issue({ personId: 'p', role: 'admin' });
    expect(() => tokens.verify(forged)).toThrow(/signature/);
  });

  it('refuses the none algorithm and tokens without expiry, role or council', () => {
    const secret = 'a-secret-for-tests-only-0123456789';
    const none = jwt.sign({ role: 'admin' }, '', { algorithm: 'none', subject: 'p', expiresIn: 60 });
    const noExp = jwt.sign({ role: 'admin' }, secret, { subject: 'p' });
    const badRole = jwt.sign({ role: 'king', council: 'c' }, secret, { subject: 'p', expiresIn: 60 });
    const noCouncil = jwt.sign({ role: 'member' }, secret, { subject: 'p', expiresIn: 60 });
    const noSubject = jwt.sign({ role: 'admin' }, secret, { expiresIn: 60 });
    for (const token of [none, noExp, badRole, noCouncil, noSubject, 'not-a-token']) {
      expect(() => tokens.verify(token)).toThrow(InvalidTokenError);
    }
  });

  it('will not issue a council role without a council, nor an unknown role', () => {
    expect(() => tokens.issue({ personId: 'p', role: 'member' })).toThrow(/needs a council/);
    expect(() => tokens.issue({ personId: 'p', role: 'king' as 'admin' })).toThrow(/unknown role/);
    expect(() => tokens.issue({ personId: 'p', role: 'admin' }, { expiresIn: 'soon' })).toThrow(/expiry/);
  });
});
