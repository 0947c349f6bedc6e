import * as oidc from 'openid-client';

/**
 * openid-client (v6, certified) is ES modules only. Node 20.19+ loads it from our CommonJS build with require(esm),
 * and jest compiles it (and jose, oauth4webapi) to CommonJS (jest.config.js, alleenEsm): one plain import serves both.
 */
export { oidc };
export type OidcConfiguratie = oidc.Configuration;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Plain http only for a provider on this machine (the demo and the tests); anywhere else TLS is required. */
export function isLoopback(adres: URL): boolean {
  return LOOPBACK.has(adres.hostname.toLowerCase());
}

/** Why discovery failed, in Dutch, for the beheerder (the field `issuer`). */
export function ontdekkingsProbleem(fout: unknown): string {
  const f = fout as { code?: string; name?: string; message?: string; cause?: { code?: string } };
  if (f?.code === 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED' || /issuer/i.test(f?.message ?? '')) {
    return 'is niet de issuer die de provider zelf opgeeft in zijn discovery-document; controleer het adres (ook de / aan het eind)';
  }
  if (
    f?.code === 'OAUTH_RESPONSE_IS_NOT_JSON' ||
    f?.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' ||
    f?.name === 'SyntaxError'
  ) {
    return 'geeft geen OpenID Connect discovery-document (/.well-known/openid-configuration); is dit wel een OpenID-provider?';
  }
  if (f?.name === 'TimeoutError' || f?.name === 'AbortError') {
    return 'antwoordt niet binnen 5 seconden; controleer het adres en of Klant in Beeld de provider kan bereiken';
  }
  return 'is niet bereikbaar of is geen OpenID-provider (geen geldig /.well-known/openid-configuration); controleer het adres';
}

/**
 * The provider's metadata (discovery), with the client's credentials. ID tokens are also checked against the
 * provider's keys (JWKS), not only trusted because they came over TLS from the token endpoint.
 */
export async function ontdek(issuer: string, clientId: string, clientGeheim: string): Promise<OidcConfiguratie> {
  const adres = new URL(issuer);
  const configuratie = await oidc.discovery(
    adres,
    clientId,
    { client_secret: clientGeheim },
    oidc.ClientSecretBasic(clientGeheim),
    { execute: isLoopback(adres) ? [oidc.allowInsecureRequests] : [], timeout: 5 },
  );
  oidc.enableNonRepudiationChecks(configuratie);
  return configuratie;
}
