import { nieuweDataMap, startServer, vrijePoort, type DraaiendeServer } from './support/server';

/** The 9th digit that makes the elfproef fit, or undefined when none does. */
function bsnMetControlecijfer(eerste8: string): string | undefined {
  const som = [...eerste8].reduce((s, c, i) => s + Number(c) * (9 - i), 0);
  const laatste = som % 11;
  return laatste < 10 ? eerste8 + laatste : undefined;
}

/** A file of `aantal` valid new clients (BSNs from a fixed start, so every run makes the same file). */
function klantenCsv(aantal: number): string {
  const regels = ['BSN;Voornamen;Achternaam;Geboortedatum;Gemeente;Doelgroep;Startdatum uitkering;Categorie'];
  for (let n = 0; regels.length <= aantal; n++) {
    const bsn = bsnMetControlecijfer(String(70_000_000 + n));
    if (bsn) regels.push(`${bsn};Test;Import ${n};01-01-1980;GM0193;brede_doelgroep;01-01-2026;job_ready`);
  }
  return regels.join('\r\n');
}

async function logIn(url: string): Promise<Record<string, string>> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ gebruikersnaam: 'tl1', wachtwoord: 'demo' }),
  });
  expect(login.status).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return { Authorization: `Bearer ${accessToken}` };
}

async function taak(url: string, kop: Record<string, string>, id: string) {
  const antwoord = await fetch(`${url}/api/importen/${id}`, { headers: kop });
  expect(antwoord.status).toBe(200);
  return (await antwoord.json()) as { status: string; voortgang: number; rijen: { totaal: number; nieuw: number } };
}

async function aantalKlanten(url: string, kop: Record<string, string>): Promise<number> {
  const antwoord = await fetch(`${url}/api/klanten?pageSize=1&zoek=Import`, { headers: kop });
  expect(antwoord.status).toBe(200);
  return ((await antwoord.json()) as { totaal: number }).totaal;
}

/**
 * The app is killed (SIGKILL) while it executes an import: after a restart on the same database the job is
 * `mislukt` and not one of its rows was written, because the execution is one transaction.
 */
describe('import en een crash van de app', () => {
  let server: DraaiendeServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('markeert de onderbroken import als mislukt en heeft niets geschreven', async () => {
    const env = { DATA_DIR: nieuweDataMap(), EMBEDDED_POSTGRES_PORT: String(await vrijePoort()), LOG_LEVEL: 'warn' };
    server = await startServer(env);
    let kop = await logIn(server.url);
    const voor = await aantalKlanten(server.url, kop);

    const formulier = new FormData();
    formulier.set('soort', 'klanten');
    formulier.set('bron', 'crashtest');
    formulier.set('bestand', new Blob([klantenCsv(40_000)], { type: 'text/csv' }), 'klanten.csv');
    const upload = await fetch(`${server.url}/api/importen`, { method: 'POST', headers: kop, body: formulier });
    expect(upload.status).toBe(202);
    const { id } = (await upload.json()) as { id: string };
    let stand = await taak(server.url, kop, id);
    for (let i = 0; i < 600 && stand.status === 'controleren'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      stand = await taak(server.url, kop, id);
    }
    expect(stand).toMatchObject({ status: 'klaar', rijen: { totaal: 40_000, nieuw: 40_000 } });

    expect((await fetch(`${server.url}/api/importen/${id}/uitvoeren`, { method: 'POST', headers: kop })).status).toBe(
      202,
    );
    // Wait until the writing itself is under way (past the checks), then pull the plug.
    for (let i = 0; i < 200; i++) {
      stand = await taak(server.url, kop, id);
      if (stand.status !== 'uitvoeren' || stand.voortgang >= 0.2) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(stand).toMatchObject({ status: 'uitvoeren' });
    await server.kill('SIGKILL');

    server = await startServer(env);
    kop = await logIn(server.url);
    expect(await taak(server.url, kop, id)).toMatchObject({ status: 'mislukt' });
    expect(await aantalKlanten(server.url, kop)).toBe(voor);
    // A failed job cannot be executed any more: upload again.
    expect((await fetch(`${server.url}/api/importen/${id}/uitvoeren`, { method: 'POST', headers: kop })).status).toBe(
      422,
    );
  }, 240_000);
});
