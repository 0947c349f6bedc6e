import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the rapportages need to meet their targets (docs/performance.md, `npm run bench:rapportages`).
 *
 * 1. Indexes to read an organisatie's rows in one pass, index-only, instead of one probe per client: the
 *    conversations (planned contacts: gesprek kanalen with result gesproken, no-show or afgezegd — the only
 *    contacts a figure counts) of a 12-month window, the assignment history and the ladder metingen, each in
 *    client order.
 * 2. Monthly facts for the trend: per client in the caseload at a closed month end, the dated facts the kerncijfers
 *    count (klantmanager, last gezien, conversations, planned conversations and no-shows in 12 months, vrijstellingen,
 *    lopende afspraak, trede). They are a cache of what the same SQL computes live, never a source: the trend reads a
 *    month from here only while `rapport_maand` says it is complete. What is not dated (dienstverleningscategorie,
 *    gemeente, norms, teams) is not stored, so changing it needs no recomputation.
 * 3. Exact invalidation: a change to a dossier row removes the `rapport_maand` mark of every month end on or after
 *    the earliest date the change can affect, in the same transaction. Changes dated today or later (the normal
 *    case: a contact registered as it happens) cannot affect a closed month and cost nothing. Backdated changes
 *    take a shared advisory lock that the (exclusive) filling of a month waits for, and vice versa, so a month is
 *    never marked complete with facts that miss a change committed meanwhile.
 */
/**
 * The dossier tables whose rows the report facts depend on: per table the date from which an inserted or deleted
 * row can change them, and the columns whose update matters (rapport_wijziging_vervalt then works out the date).
 */
const GEDATEERDE_TABELLEN = [
  { tabel: 'contactmoment', datum: 'nl_datum(plaatsgevonden_op)', kolommen: ['klant_id', 'plaatsgevonden_op', 'kanaal', 'resultaat'] },
  { tabel: 'ladder_meting', datum: 'gemeten_op', kolommen: ['klant_id', 'trede', 'gemeten_op', 'aangemaakt_op'] },
  { tabel: 'afspraak', datum: 'greatest(startdatum, nl_datum(aangemaakt_op))', kolommen: ['klant_id', 'startdatum', 'einddatum', 'status', 'aangemaakt_op', 'gewijzigd_op'] },
  { tabel: 'vrijstelling', datum: 'ingangsdatum', kolommen: ['klant_id', 'soort', 'reden', 'ingangsdatum', 'einddatum', 'ingetrokken_op'] },
  { tabel: 'klant', datum: 'startdatum_uitkering', kolommen: ['startdatum_uitkering', 'uitstroomdatum'] },
  { tabel: 'klant_toewijzing', datum: 'nl_datum(van)', kolommen: ['klant_id', 'klantmanager_id', 'van', 'tot'] },
];

export class Rapportages1795439000000 implements MigrationInterface {
  name = 'Rapportages1795439000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX contactmoment_gesprek_idx ON contactmoment (organisatie_id, plaatsgevonden_op) INCLUDE (klant_id, resultaat)
        WHERE kanaal IN ('gesprek_op_locatie', 'huisbezoek', 'beeldbellen', 'telefoon') AND resultaat IN ('gesproken', 'no_show', 'afgezegd');
      CREATE INDEX klant_toewijzing_organisatie_idx ON klant_toewijzing (organisatie_id, klant_id, van DESC) INCLUDE (klantmanager_id, tot);
      CREATE INDEX ladder_meting_organisatie_idx ON ladder_meting (organisatie_id, klant_id, gemeten_op DESC, aangemaakt_op DESC) INCLUDE (trede);

      CREATE TABLE rapport_maand (
        organisatie_id  uuid NOT NULL REFERENCES organisatie (id),
        peildatum       date NOT NULL,
        berekend_op     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisatie_id, peildatum)
      );

      CREATE TABLE rapport_maandfeit (
        organisatie_id      uuid NOT NULL,
        peildatum           date NOT NULL,
        klant_id            uuid NOT NULL,
        klantmanager_id     uuid,
        laatst_gezien       date,
        gesprekken          integer NOT NULL,
        gepland             integer NOT NULL,
        no_shows            integer NOT NULL,
        vrijgesteld         boolean NOT NULL,
        formeel             boolean NOT NULL,
        informeel           boolean NOT NULL,
        informeel_verlopen  integer NOT NULL,
        vrijstellingen      text[],
        lopende_afspraak    boolean NOT NULL,
        trede               smallint,
        PRIMARY KEY (organisatie_id, peildatum, klant_id)
      );

      -- The lock that orders filling a month against backdated changes of the same organisatie.
      CREATE FUNCTION rapport_slot(organisatie uuid) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT hashtextextended('rapport_maand:' || organisatie::text, 0)
      $$;

      -- A change that can affect the state at \`vanaf\` and later: months from there are no longer complete.
      CREATE FUNCTION rapport_vervalt(organisatie uuid, vanaf date) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF vanaf IS NULL OR vanaf >= nl_datum(now()) THEN RETURN; END IF; -- only closed months are kept
        PERFORM pg_advisory_xact_lock_shared(rapport_slot(organisatie));
        DELETE FROM rapport_maand WHERE organisatie_id = organisatie AND peildatum >= vanaf;
      END $$;

      -- Inserts and deletes: one call per statement (bulk loads stay set-based), the earliest date per organisatie.
      CREATE FUNCTION rapport_rijen_vervallen() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        expressie text := TG_ARGV[0];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          EXECUTE format('SELECT rapport_vervalt(organisatie_id, min(%s)) FROM nieuw GROUP BY organisatie_id', expressie);
        ELSE
          EXECUTE format('SELECT rapport_vervalt(organisatie_id, min(%s)) FROM oud GROUP BY organisatie_id', expressie);
        END IF;
        RETURN NULL;
      END $$;

      -- Updates come one at a time from the API; the earliest affected date depends on what changed.
      CREATE FUNCTION rapport_wijziging_vervalt() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        vanaf date;
      BEGIN
        CASE TG_TABLE_NAME
          WHEN 'contactmoment' THEN
            vanaf := nl_datum(least(OLD.plaatsgevonden_op, NEW.plaatsgevonden_op));
          WHEN 'ladder_meting' THEN
            vanaf := least(OLD.gemeten_op, NEW.gemeten_op);
          WHEN 'afspraak' THEN
            -- Running at P needs startdatum <= P and aangemaakt_op before the end of P, and, once closed, a last
            -- change after the end of P: a change of status or gewijzigd_op matters from the earlier closing moment.
            vanaf := nl_datum(least(CASE WHEN OLD.status <> 'lopend' THEN OLD.gewijzigd_op END, CASE WHEN NEW.status <> 'lopend' THEN NEW.gewijzigd_op END));
            IF (OLD.klant_id, OLD.startdatum, OLD.einddatum, OLD.aangemaakt_op) IS DISTINCT FROM (NEW.klant_id, NEW.startdatum, NEW.einddatum, NEW.aangemaakt_op) THEN
              vanaf := least(vanaf, greatest(OLD.startdatum, nl_datum(OLD.aangemaakt_op)), greatest(NEW.startdatum, nl_datum(NEW.aangemaakt_op)));
            END IF;
          WHEN 'vrijstelling' THEN
            IF (OLD.klant_id, OLD.soort, OLD.reden, OLD.ingangsdatum) IS DISTINCT FROM (NEW.klant_id, NEW.soort, NEW.reden, NEW.ingangsdatum) THEN
              vanaf := least(OLD.ingangsdatum, NEW.ingangsdatum);
            END IF;
            IF OLD.einddatum IS DISTINCT FROM NEW.einddatum THEN vanaf := least(vanaf, OLD.einddatum, NEW.einddatum); END IF;
            IF OLD.ingetrokken_op IS DISTINCT FROM NEW.ingetrokken_op THEN vanaf := least(vanaf, OLD.ingetrokken_op, NEW.ingetrokken_op); END IF;
          WHEN 'klant' THEN
            IF OLD.startdatum_uitkering IS DISTINCT FROM NEW.startdatum_uitkering THEN vanaf := least(OLD.startdatum_uitkering, NEW.startdatum_uitkering); END IF;
            IF OLD.uitstroomdatum IS DISTINCT FROM NEW.uitstroomdatum THEN vanaf := least(vanaf, OLD.uitstroomdatum, NEW.uitstroomdatum); END IF;
          WHEN 'klant_toewijzing' THEN
            vanaf := nl_datum(least(OLD.van, NEW.van, OLD.tot, NEW.tot));
        END CASE;
        PERFORM rapport_vervalt(NEW.organisatie_id, vanaf);
        IF OLD.organisatie_id <> NEW.organisatie_id THEN PERFORM rapport_vervalt(OLD.organisatie_id, vanaf); END IF;
        RETURN NULL;
      END $$;
    `);
    for (const { tabel, datum, kolommen } of GEDATEERDE_TABELLEN) {
      const rij = (kant: string) => `(${kolommen.map((k) => `${kant}.${k}`).join(', ')})`;
      await db.query(`
        CREATE TRIGGER rapport_${tabel}_in AFTER INSERT ON ${tabel} REFERENCING NEW TABLE AS nieuw
          FOR EACH STATEMENT EXECUTE FUNCTION rapport_rijen_vervallen('${datum}');
        CREATE TRIGGER rapport_${tabel}_uit AFTER DELETE ON ${tabel} REFERENCING OLD TABLE AS oud
          FOR EACH STATEMENT EXECUTE FUNCTION rapport_rijen_vervallen('${datum}');
        CREATE TRIGGER rapport_${tabel}_wijziging AFTER UPDATE ON ${tabel} FOR EACH ROW
          WHEN (${rij('OLD')} IS DISTINCT FROM ${rij('NEW')})
          EXECUTE FUNCTION rapport_wijziging_vervalt();
      `);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const { tabel } of GEDATEERDE_TABELLEN) {
      await db.query(`DROP TRIGGER rapport_${tabel}_in ON ${tabel}; DROP TRIGGER rapport_${tabel}_uit ON ${tabel}; DROP TRIGGER rapport_${tabel}_wijziging ON ${tabel};`);
    }
    await db.query(`
      DROP FUNCTION rapport_wijziging_vervalt(); DROP FUNCTION rapport_rijen_vervallen();
      DROP FUNCTION rapport_vervalt(uuid, date); DROP FUNCTION rapport_slot(uuid);
      DROP TABLE rapport_maandfeit; DROP TABLE rapport_maand;
      DROP INDEX contactmoment_gesprek_idx; DROP INDEX klant_toewijzing_organisatie_idx; DROP INDEX ladder_meting_organisatie_idx;
    `);
  }
}
