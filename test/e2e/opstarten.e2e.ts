import { createServer } from 'node:net';
import {
  nieuweDataMap,
  postmasterVan,
  ruimPostgresOp,
  startServer,
  startVerwachtFout,
  vrijePoort,
  type DraaiendeServer,
} from './support/server';

const JSON_KOP = { 'Content-Type': 'application/json' };
const SCHRIJF_KOP = { ...JSON_KOP, 'X-Requested-With': 'klant-in-beeld' };

async function logIn(url: string): Promise<Record<string, string>> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: SCHRIJF_KOP,
    body: JSON.stringify({ gebruikersnaam: 'km1', wachtwoord: 'demo' }),
  });
  expect(login.status).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return { Authorization: `Bearer ${accessToken}` };
}

/** The product as an operator meets it: clear one-line refusals, clean stop, data kept across restarts. */
describe('npm start: opstarten en stoppen', () => {
  it('weigert een ongeldige DATABASE_URL met één duidelijke regel', async () => {
    const { code, stderr } = await startVerwachtFout({
      DATABASE_URL: 'mysql://iemand@host/db',
      PORT: String(await vrijePoort()),
    });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'Klant in Beeld kan niet starten: ongeldige configuratie: DATABASE_URL moet met postgres:// of postgresql:// beginnen, maar begint met mysql://.',
    ]);
  });

  it('meldt een onbereikbare database in één regel', async () => {
    const dichtePoort = await vrijePoort();
    const { code, stderr } = await startVerwachtFout({
      DATABASE_URL: `postgres://kib:kib@127.0.0.1:${dichtePoort}/kib`,
      PORT: String(await vrijePoort()),
    });
    expect(code).toBe(1);
    const regels = stderr.trim().split('\n');
    expect(regels).toHaveLength(1);
    expect(regels[0]).toMatch(
      new RegExp(
        `^Klant in Beeld kan niet starten: De database op 127.0.0.1:${dichtePoort}/kib is niet bereikbaar: .*ECONNREFUSED`,
      ),
    );
  });

  it('meldt een bezette poort in één regel', async () => {
    const bezet = createServer();
    const port = await vrijePoort();
    await new Promise<void>((klaar) => bezet.listen(port, '0.0.0.0', () => klaar()));
    try {
      const { code, stderr } = await startVerwachtFout({ PORT: String(port), DATA_DIR: nieuweDataMap() });
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([
        `Klant in Beeld kan niet starten: poort ${port} is al in gebruik. Stop het andere programma of kies een andere poort met PORT.`,
      ]);
    } finally {
      bezet.close();
    }
  });

  it('stopt netjes op SIGTERM en bewaart de gegevens bij een herstart', async () => {
    const env = { DATA_DIR: nieuweDataMap(), EMBEDDED_POSTGRES_PORT: String(await vrijePoort()), LOG_LEVEL: 'info' };
    const eerste = await startServer(env);
    const login = await fetch(`${eerste.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ gebruikersnaam: 'km1', wachtwoord: 'demo' }),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    expect(eerste.uitvoer()).toContain('Demodata aangemaakt');
    expect(await eerste.stop()).toBe(0);
    expect(eerste.uitvoer()).toContain('"msg":"Gestopt"');

    const tweede = await startServer(env);
    try {
      expect(tweede.uitvoer()).not.toContain('Demodata aangemaakt');
      expect(tweede.uitvoer()).not.toContain('migratie(s) uitgevoerd');
      // Same database and same signing key: the session from before the restart still works.
      const me = await fetch(`${tweede.url}/api/me`, { headers: { Authorization: `Bearer ${accessToken}` } });
      expect(me.status).toBe(200);
      expect(((await me.json()) as { gebruikersnaam: string }).gebruikersnaam).toBe('km1');
    } finally {
      expect(await tweede.stop()).toBe(0);
    }
  });

  it('na SIGKILL start npm start opnieuw op dezelfde DATA_DIR zonder handwerk, en een bevestigde schrijfactie is er nog', async () => {
    const dataDir = nieuweDataMap();
    const env = { DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await vrijePoort()), LOG_LEVEL: 'debug' };
    let tweede: DraaiendeServer | undefined;
    try {
      const eerste = await startServer(env);
      const auth = await logIn(eerste.url);
      const klanten = await fetch(`${eerste.url}/api/klanten?pageSize=1`, { headers: auth });
      expect(klanten.status).toBe(200);
      const klantId = ((await klanten.json()) as { items: { id: string }[] }).items[0].id;
      const onderwerp = `Test na crash ${Date.now()}`;
      const gemaakt = await fetch(`${eerste.url}/api/klanten/${klantId}/contactmomenten`, {
        method: 'POST',
        headers: { ...auth, ...SCHRIJF_KOP },
        body: JSON.stringify({
          plaatsgevondenOp: new Date(Date.now() - 60_000).toISOString(),
          kanaal: 'telefoon',
          initiatief: 'gemeente',
          resultaat: 'gesproken',
          onderwerp,
        }),
      });
      expect(gemaakt.status).toBe(201);
      const { id } = (await gemaakt.json()) as { id: string };

      // A crash: node gets no chance to stop its database, which stays behind holding port and data folder.
      const wees = postmasterVan(dataDir);
      expect(wees).toBeDefined();
      expect(await eerste.kill('SIGKILL')).toEqual({ code: null, signaal: 'SIGKILL' });
      expect(postmasterVan(dataDir)).toBe(wees);

      tweede = await startServer(env);
      expect(tweede.uitvoer()).toContain(
        `Achtergebleven ingebouwde database van een eerdere start (proces ${wees}) gestopt.`,
      );
      expect(postmasterVan(dataDir)).not.toBe(wees);
      const lijst = await fetch(`${tweede.url}/api/klanten/${klantId}/contactmomenten?pageSize=100`, {
        headers: await logIn(tweede.url),
      });
      expect(lijst.status).toBe(200);
      const { items } = (await lijst.json()) as { items: { id: string; onderwerp: string }[] };
      expect(items).toContainEqual(expect.objectContaining({ id, onderwerp }));
      expect(await tweede.stop()).toBe(0);
      expect(postmasterVan(dataDir)).toBeUndefined();
    } finally {
      await tweede?.kill('SIGKILL');
      await ruimPostgresOp(dataDir);
    }
  }, 240_000);

  it('een tweede start op dezelfde DATA_DIR laat de database van de draaiende server met rust', async () => {
    const dataDir = nieuweDataMap();
    const env = { DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await vrijePoort()) };
    let eerste: DraaiendeServer | undefined;
    try {
      eerste = await startServer(env);
      const postmaster = postmasterVan(dataDir);
      const { code, stderr } = await startVerwachtFout({ ...env, PORT: String(await vrijePoort()) });
      expect(code).toBe(1);
      expect(stderr).toContain(
        `Poort ${env.EMBEDDED_POSTGRES_PORT} voor de ingebouwde database is al in gebruik. Draait Klant in Beeld al?`,
      );
      expect(postmasterVan(dataDir)).toBe(postmaster);
      expect((await fetch(`${eerste.url}/api/klanten?pageSize=1`, { headers: await logIn(eerste.url) })).status).toBe(
        200,
      );
      expect(await eerste.stop()).toBe(0);
    } finally {
      await eerste?.kill('SIGKILL');
      await ruimPostgresOp(dataDir);
    }
  });

  it('een ander programma op de databasepoort geeft nog steeds de duidelijke melding', async () => {
    const bezet = createServer();
    const dbPoort = await vrijePoort();
    await new Promise<void>((klaar) => bezet.listen(dbPoort, '127.0.0.1', () => klaar()));
    const dataDir = nieuweDataMap();
    try {
      const { code, stderr } = await startVerwachtFout({
        DATA_DIR: dataDir,
        EMBEDDED_POSTGRES_PORT: String(dbPoort),
        PORT: String(await vrijePoort()),
      });
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([
        `Klant in Beeld kan niet starten: Poort ${dbPoort} voor de ingebouwde database is al in gebruik. Draait Klant in Beeld al? Kies anders een andere poort met EMBEDDED_POSTGRES_PORT.`,
      ]);
    } finally {
      bezet.close();
      await ruimPostgresOp(dataDir);
    }
  });
});
