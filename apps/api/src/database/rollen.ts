import { Client } from 'pg';

/** The group role the migrations grant row rights to (migration 1795440000000-Beveiliging). */
export const TOEPASSINGSROL = 'kib_app';

async function metClient<T>(url: string, werk: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await werk(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * For the embedded database (and tests): the application's own login, a member of kib_app, created or brought up
 * to date by the owner. Returns the URL the application connects with.
 */
export async function zorgVoorToepassingsLogin(
  eigenaarUrl: string,
  login: string,
  wachtwoord: string,
): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(login)) throw new Error(`Ongeldige rolnaam: ${login}`);
  await metClient(eigenaarUrl, async (client) => {
    const database = (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0].db;
    const wachtwoordSql = (await client.query<{ w: string }>('SELECT quote_literal($1) AS w', [wachtwoord])).rows[0].w;
    const bestaat = (await client.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [login])).rowCount;
    // CREATE ROLE takes no bind parameters: the name is checked above, the password quoted by the server.
    await client.query(
      bestaat
        ? `ALTER ROLE ${login} LOGIN PASSWORD ${wachtwoordSql}`
        : `CREATE ROLE ${login} LOGIN PASSWORD ${wachtwoordSql}`,
    );
    await client.query(`GRANT ${TOEPASSINGSROL} TO ${login}`);
    await client.query(`GRANT CONNECT ON DATABASE "${database.replace(/"/g, '""')}" TO ${login}`);
  });
  const url = new URL(eigenaarUrl);
  url.username = login;
  url.password = wachtwoord;
  return url.toString();
}

/**
 * What the application's connection may do that it should not: a superuser or a role that bypasses row-level
 * security or owns the tables turns the database's second line of defence off. Returns Dutch warnings.
 */
export async function controleerToepassingsRechten(url: string): Promise<string[]> {
  return metClient(url, async (client) => {
    const { rows } = await client.query<{
      naam: string;
      superuser: boolean;
      bypass: boolean;
      lid: boolean;
      eigenaar: boolean;
    }>(
      `SELECT current_user AS naam, r.rolsuper AS superuser, r.rolbypassrls AS bypass,
              EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname = $1 AND pg_has_role(current_user, g.oid, 'MEMBER')) AS lid,
              EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = 'public' AND t.tablename = 'klant'
                                                 AND pg_has_role(current_user, t.tableowner, 'MEMBER')) AS eigenaar
         FROM pg_roles r WHERE r.rolname = current_user`,
      [TOEPASSINGSROL],
    );
    const r = rows[0];
    const waarschuwingen: string[] = [];
    if (r.superuser || r.bypass || r.eigenaar) {
      waarschuwingen.push(
        `De toepassing verbindt als "${r.naam}", ${r.superuser ? 'een superuser' : r.eigenaar ? 'de eigenaar van de tabellen' : 'een rol die row-level security omzeilt'}: de database beschermt de grens tussen organisaties en de logboeken dan niet zelf. Geef DATABASE_URL een rol die lid is van ${TOEPASSINGSROL} en zet de eigenaar in DATABASE_EIGENAAR_URL (zie README).`,
      );
    } else if (!r.lid) {
      waarschuwingen.push(
        `De rol "${r.naam}" van DATABASE_URL is geen lid van ${TOEPASSINGSROL}: geef hem de rechten met GRANT ${TOEPASSINGSROL} TO ${r.naam}.`,
      );
    }
    return waarschuwingen;
  });
}
