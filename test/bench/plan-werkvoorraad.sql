-- Gesprekken and plans for the werkvoorraad benchmark (`npm run bench:werkvoorraad -- --extra-sql=test/bench/plan-werkvoorraad.sql`),
-- so the plan_evalueren and plan_nodig branches find rows: about a third of the active clients get a
-- klant-in-beeld-gesprek (their latest conversation on location), two thirds of those a plan with 1 to 4 doelen.
-- Applicable to any version from the Gesprek migration on (the tables exist there), so before/after see the same data.
SELECT setseed(0.14);

INSERT INTO gesprek (organisatie_id, klant_id, medewerker_id, contactmoment_id, instrument_id, gevoerd_op,
                     berekend_categorie, berekend_pad, advies_categorie, dienstverleningspad)
SELECT k.organisatie_id, k.id, c.medewerker_id, c.id, i.id, c.plaatsgevonden_op,
       'job_ready', 'intensief_naar_werk', 'job_ready', 'intensief_naar_werk'
  FROM klant k
  CROSS JOIN LATERAL (
    SELECT c.id, c.medewerker_id, c.plaatsgevonden_op FROM contactmoment c
     WHERE c.klant_id = k.id AND c.kanaal = 'gesprek_op_locatie' AND c.resultaat = 'gesproken'
     ORDER BY c.plaatsgevonden_op DESC LIMIT 1
  ) c
  JOIN leefgebieden_instrument i ON i.organisatie_id = k.organisatie_id AND i.versie = 1
 WHERE k.status = 'actief' AND random() < 0.34;

-- A plan a few days after the gesprek; its evaluatiedatum 2 to 8 months after it (so some are due or past).
INSERT INTO plan (organisatie_id, klant_id, medewerker_id, evaluatiedatum, aangemaakt_op, gewijzigd_op)
SELECT g.organisatie_id, g.klant_id, g.medewerker_id, nl_datum(g.gevoerd_op) + 60 + floor(random() * 180)::int,
       g.gevoerd_op + interval '3 days', g.gevoerd_op + interval '3 days'
  FROM gesprek g
 WHERE random() < 0.67;

INSERT INTO plan_doel (organisatie_id, klant_id, plan_id, omschrijving, streefdatum, status, volgorde)
SELECT p.organisatie_id, p.klant_id, p.id, 'Doel ' || s, p.evaluatiedatum - (hashtext(p.id::text || s) & 127),
       CASE WHEN (hashtext(p.id::text || s) >> 8) & 7 < 5 THEN 'lopend' WHEN (hashtext(p.id::text || s) >> 8) & 7 < 7 THEN 'behaald' ELSE 'niet_behaald' END, s
  FROM plan p CROSS JOIN LATERAL generate_series(1, 1 + (hashtext(p.id::text) & 3)) s;
