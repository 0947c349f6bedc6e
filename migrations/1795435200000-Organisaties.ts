import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenants and the people who work in them. Every later table carries organisatie_id. */
export class Organisaties1795435200000 implements MigrationInterface {
  name = 'Organisaties1795435200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organisatie (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        naam          text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE gemeente (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisatie_id  uuid NOT NULL REFERENCES organisatie (id),
        cbs_code        text NOT NULL CHECK (cbs_code ~ '^GM[0-9]{4}$'),
        naam            text NOT NULL,
        UNIQUE (organisatie_id, cbs_code),
        -- lets child tables reference (organisatie_id, gemeente_id) so a row can never point across tenants
        UNIQUE (organisatie_id, id)
      );

      CREATE TABLE team (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisatie_id  uuid NOT NULL REFERENCES organisatie (id),
        naam            text NOT NULL,
        UNIQUE (organisatie_id, naam),
        UNIQUE (organisatie_id, id)
      );

      CREATE TABLE medewerker (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisatie_id   uuid NOT NULL REFERENCES organisatie (id),
        team_id          uuid,
        gebruikersnaam   text NOT NULL UNIQUE CHECK (gebruikersnaam = lower(gebruikersnaam)),
        naam             text NOT NULL,
        rol              text NOT NULL CHECK (rol IN ('klantmanager', 'teamleider', 'beleid', 'beheerder')),
        wachtwoord_hash  text NOT NULL,
        actief           boolean NOT NULL DEFAULT true,
        aangemaakt_op    timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organisatie_id, team_id) REFERENCES team (organisatie_id, id),
        UNIQUE (organisatie_id, id)
      );
      CREATE INDEX medewerker_team_idx ON medewerker (team_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE medewerker; DROP TABLE team; DROP TABLE gemeente; DROP TABLE organisatie;`);
  }
}
