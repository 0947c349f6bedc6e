import {
  AFSPRAAK_SOORT_LABELS,
  AFSPRAAK_SOORTEN,
  AFSPRAAK_STATUS_LABELS,
  AFSPRAAK_STATUSSEN,
  controleerAfspraakPeriode,
  controleerContactmoment,
  controleerVrijstelling,
  dagenTussen,
  INITIATIEF_LABELS,
  INITIATIEVEN,
  KANAAL_LABELS,
  KANALEN,
  RESULTAAT_LABELS,
  RESULTATEN,
  vandaag,
  VRIJSTELLING_OMVANG,
  VRIJSTELLING_OMVANG_LABELS,
  VRIJSTELLING_REDEN_LABELS,
  VRIJSTELLING_REDENEN,
  VRIJSTELLING_SOORT_LABELS,
  VRIJSTELLING_SOORTEN,
} from '@klant-in-beeld/domain';
import { codeZoeker } from '../waarden';
import { historieSoort } from './historie';
import type { RijLezer } from './rij-lezer';

/** The domain rules report API field names; in an import they are the soort's fields of the same name. */
function neemOver(l: RijLezer, fouten: { veld: string; melding: string }[]): void {
  for (const f of fouten) l.fout(f.veld, f.melding);
}

const zoekKanaal = codeZoeker(KANALEN, KANAAL_LABELS);
const zoekInitiatief = codeZoeker(INITIATIEVEN, INITIATIEF_LABELS);
const zoekResultaat = codeZoeker(RESULTATEN, RESULTAAT_LABELS);

export const contactmomenten = historieSoort({
  soort: 'contactmomenten',
  tabel: 'contactmoment',
  resource: 'contactmoment',
  kolommen: [
    {
      veld: 'plaatsgevondenOp',
      namen: ['Plaatsgevonden op', 'Datum', 'Datum en tijd', 'Tijdstip', 'Contactdatum'],
      verplicht: true,
    },
    { veld: 'kanaal', namen: ['Kanaal', 'Contactvorm'], verplicht: true },
    { veld: 'initiatief', namen: ['Initiatief', 'Initiatief van'], verplicht: true },
    { veld: 'resultaat', namen: ['Resultaat'], verplicht: true },
    { veld: 'onderwerp', namen: ['Onderwerp'], verplicht: true },
    { veld: 'samenvatting', namen: ['Samenvatting', 'Verslag', 'Notitie'], verplicht: false },
  ],
  velden: [
    { kolom: 'plaatsgevonden_op', sleutel: 'plaatsgevondenOp', type: 'timestamptz' },
    { kolom: 'kanaal', sleutel: 'kanaal', type: 'text' },
    { kolom: 'initiatief', sleutel: 'initiatief', type: 'text' },
    { kolom: 'resultaat', sleutel: 'resultaat', type: 'text' },
    { kolom: 'onderwerp', sleutel: 'onderwerp', type: 'text' },
    { kolom: 'samenvatting', sleutel: 'samenvatting', type: 'text' },
  ],
  bijWijzigen: 'versie = contactmoment.versie + 1, gecorrigeerd_op = now()',
  lees(l, ctx) {
    const plaatsgevondenOp = l.tijdstip('plaatsgevondenOp');
    const kanaal = l.code('kanaal', zoekKanaal, KANALEN);
    const initiatief = l.code('initiatief', zoekInitiatief, INITIATIEVEN);
    const resultaat = l.code('resultaat', zoekResultaat, RESULTATEN);
    const onderwerp = l.tekst('onderwerp', { max: 200, verplicht: true });
    const samenvatting = l.tekst('samenvatting', { max: 10_000 });
    if (plaatsgevondenOp && kanaal && resultaat)
      neemOver(l, controleerContactmoment({ kanaal, resultaat, plaatsgevondenOp }, ctx.nu));
    return { plaatsgevondenOp, kanaal, initiatief, resultaat, onderwerp, samenvatting };
  },
  // The trigger leaves laatst_gezien_op to the import (kib.import): once per client, set-based.
  async naUitvoeren({ tx, importId, actor }) {
    await tx.query(
      `UPDATE klant k SET laatst_gezien_op = g.laatst
         FROM (SELECT c.klant_id, max(c.plaatsgevonden_op) FILTER (WHERE c.telt_als_gezien) AS laatst
                 FROM contactmoment c
                WHERE c.organisatie_id = $2 AND c.klant_id IN (
                        SELECT k2.id FROM import_rij r JOIN klant k2 ON k2.organisatie_id = $2 AND k2.bsn = r.gegevens->>'bsn'
                         WHERE r.import_id = $1)
                GROUP BY c.klant_id) g
        WHERE k.id = g.klant_id AND k.laatst_gezien_op IS DISTINCT FROM g.laatst`,
      [importId, actor.organisatieId],
    );
  },
});

export const ladder = historieSoort({
  soort: 'ladder',
  tabel: 'ladder_meting',
  resource: 'ladder_meting',
  kolommen: [
    { veld: 'trede', namen: ['Trede', 'Ladder', 'Participatieladder'], verplicht: true },
    { veld: 'doeltrede', namen: ['Doeltrede', 'Doel'], verplicht: false },
    { veld: 'gemetenOp', namen: ['Gemeten op', 'Datum', 'Meetdatum'], verplicht: true },
    { veld: 'toelichting', namen: ['Toelichting', 'Opmerking'], verplicht: false },
  ],
  velden: [
    { kolom: 'trede', sleutel: 'trede', type: 'smallint' },
    { kolom: 'doeltrede', sleutel: 'doeltrede', type: 'smallint' },
    { kolom: 'gemeten_op', sleutel: 'gemetenOp', type: 'date' },
    { kolom: 'toelichting', sleutel: 'toelichting', type: 'text' },
  ],
  bijWijzigen: '',
  lees(l) {
    const trede = l.geheel('trede', 1, 6);
    const doeltrede = l.geheel('doeltrede', 1, 6, false);
    const gemetenOp = l.datum('gemetenOp');
    const toelichting = l.tekst('toelichting', { max: 2000 });
    if (gemetenOp && dagenTussen(gemetenOp, vandaag()) < 0) l.fout('gemetenOp', 'mag niet in de toekomst liggen');
    return { trede, doeltrede, gemetenOp, toelichting };
  },
});

const zoekAfspraakSoort = codeZoeker(AFSPRAAK_SOORTEN, AFSPRAAK_SOORT_LABELS);
const zoekAfspraakStatus = codeZoeker(AFSPRAAK_STATUSSEN, AFSPRAAK_STATUS_LABELS);

export const afspraken = historieSoort({
  soort: 'afspraken',
  tabel: 'afspraak',
  resource: 'afspraak',
  kolommen: [
    { veld: 'soort', namen: ['Soort', 'Soort afspraak', 'Type'], verplicht: true },
    { veld: 'omschrijving', namen: ['Omschrijving', 'Afspraak'], verplicht: true },
    { veld: 'startdatum', namen: ['Startdatum', 'Begindatum', 'Van'], verplicht: true },
    { veld: 'einddatum', namen: ['Einddatum', 'Tot', 'Uiterlijk'], verplicht: true },
    { veld: 'status', namen: ['Status'], verplicht: false },
    { veld: 'resultaatToelichting', namen: ['Resultaat toelichting', 'Resultaat', 'Toelichting'], verplicht: false },
  ],
  velden: [
    { kolom: 'soort', sleutel: 'soort', type: 'text' },
    { kolom: 'omschrijving', sleutel: 'omschrijving', type: 'text' },
    { kolom: 'startdatum', sleutel: 'startdatum', type: 'date' },
    { kolom: 'einddatum', sleutel: 'einddatum', type: 'date' },
    { kolom: 'status', sleutel: 'status', type: 'text' },
    { kolom: 'resultaat_toelichting', sleutel: 'resultaatToelichting', type: 'text' },
  ],
  bijWijzigen: 'versie = afspraak.versie + 1, gewijzigd_op = now()',
  lees(l) {
    const soort = l.code('soort', zoekAfspraakSoort, AFSPRAAK_SOORTEN);
    const omschrijving = l.tekst('omschrijving', { max: 2000, verplicht: true });
    const startdatum = l.datum('startdatum');
    const einddatum = l.datum('einddatum');
    const status = l.code('status', zoekAfspraakStatus, AFSPRAAK_STATUSSEN, false) ?? 'lopend';
    const resultaatToelichting = l.tekst('resultaatToelichting', { max: 5000 });
    if (startdatum && einddatum) neemOver(l, controleerAfspraakPeriode({ startdatum, einddatum }));
    return { soort, omschrijving, startdatum, einddatum, status, resultaatToelichting };
  },
});

const zoekVrijstellingSoort = codeZoeker(VRIJSTELLING_SOORTEN, VRIJSTELLING_SOORT_LABELS);
const zoekOmvang = codeZoeker(VRIJSTELLING_OMVANG, VRIJSTELLING_OMVANG_LABELS);
const zoekReden = codeZoeker(VRIJSTELLING_REDENEN, VRIJSTELLING_REDEN_LABELS);

export const vrijstellingen = historieSoort({
  soort: 'vrijstellingen',
  tabel: 'vrijstelling',
  resource: 'vrijstelling',
  kolommen: [
    { veld: 'soort', namen: ['Soort', 'Soort vrijstelling'], verplicht: true },
    { veld: 'omvang', namen: ['Omvang', 'Vrijgesteld van'], verplicht: true },
    { veld: 'reden', namen: ['Reden'], verplicht: true },
    { veld: 'ingangsdatum', namen: ['Ingangsdatum', 'Startdatum', 'Van'], verplicht: true },
    { veld: 'einddatum', namen: ['Einddatum', 'Tot'], verplicht: false },
    { veld: 'herbeoordelingsdatum', namen: ['Herbeoordelingsdatum', 'Herbeoordeling'], verplicht: true },
    { veld: 'beschikkingKenmerk', namen: ['Beschikking kenmerk', 'Kenmerk beschikking'], verplicht: false },
    { veld: 'beschikkingDatum', namen: ['Beschikking datum', 'Datum beschikking'], verplicht: false },
    { veld: 'besluitUrl', namen: ['Besluit URL', 'Besluit'], verplicht: false },
    { veld: 'toelichting', namen: ['Toelichting'], verplicht: false },
  ],
  velden: [
    { kolom: 'soort', sleutel: 'soort', type: 'text' },
    { kolom: 'omvang', sleutel: 'omvang', type: 'text[]' },
    { kolom: 'reden', sleutel: 'reden', type: 'text' },
    { kolom: 'ingangsdatum', sleutel: 'ingangsdatum', type: 'date' },
    { kolom: 'einddatum', sleutel: 'einddatum', type: 'date' },
    { kolom: 'herbeoordelingsdatum', sleutel: 'herbeoordelingsdatum', type: 'date' },
    { kolom: 'beschikking_kenmerk', sleutel: 'beschikkingKenmerk', type: 'text' },
    { kolom: 'beschikking_datum', sleutel: 'beschikkingDatum', type: 'date' },
    { kolom: 'besluit_url', sleutel: 'besluitUrl', type: 'text' },
    { kolom: 'toelichting', sleutel: 'toelichting', type: 'text' },
  ],
  bijWijzigen: 'versie = vrijstelling.versie + 1, gewijzigd_op = now()',
  lees(l, ctx) {
    const soort = l.code('soort', zoekVrijstellingSoort, VRIJSTELLING_SOORTEN);
    const omvang = l.codes('omvang', zoekOmvang, VRIJSTELLING_OMVANG);
    const reden = l.code('reden', zoekReden, VRIJSTELLING_REDENEN);
    const ingangsdatum = l.datum('ingangsdatum');
    const einddatum = l.datum('einddatum', false);
    const herbeoordelingsdatum = l.datum('herbeoordelingsdatum');
    const beschikkingKenmerk = l.tekst('beschikkingKenmerk', { max: 100 });
    const beschikkingDatum = l.datum('beschikkingDatum', false);
    const besluitUrl = l.tekst('besluitUrl', { max: 500 });
    if (besluitUrl && !/^https?:\/\/\S+$/.test(besluitUrl)) l.fout('besluitUrl', 'moet een http- of https-adres zijn');
    const toelichting = l.tekst('toelichting', { max: 5000 });
    if (soort && ingangsdatum)
      neemOver(
        l,
        controleerVrijstelling(
          { soort, ingangsdatum, einddatum, herbeoordelingsdatum, beschikkingKenmerk, beschikkingDatum },
          ctx.maxDuurInformeelDagen,
        ).filter((f) => !l.fouten.some((bestaand) => bestaand.veld === f.veld)),
      );
    return {
      soort,
      omvang,
      reden,
      ingangsdatum,
      einddatum,
      herbeoordelingsdatum,
      beschikkingKenmerk,
      beschikkingDatum,
      besluitUrl,
      toelichting,
    };
  },
});
