import { createServer } from 'node:net';
import { nieuweDataMap, startServer, startVerwachtFout, vrijePoort } from './support/server';

/** The product as an operator meets it: clear one-line refusals, clean stop, data kept across restarts. */
describe('npm start: opstarten en stoppen', () => {
  it('weigert een ongeldige DATABASE_URL met één duidelijke regel', async () => {
    const { code, stderr } = await startVerwachtFout({ DATABASE_URL: 'mysql://iemand@host/db', PORT: String(await vrijePoort()) });
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
    expect(regels[0]).toMatch(new RegExp(`^Klant in Beeld kan niet starten: De database op 127.0.0.1:${dichtePoort}/kib is niet bereikbaar: .*ECONNREFUSED`));
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
});
