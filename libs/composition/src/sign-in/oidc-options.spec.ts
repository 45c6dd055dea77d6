import { oidcOptionsFromEnv } from './oidc-options';

describe('oidcOptionsFromEnv: sign-in at the region’s provider, from the environment', () => {
  const base = { OIDC_ISSUER: 'https://login.regionh.dk/realms/raad', OIDC_CLIENT_ID: 'council-engine' };

  it('is off when OIDC_ISSUER is not set', () => {
    expect(
      oidcOptionsFromEnv({ OIDC_CLIENT_ID: 'x', PUBLIC_URL: 'https://raad.example.dk' }),
    ).toBeUndefined();
  });

  it('takes the redirect URL from PUBLIC_URL, the name from the issuer, and asks for the address', () => {
    const options = oidcOptionsFromEnv({ ...base, PUBLIC_URL: 'https://raad.example.dk/sider/' })!;
    expect(options.redirectUrl.href).toBe('https://raad.example.dk/api/sign-in/oidc/callback');
    expect(options).toMatchObject({ name: 'login.regionh.dk', scope: 'openid email', allowHttp: false });
    expect(options.clientSecret).toBeUndefined();
  });

  it('reads every setting that is given', () => {
    const options = oidcOptionsFromEnv({
      ...base,
      OIDC_CLIENT_SECRET: 's3cret',
      OIDC_REDIRECT_URL: 'https://raad.example.dk/api/sign-in/oidc/callback',
      OIDC_NAME: 'Region Hovedstadens login',
      OIDC_SCOPE: 'openid email profile',
    })!;
    expect(options).toMatchObject({
      clientId: 'council-engine',
      clientSecret: 's3cret',
      name: 'Region Hovedstadens login',
      scope: 'openid email profile',
    });
  });

  it('stops the start when the issuer is set without a client id or a redirect URL', () => {
    expect(() => oidcOptionsFromEnv({ OIDC_ISSUER: base.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => oidcOptionsFromEnv(base)).toThrow(/OIDC_REDIRECT_URL/);
    expect(() => oidcOptionsFromEnv({ ...base, OIDC_ISSUER: 'not a url' })).toThrow(
      /OIDC_ISSUER must be a URL/,
    );
  });

  it('allows plain http only for a provider on this machine', () => {
    const local = { ...base, PUBLIC_URL: 'http://127.0.0.1:3000' };
    expect(oidcOptionsFromEnv({ ...local, OIDC_ISSUER: 'http://127.0.0.1:4000' })!.allowHttp).toBe(true);
    expect(oidcOptionsFromEnv({ ...local, OIDC_ISSUER: 'http://localhost:4000' })!.allowHttp).toBe(true);
    expect(() => oidcOptionsFromEnv({ ...local, OIDC_ISSUER: 'http://login.regionh.dk' })).toThrow(/https:/);
  });
});
