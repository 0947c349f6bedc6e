// A real, certified OpenID provider (the `oidc-provider` package) on loopback, for the demo (DEMO_OIDC=true) and the
// tests: its development login form takes any login name and any password; the account's `email` claim is the login
// itself when it contains an @, otherwise `<login>@<emailDomein>`. Never for production: the keys are the package's
// development keys and the password is not checked.
//
//   node tools/oidc-provider.mjs '{"redirectUris":["http://127.0.0.1:3000/api/v1/auth/oidc/callback"]}'
// prints one line of JSON ({ "issuer": … }) when it listens, and stops on SIGTERM.
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import Provider from 'oidc-provider';

/**
 * @param {{ port?: number, clientId?: string, clientSecret?: string, redirectUris: string[],
 *   postLogoutRedirectUris?: string[], emailDomein?: string, onbevestigd?: string[], zonderEmail?: string[],
 *   codeTtlSeconden?: number }} opties
 * @returns {Promise<{ issuer: string, stop: () => Promise<void> }>}
 */
export async function startOidcProvider(opties) {
  const server = createServer();
  await new Promise((klaar, mis) => {
    server.once('error', mis);
    server.listen(opties.port ?? 0, '127.0.0.1', () => klaar(undefined));
  });
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const onbevestigd = new Set((opties.onbevestigd ?? []).map((e) => e.toLowerCase()));
  const zonderEmail = new Set(opties.zonderEmail ?? []);
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: opties.clientId ?? 'klant-in-beeld',
        client_secret: opties.clientSecret ?? 'demo-geheim-voor-de-ontwikkelprovider',
        redirect_uris: opties.redirectUris,
        post_logout_redirect_uris: opties.postLogoutRedirectUris ?? [],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ['ontwikkelprovider-cookie-sleutel-niet-geheim'] },
    ttl: { AuthorizationCode: opties.codeTtlSeconden ?? 60 },
    async findAccount(_ctx, login) {
      const email = login.includes('@') ? login : `${login}@${opties.emailDomein ?? 'example.org'}`;
      return {
        accountId: login,
        claims: async () =>
          zonderEmail.has(login)
            ? { sub: login, name: login }
            : { sub: login, name: login, email, email_verified: !onbevestigd.has(email.toLowerCase()) },
      };
    },
    // A first-party client: no consent screen, the grant follows from the login.
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid email profile');
      grant.addOIDCClaims(['email', 'email_verified', 'name']);
      await grant.save();
      return grant;
    },
  });
  // Its development warnings are about exactly what this is.
  provider.on('server_error', (_ctx, fout) => process.stderr.write(`oidc-provider: ${fout}\n`));
  server.on('request', provider.callback());
  return {
    issuer,
    stop: () => new Promise((klaar) => server.close(() => klaar(undefined)).closeAllConnections()),
  };
}

// No top-level await: the demo loads this file with require() (require(esm) refuses modules with one).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void startOidcProvider(JSON.parse(process.argv[2] ?? '{}')).then(({ issuer, stop }) => {
    process.stdout.write(`${JSON.stringify({ issuer })}\n`);
    process.on('SIGTERM', () => void stop().then(() => process.exit(0)));
  });
}
