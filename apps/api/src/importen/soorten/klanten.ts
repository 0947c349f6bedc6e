import { dagenTussen, DOELGROEP_LABELS, DOELGROEPEN, vandaag } from '@klant-in-beeld/domain';
import { isEmail } from 'class-validator';
import { codeZoeker } from '../waarden';
import { RijLezer } from './rij-lezer';
import type { SoortDefinitie, SqlContext, Tellingen } from './soort';

const zoekDoelgroep = codeZoeker(DOELGROEPEN, DOELGROEP_LABELS);
const ADRES = ['straat', 'huisnummer', 'postcode', 'woonplaats'] as const;

/**
 * The staged rows of import $1 with their references resolved: gemeente by CBS code or name, category by code or
 * name (active ones of the organisatie), klantmanager by gebruikersnaam (an active klantmanager; for a teamleider
 * one of their team, $3), and the client that already has the BSN.
 */
const OPGELOST = `
  SELECT r.rij, r.gegevens->>'bsn' AS bsn, r.gegevens->>'voornamen' AS voornamen, r.gegevens->>'achternaam' AS achternaam,
         (r.gegevens->>'geboortedatum')::date AS geboortedatum, g.id AS gemeente_id, r.gegevens->>'doelgroep' AS doelgroep,
         (r.gegevens->>'startdatumUitkering')::date AS startdatum_uitkering, c.code AS dienstverleningscategorie,
         m.id AS klantmanager_id, nullif(r.gegevens->'adres', 'null'::jsonb) AS adres,
         r.gegevens->>'telefoon' AS telefoon, r.gegevens->>'email' AS email,
         r.gegevens->>'gemeente' AS gemeente_tekst, r.gegevens->>'categorie' AS categorie_tekst,
         r.gegevens->>'klantmanager' AS klantmanager_tekst,
         k.id AS bestaand_id, k.klantmanager_id AS bestaand_klantmanager_id, km.team_id AS bestaand_team_id
    FROM import_rij r
    LEFT JOIN LATERAL (
      SELECT g.id FROM gemeente g
       WHERE g.organisatie_id = $2 AND (g.cbs_code = r.gegevens->>'gemeente' OR lower(g.naam) = lower(r.gegevens->>'gemeente'))
       ORDER BY g.cbs_code = r.gegevens->>'gemeente' DESC LIMIT 1) g ON true
    LEFT JOIN LATERAL (
      SELECT c.code FROM dienstverleningscategorie c
       WHERE c.organisatie_id = $2 AND c.actief
         AND (c.code = lower(r.gegevens->>'categorie') OR lower(c.naam) = lower(r.gegevens->>'categorie'))
       ORDER BY c.code = lower(r.gegevens->>'categorie') DESC LIMIT 1) c ON true
    LEFT JOIN medewerker m ON m.gebruikersnaam = r.gegevens->>'klantmanager' AND m.organisatie_id = $2
         AND m.rol = 'klantmanager' AND m.actief AND ($3::uuid IS NULL OR m.team_id = $3)
    LEFT JOIN klant k ON k.organisatie_id = $2 AND k.bsn = r.gegevens->>'bsn'
    LEFT JOIN medewerker km ON km.id = k.klantmanager_id
   WHERE r.import_id = $1`;

/** The fields that an import sets, as the change audit names them (the API's names). */
const WAARDEN = (
  t: string,
) => `jsonb_build_object('bsn', ${t}.bsn, 'voornamen', ${t}.voornamen, 'achternaam', ${t}.achternaam,
  'geboortedatum', ${t}.geboortedatum, 'gemeenteId', ${t}.gemeente_id, 'doelgroep', ${t}.doelgroep,
  'startdatumUitkering', ${t}.startdatum_uitkering, 'dienstverleningscategorie', ${t}.dienstverleningscategorie,
  'klantmanagerId', ${t}.klantmanager_id, 'adres', ${t}.adres, 'telefoon', ${t}.telefoon, 'email', ${t}.email)`;

const VERGELIJK = (t: string) =>
  `(${t}.voornamen, ${t}.achternaam, ${t}.geboortedatum, ${t}.gemeente_id, ${t}.doelgroep, ${t}.startdatum_uitkering,
    ${t}.dienstverleningscategorie, ${t}.klantmanager_id, ${t}.adres, ${t}.telefoon, ${t}.email)`;

/** Clients, keyed by BSN: a new BSN is a new client, a known one updates that client (status and uitstroom stay). */
export const klanten: SoortDefinitie = {
  soort: 'klanten',
  sleutelVeld: 'bsn',
  kolommen: [
    { veld: 'bsn', namen: ['BSN', 'Burgerservicenummer', 'Sofinummer'], verplicht: true },
    { veld: 'voornamen', namen: ['Voornamen', 'Voornaam'], verplicht: true },
    { veld: 'achternaam', namen: ['Achternaam', 'Geslachtsnaam', 'Naam'], verplicht: true },
    { veld: 'geboortedatum', namen: ['Geboortedatum', 'Geboren'], verplicht: true },
    { veld: 'gemeente', namen: ['Gemeente', 'Gemeentecode', 'CBS-code', 'Woongemeente'], verplicht: true },
    { veld: 'doelgroep', namen: ['Doelgroep'], verplicht: true },
    {
      veld: 'startdatumUitkering',
      namen: ['Startdatum uitkering', 'Ingangsdatum uitkering', 'Startdatum', 'Uitkering sinds'],
      verplicht: true,
    },
    {
      veld: 'dienstverleningscategorie',
      namen: ['Dienstverleningscategorie', 'Categorie', 'Dienstverlening'],
      verplicht: true,
    },
    { veld: 'klantmanager', namen: ['Klantmanager', 'Consulent', 'Gebruikersnaam klantmanager'], verplicht: false },
    { veld: 'straat', namen: ['Straat', 'Straatnaam'], verplicht: false },
    { veld: 'huisnummer', namen: ['Huisnummer', 'Nummer'], verplicht: false },
    { veld: 'postcode', namen: ['Postcode'], verplicht: false },
    { veld: 'woonplaats', namen: ['Woonplaats', 'Plaats'], verplicht: false },
    { veld: 'telefoon', namen: ['Telefoon', 'Telefoonnummer', 'Mobiel'], verplicht: false },
    { veld: 'email', namen: ['E-mail', 'Email', 'E-mailadres'], verplicht: false },
  ],

  lees(cellen) {
    const l = new RijLezer(cellen);
    const bsn = l.bsn('bsn');
    const voornamen = l.tekst('voornamen', { max: 200, verplicht: true });
    const achternaam = l.tekst('achternaam', { max: 200, verplicht: true });
    const geboortedatum = l.datum('geboortedatum');
    const gemeenteRuw = l.tekst('gemeente', { max: 100, verplicht: true });
    const doelgroep = l.code('doelgroep', zoekDoelgroep, DOELGROEPEN);
    const startdatumUitkering = l.datum('startdatumUitkering');
    const categorie = l.tekst('dienstverleningscategorie', { max: 100, verplicht: true });
    const klantmanager = l.gebruikersnaam('klantmanager');
    const telefoon = l.tekst('telefoon', { max: 30 });
    if (telefoon && !/^\+?[0-9 ()-]{6,30}$/.test(telefoon))
      l.fout('telefoon', 'moet een telefoonnummer zijn, zoals 06-12345678');
    const email = l.tekst('email', { max: 254 });
    if (email && !isEmail(email)) l.fout('email', 'moet een geldig e-mailadres zijn');

    let adres: Record<string, string> | null = null;
    const adresVelden = ADRES.filter((veld) => !l.leeg(veld));
    if (adresVelden.length > 0) {
      adres = {};
      for (const veld of ADRES) {
        const waarde = l.tekst(veld, { max: veld === 'straat' ? 200 : veld === 'huisnummer' ? 20 : 100 });
        if (waarde === null) l.fout(veld, 'is verplicht bij een adres (straat, huisnummer, postcode en woonplaats)');
        else adres[veld] = waarde;
      }
      if (adres.postcode) {
        if (!/^[1-9][0-9]{3} ?[A-Za-z]{2}$/.test(adres.postcode))
          l.fout('postcode', 'moet een Nederlandse postcode zijn, zoals 8011 AB');
        else adres.postcode = `${adres.postcode.slice(0, 4)} ${adres.postcode.slice(-2).toUpperCase()}`;
      }
    }
    // The same rules as POST /api/klanten (klanten.service.ts controleerRegels).
    if (geboortedatum && dagenTussen(geboortedatum, vandaag()) < 0)
      l.fout('geboortedatum', 'mag niet in de toekomst liggen');
    else if (geboortedatum && startdatumUitkering && dagenTussen(geboortedatum, startdatumUitkering) < 0)
      l.fout('startdatumUitkering', 'mag niet voor de geboortedatum liggen');

    if (l.fouten.length > 0 || !bsn) return { fouten: l.fouten };
    // A CBS code as GM0193, 0193 or 193; anything else is the gemeente's name.
    const code = /^(?:gm)?(\d{1,4})$/i.exec(gemeenteRuw ?? '');
    return {
      sleutel: bsn,
      gegevens: {
        bsn,
        voornamen,
        achternaam,
        geboortedatum,
        gemeente: code ? `GM${code[1].padStart(4, '0')}` : gemeenteRuw,
        doelgroep,
        startdatumUitkering,
        categorie,
        klantmanager,
        adres,
        telefoon,
        email,
      },
    };
  },

  async controles({ tx, importId, actor, teamId, kop }: SqlContext) {
    await tx.query(
      `INSERT INTO import_fout (organisatie_id, import_id, rij, veld, melding)
       SELECT $2, $1, o.rij, f.veld, f.melding
         FROM (${OPGELOST}) o
        CROSS JOIN LATERAL (VALUES
          (o.gemeente_id IS NULL, $4::text, 'is geen gemeente van deze organisatie (CBS-code zoals GM0193, of de naam)'),
          (o.dienstverleningscategorie IS NULL, $5::text, 'is geen actieve dienstverleningscategorie van deze organisatie (code of naam)'),
          (o.klantmanager_tekst IS NOT NULL AND o.klantmanager_id IS NULL, $6::text, $8::text),
          ($3::uuid IS NOT NULL AND o.bestaand_id IS NOT NULL AND o.bestaand_klantmanager_id IS NOT NULL
             AND o.bestaand_team_id IS DISTINCT FROM $3, $7::text, 'hoort bij een klant van een ander team: die kan alleen de beheerder of dat team bijwerken')
        ) AS f (fout, veld, melding)
        WHERE f.fout`,
      [
        importId,
        actor.organisatieId,
        teamId,
        kop('gemeente'),
        kop('dienstverleningscategorie'),
        kop('klantmanager'),
        kop('bsn'),
        teamId
          ? 'is geen actieve klantmanager van je team (gebruikersnaam)'
          : 'is geen actieve klantmanager van deze organisatie (gebruikersnaam)',
      ],
    );
  },

  async tel({ tx, importId, actor, teamId }: SqlContext): Promise<Tellingen> {
    const [t] = await tx.query(
      `SELECT count(*) FILTER (WHERE o.bestaand_id IS NULL)::int AS nieuw,
              count(*) FILTER (WHERE o.bestaand_id IS NOT NULL AND ${VERGELIJK('k')} IS DISTINCT FROM ${VERGELIJK('o')})::int AS gewijzigd,
              count(*) FILTER (WHERE o.bestaand_id IS NOT NULL AND ${VERGELIJK('k')} IS NOT DISTINCT FROM ${VERGELIJK('o')})::int AS ongewijzigd
         FROM (${OPGELOST}) o LEFT JOIN klant k ON k.id = o.bestaand_id`,
      [importId, actor.organisatieId, teamId],
    );
    return t;
  },

  async voerUit({ tx, importId, actor, teamId }: SqlContext): Promise<Tellingen> {
    const [t] = await tx.query(
      `WITH o AS (${OPGELOST}),
       oud AS (SELECT k.id, ${WAARDEN('k')} AS w FROM klant k JOIN o ON o.bestaand_id = k.id),
       up AS (
         INSERT INTO klant (organisatie_id, bsn, voornamen, achternaam, geboortedatum, gemeente_id, doelgroep,
                            startdatum_uitkering, dienstverleningscategorie, klantmanager_id, adres, telefoon, email)
         SELECT $2, o.bsn, o.voornamen, o.achternaam, o.geboortedatum, o.gemeente_id, o.doelgroep, o.startdatum_uitkering,
                o.dienstverleningscategorie, o.klantmanager_id, o.adres, o.telefoon, o.email FROM o
         ON CONFLICT (organisatie_id, bsn) DO UPDATE SET
           voornamen = EXCLUDED.voornamen, achternaam = EXCLUDED.achternaam, geboortedatum = EXCLUDED.geboortedatum,
           gemeente_id = EXCLUDED.gemeente_id, doelgroep = EXCLUDED.doelgroep,
           startdatum_uitkering = EXCLUDED.startdatum_uitkering, dienstverleningscategorie = EXCLUDED.dienstverleningscategorie,
           klantmanager_id = EXCLUDED.klantmanager_id, adres = EXCLUDED.adres, telefoon = EXCLUDED.telefoon,
           email = EXCLUDED.email, versie = klant.versie + 1, gewijzigd_op = now()
         WHERE ${VERGELIJK('klant')} IS DISTINCT FROM ${VERGELIJK('EXCLUDED')}
         RETURNING klant.id, (xmax = 0) AS nieuw, ${WAARDEN('klant')} AS w
       ),
       audit AS (
         INSERT INTO wijziging (organisatie_id, medewerker_id, klant_id, resource, resource_id, actie, oud, nieuw, trace_id)
         SELECT $2, $4, up.id, 'klant', up.id, CASE WHEN up.nieuw THEN 'aangemaakt' ELSE 'gewijzigd' END,
                CASE WHEN up.nieuw THEN NULL ELSE (SELECT jsonb_object_agg(e.key, e.value) FROM jsonb_each(oud.w) e WHERE e.value IS DISTINCT FROM up.w->e.key) END,
                CASE WHEN up.nieuw THEN up.w ELSE (SELECT jsonb_object_agg(e.key, e.value) FROM jsonb_each(up.w) e WHERE e.value IS DISTINCT FROM oud.w->e.key) END,
                $5
           FROM up LEFT JOIN oud ON oud.id = up.id
       )
       SELECT count(*) FILTER (WHERE nieuw)::int AS nieuw, count(*) FILTER (WHERE NOT nieuw)::int AS gewijzigd,
              ((SELECT count(*) FROM o) - count(*))::int AS ongewijzigd
         FROM up`,
      [importId, actor.organisatieId, teamId, actor.medewerkerId, actor.traceId || null],
    );
    return t;
  },
};
