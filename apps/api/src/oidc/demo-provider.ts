import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import { Geheimen } from '../auth/geheimen';
import type { StartConfig } from '../config';
import { metDataSource } from '../database/voorbereiden';
import { demoIds } from '../seed/demo-seed';

/** The demo organisatie that logs in through the demo provider, and the domain of its medewerkers' addresses. */
const DEMO_ORGANISATIE = 'sociale-dienst-demo';
const DEMO_DOMEIN = 'sociale-dienst-demo.nl';
const CLIENT_ID = 'klant-in-beeld-demo';
// Not a secret: the demo provider is on loopback and takes any password.
const CLIENT_GEHEIM = 'demo-geheim-van-de-ontwikkelprovider';

interface ProviderModule {
  startOidcProvider(opties: {
    port: number;
    clientId: string;
    clientSecret: string;
    redirectUris: string[];
    postLogoutRedirectUris: string[];
    emailDomein: string;
  }): Promise<{ issuer: string; stop: () => Promise<void> }>;
}

/**
 * DEMO_OIDC=true: a real OpenID provider (tools/oidc-provider.mjs, the certified oidc-provider package with its
 * development login form) runs in this process on DEMO_OIDC_PORT, and "Sociale Dienst Demo" is set up to log in
 * through it: type `km1` (any password) and you are km1@sociale-dienst-demo.nl. Returns how to stop it.
 */
export async function startDemoOidc(
  config: StartConfig,
  eigenaarUrl: string,
  geheimen: Geheimen,
  log: Logger,
): Promise<() => Promise<void>> {
  // In the repository from the build (dist/api/apps/api/src/oidc) or the source; ES modules only: require(esm).
  const pad = ['../../../../../../tools/oidc-provider.mjs', '../../../../tools/oidc-provider.mjs']
    .map((deel) => resolve(__dirname, deel))
    .find((kandidaat) => existsSync(kandidaat))!;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startOidcProvider } = require(pad) as ProviderModule;
  const app = [`http://localhost:${config.port}`, `http://127.0.0.1:${config.port}`];
  const provider = await startOidcProvider({
    port: config.demoOidcPort,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_GEHEIM,
    redirectUris: app.map((basis) => `${basis}/api/v1/auth/oidc/callback`),
    postLogoutRedirectUris: app.map((basis) => `${basis}/inloggen`),
    emailDomein: DEMO_DOMEIN,
  });
  const ingesteld = await metDataSource(eigenaarUrl, async (db) => {
    const organisatieId = demoIds.organisatie(DEMO_ORGANISATIE);
    const [bestaat] = await db.query(`SELECT 1 FROM organisatie WHERE id = $1`, [organisatieId]);
    if (!bestaat) return false;
    // The demo medewerkers' work addresses, where they have none yet.
    await db.query(
      `UPDATE medewerker SET email = gebruikersnaam || '@' || $2::text WHERE organisatie_id = $1 AND email IS NULL`,
      [organisatieId, DEMO_DOMEIN],
    );
    await db.query(
      `INSERT INTO oidc_instelling (organisatie_id, issuer, client_id, client_geheim, uitloggen_bij_provider)
       VALUES ($1, $2, $3, $4, true)
       ON CONFLICT (organisatie_id) DO UPDATE SET issuer = $2, client_id = $3, client_geheim = $4, gewijzigd_op = now()`,
      [organisatieId, provider.issuer, CLIENT_ID, geheimen.versleutel(CLIENT_GEHEIM)],
    );
    return true;
  });
  if (ingesteld)
    log.info(
      { issuer: provider.issuer },
      `Demo-inlogdienst draait op ${provider.issuer}: kies op de inlogpagina "Inloggen met je account van Sociale Dienst Demo" en log daar in als km1 (elk wachtwoord)`,
    );
  else log.warn('DEMO_OIDC: de demo-organisatie Sociale Dienst Demo bestaat niet (SEED_DEMO=true maakt haar aan)');
  return provider.stop;
}
