import { vandaag, type Rol } from '@klant-in-beeld/domain';
import * as argon2 from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import { demoId } from './demo-id';
import { seedDemoKlanten } from './demo-klanten';

interface DemoMedewerker {
  gebruikersnaam: string;
  naam: string;
  rol: Rol;
  team?: string;
  /** Logs in with a second step: the demo TOTP secret (DEMO_TOTP_GEHEIM, printed in the README). */
  totp?: boolean;
}

interface DemoOrganisatie {
  sleutel: string;
  naam: string;
  /** The demo medewerkers' e-mail: `<gebruikersnaam>@<domein>`. */
  domein: string;
  gemeenten: { cbsCode: string; naam: string }[];
  teams: string[];
  medewerkers: DemoMedewerker[];
}

/**
 * The two demo organisaties of docs/api.md ("Demo users"): a second tenant shows that nobody sees another
 * organisatie's data.
 */
export const DEMO_ORGANISATIES: DemoOrganisatie[] = [
  {
    sleutel: 'sociale-dienst-demo',
    naam: 'Sociale Dienst Demo',
    domein: 'sociale-dienst-demo.nl',
    gemeenten: [
      { cbsCode: 'GM0193', naam: 'Zwolle' },
      { cbsCode: 'GM0166', naam: 'Kampen' },
    ],
    teams: ['Team Noord', 'Team Zuid'],
    medewerkers: [
      { gebruikersnaam: 'km1', naam: 'Fatima el Amrani', rol: 'klantmanager', team: 'Team Noord' },
      { gebruikersnaam: 'km2', naam: 'Jeroen Bakker', rol: 'klantmanager', team: 'Team Noord' },
      { gebruikersnaam: 'km3', naam: 'Sanne de Vries', rol: 'klantmanager', team: 'Team Noord' },
      { gebruikersnaam: 'tl1', naam: 'Marieke Jansen', rol: 'teamleider', team: 'Team Noord' },
      { gebruikersnaam: 'km4', naam: 'Daan Mulder', rol: 'klantmanager', team: 'Team Zuid' },
      { gebruikersnaam: 'tl2', naam: 'Esra Kaya', rol: 'teamleider', team: 'Team Zuid' },
      { gebruikersnaam: 'beleid1', naam: 'Pieter van Dijk', rol: 'beleid' },
      { gebruikersnaam: 'beheer1', naam: 'Ayşe Yılmaz', rol: 'beheerder', totp: true },
      { gebruikersnaam: 'privacy1', naam: 'Willem de Boer', rol: 'privacy', totp: true },
      { gebruikersnaam: 'extern1', naam: 'Lotte Smit (Werkbedrijf Extern)', rol: 'extern' },
    ],
  },
  {
    sleutel: 'werkplein-anders',
    naam: 'Werkplein Anders',
    domein: 'werkplein-anders.nl',
    gemeenten: [{ cbsCode: 'GM0546', naam: 'Leiden' }],
    teams: ['Team Centrum'],
    medewerkers: [
      { gebruikersnaam: 'km9', naam: 'Thomas Visser', rol: 'klantmanager', team: 'Team Centrum' },
      { gebruikersnaam: 'tl9', naam: 'Noor Hendriks', rol: 'teamleider', team: 'Team Centrum' },
    ],
  },
];

export const demoIds = {
  organisatie: (org: string) => demoId(`organisatie:${org}`),
  gemeente: (org: string, cbsCode: string) => demoId(`gemeente:${org}:${cbsCode}`),
  team: (org: string, team: string) => demoId(`team:${org}:${team}`),
  medewerker: (gebruikersnaam: string) => demoId(`medewerker:${gebruikersnaam}`),
};

interface Inlog {
  wachtwoordHash: string;
  /** The demo TOTP secret, already encrypted for the database. */
  totpGeheim: string;
}

/**
 * Teams and medewerkers of the organisatie that are not there yet (a demo seeded by an older version gains them, and
 * its medewerkers their e-mail address).
 */
async function seedMedewerkers(db: EntityManager, org: DemoOrganisatie, inlog: Inlog): Promise<void> {
  const organisatieId = demoIds.organisatie(org.sleutel);
  for (const team of org.teams) {
    await db.query(`INSERT INTO team (id, organisatie_id, naam) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
      demoIds.team(org.sleutel, team),
      organisatieId,
      team,
    ]);
  }
  for (const m of org.medewerkers) {
    await db.query(
      `INSERT INTO medewerker (id, organisatie_id, team_id, gebruikersnaam, naam, rol, wachtwoord_hash, totp_geheim, totp_actief, email)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
      [
        demoIds.medewerker(m.gebruikersnaam),
        organisatieId,
        m.team ? demoIds.team(org.sleutel, m.team) : null,
        m.gebruikersnaam,
        m.naam,
        m.rol,
        inlog.wachtwoordHash,
        m.totp ? inlog.totpGeheim : null,
        m.totp ?? false,
        `${m.gebruikersnaam}@${org.domein}`,
      ],
    );
    // A demo seeded before medewerkers had an e-mail address gets it now (one a beheerder set is left alone).
    await db.query(`UPDATE medewerker SET email = $2 WHERE id = $1 AND email IS NULL`, [
      demoIds.medewerker(m.gebruikersnaam),
      `${m.gebruikersnaam}@${org.domein}`,
    ]);
  }
}

async function seedOrganisatie(db: EntityManager, org: DemoOrganisatie, inlog: Inlog): Promise<void> {
  const organisatieId = demoIds.organisatie(org.sleutel);
  await db.query(`INSERT INTO organisatie (id, naam) VALUES ($1, $2)`, [organisatieId, org.naam]);
  for (const gemeente of org.gemeenten) {
    await db.query(`INSERT INTO gemeente (id, organisatie_id, cbs_code, naam) VALUES ($1, $2, $3, $4)`, [
      demoIds.gemeente(org.sleutel, gemeente.cbsCode),
      organisatieId,
      gemeente.cbsCode,
      gemeente.naam,
    ]);
  }
  await seedMedewerkers(db, org, inlog);
  await seedDemoKlanten(
    db,
    {
      sleutel: org.sleutel,
      organisatieId,
      gemeenten: org.gemeenten.map((g) => ({ ...g, id: demoIds.gemeente(org.sleutel, g.cbsCode) })),
      klantmanagers: org.medewerkers
        .filter((m) => m.rol === 'klantmanager')
        .map((m) => ({
          id: demoIds.medewerker(m.gebruikersnaam),
          gebruikersnaam: m.gebruikersnaam,
          teamId: m.team ? demoIds.team(org.sleutel, m.team) : null,
        })),
      // The demo campagnes (demo-campagnes.ts), in the organisatie that has their teamleider and extern.
      campagnes: org.medewerkers.some((m) => m.gebruikersnaam === 'extern1')
        ? {
            tl1: demoIds.medewerker('tl1'),
            extern1: demoIds.medewerker('extern1'),
            km1: demoIds.medewerker('km1'),
            teamNoord: demoIds.team(org.sleutel, 'Team Noord'),
            teamZuid: demoIds.team(org.sleutel, 'Team Zuid'),
          }
        : undefined,
    },
    vandaag(),
  );
}

/**
 * Seeds the demo organisaties once. Idempotent: an organisatie that is already there only gains the demo users it
 * lacks (so a demo seeded by an older version gets the users of API 1.1), and an advisory lock keeps two instances
 * starting at the same time from seeding twice. Runs as the owner of the tables (row-level security does not
 * apply). `totpGeheim` is the demo TOTP secret, encrypted for the database. Returns the organisaties it created.
 */
export async function seedDemo(db: DataSource, opties: { wachtwoord: string; totpGeheim: string }): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('klant-in-beeld:demo-seed'))`);
    const aangemaakt: string[] = [];
    let inlog: Inlog | undefined;
    for (const org of DEMO_ORGANISATIES) {
      inlog ??= {
        wachtwoordHash: await argon2.hash(opties.wachtwoord, { type: argon2.argon2id }),
        totpGeheim: opties.totpGeheim,
      };
      const bestaat = await tx.query(`SELECT 1 FROM organisatie WHERE id = $1`, [demoIds.organisatie(org.sleutel)]);
      if (bestaat.length > 0) {
        await seedMedewerkers(tx, org, inlog);
        continue;
      }
      await seedOrganisatie(tx, org, inlog);
      aangemaakt.push(org.naam);
    }
    return aangemaakt;
  });
}
