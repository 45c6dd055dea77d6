/**
 * A real OpenID Connect provider for the sign-in suites: `oidc-provider` (an ES module jest cannot
 * load, so it runs as its own process; see oidc-test-provider.ts). Authorization code flow with
 * PKCE required, real signed ID tokens, UserInfo, codes that work once. Its sign-in page asks only
 * for the account's login (a test has no passwords); consent is given for the one client, as a
 * region's provider does for its own applications.
 *
 * Environment: PORT, CLIENT_ID, CLIENT_SECRET, REDIRECT_URI, ACCOUNTS (JSON: login -> claims).
 * Prints `oidc provider listening on <issuer>` when it is ready.
 */
import Provider from 'oidc-provider';

const { PORT, CLIENT_ID, CLIENT_SECRET, REDIRECT_URI, ACCOUNTS } = process.env;
const accounts = JSON.parse(ACCOUNTS ?? '{}');
const issuer = `http://127.0.0.1:${PORT}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uris: [REDIRECT_URI],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'] },
  scopes: ['openid', 'email'],
  pkce: { required: () => true },
  cookies: { keys: ['a-test-provider-key-not-for-production'] },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(_ctx, id) {
    const claims = accounts[id];
    return claims && { accountId: id, claims: async () => ({ sub: id, ...claims }) };
  },
  // Consent for the one first-party client, without a consent page.
  async loadExistingGrant(ctx) {
    const grantId =
      ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email');
    await grant.save();
    return grant;
  },
});

const page = (uid, problem = '') => `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Regionens login</title></head>
<body><main><h1>Regionens login</h1>${problem && `<p role="alert">${problem}</p>`}
<form method="post" action="/interaction/${uid}/login">
<label for="login">Brugernavn</label> <input id="login" name="login" autocomplete="username">
<button type="submit">Fortsæt</button></form></main></body></html>`;

async function formBody(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return new URLSearchParams(text);
}

provider.use(async (ctx, next) => {
  const match = /^\/interaction\/([^/]+)(\/login)?$/.exec(ctx.path);
  if (!match) return next();
  const details = await provider.interactionDetails(ctx.req, ctx.res);
  if (!match[2]) {
    ctx.type = 'html';
    ctx.body = page(details.uid);
    return;
  }
  const login = (await formBody(ctx.req)).get('login') ?? '';
  if (!accounts[login]) {
    ctx.status = 400;
    ctx.type = 'html';
    ctx.body = page(details.uid, `Ukendt brugernavn: ${login.replace(/[<>&"]/g, '')}`);
    return;
  }
  const redirectTo = await provider.interactionResult(ctx.req, ctx.res, { login: { accountId: login } });
  ctx.redirect(redirectTo);
});

provider.listen(Number(PORT), '127.0.0.1', () => {
  console.log(`oidc provider listening on ${issuer}`);
});
