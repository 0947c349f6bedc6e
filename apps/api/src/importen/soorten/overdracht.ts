import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import {
  AFSPRAAK_SOORT_LABELS,
  AFSPRAAK_SOORTEN,
  AFSPRAAK_STATUS_LABELS,
  AFSPRAAK_STATUSSEN,
  controleerAfspraakPeriode,
  controleerContactmoment,
  controleerVrijstelling,
  dagenTussen,
  DOELGROEP_LABELS,
  DOELGROEPEN,
  INITIATIEF_LABELS,
  INITIATIEVEN,
  KANAAL_LABELS,
  KANALEN,
  KLANT_STATUSSEN,
  RESULTAAT_LABELS,
  RESULTATEN,
  UITSTROOMREDEN_LABELS,
  UITSTROOMREDENEN,
  vandaag,
  type VeldFout,
  VRIJSTELLING_OMVANG,
  VRIJSTELLING_OMVANG_LABELS,
  VRIJSTELLING_REDEN_LABELS,
  VRIJSTELLING_REDENEN,
  VRIJSTELLING_SOORT_LABELS,
  VRIJSTELLING_SOORTEN,
} from '@klant-in-beeld/domain';
import { isEmail } from 'class-validator';
import { OVERDRACHT_FORMAAT, OVERDRACHT_VERSIE } from '../../overdracht/formaat';
import { BestandFout, type Bestand, type Regel } from '../lezer';
import { codeZoeker, inhoudSleutel } from '../waarden';
import { RijLezer } from './rij-lezer';
import type { GelezenRij, RijContext, SoortDefinitie, SqlContext, Tellingen } from './soort';

/*
 * soort "overdracht" (docs/overdracht.md): whole dossiers as the JSON documents GET /api/klanten/{id}/overdracht
 * writes. A file holds one document, a JSON array of them, or JSON Lines. Each document is one "rij" of the engine
 * (rij = its number in the file, from 1); errors name the JSON path (`contactmomenten[3].kanaal`, 0-based).
 */

// ---------------------------------------------------------------------------------------------------------------
// Reading the file: the documents one by one, streamed (a file is never held whole).

/**
 * The top-level values of a JSON text: the elements of an array, or a sequence of objects (one document, JSON
 * Lines). Tracks strings and nesting only to find where each value ends; each value is parsed on its own later,
 * so one broken document is an error of that document, not of the file.
 */
export async function* documentTeksten(bron: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let modus: 'begin' | 'lijst' | 'reeks' | 'einde' = 'begin';
  let bezig = false;
  let diepte = 0;
  let inTekst = false;
  let escape = false;
  let huidig = '';
  let regel = 1;
  const klaar: string[] = [];

  const verwerk = (deel: string) => {
    let start = 0;
    for (let i = 0; i < deel.length; i++) {
      const c = deel[i];
      if (c === '\n') regel++;
      if (bezig) {
        if (inTekst) {
          if (escape) escape = false;
          else if (c === '\\') escape = true;
          else if (c === '"') inTekst = false;
          continue;
        }
        if (c === '"') inTekst = true;
        else if (c === '{' || c === '[') diepte++;
        else if (c === '}' || c === ']') diepte--;
        if (modus === 'lijst' && ((diepte === 0 && c === ',') || diepte < 0)) {
          klaar.push((huidig + deel.slice(start, i)).trim());
          huidig = '';
          bezig = false;
          if (diepte < 0) modus = 'einde';
          diepte = 0;
        } else if (modus === 'reeks' && diepte === 0) {
          klaar.push(huidig + deel.slice(start, i + 1));
          huidig = '';
          bezig = false;
        }
        continue;
      }
      if (/\s/.test(c) || c === '\uFEFF') continue;
      if (modus === 'begin') {
        if (c === '[') {
          modus = 'lijst';
          continue;
        }
        if (c !== '{')
          throw new BestandFout(
            'Het bestand is geen overdrachtsbestand: verwacht JSON met één document ({…}), een lijst ([…]) of JSON Lines.',
          );
        modus = 'reeks';
      }
      if (modus === 'einde') throw new BestandFout(`Na het einde van de lijst (]) staat nog tekst (regel ${regel}).`);
      if (modus === 'lijst' && c === ']') {
        modus = 'einde';
        continue;
      }
      if (modus === 'reeks' && c !== '{')
        throw new BestandFout(`Elk document moet een JSON-object zijn dat met { begint (regel ${regel}).`);
      bezig = true;
      start = i;
      diepte = c === '{' || c === '[' ? 1 : 0;
      inTekst = c === '"';
      if (modus === 'lijst' && c === ',') {
        // An empty element (",,"): a document of its own that is not an object.
        klaar.push('');
        bezig = false;
      }
    }
    if (bezig) huidig += deel.slice(start);
  };

  try {
    for await (const stuk of bron) {
      verwerk(typeof stuk === 'string' ? stuk : decoder.decode(stuk, { stream: true }));
      yield* klaar.splice(0);
    }
    verwerk(decoder.decode());
  } catch (fout) {
    if (fout instanceof BestandFout) throw fout;
    throw new BestandFout('Het bestand is geen tekst in UTF-8: sla het overdrachtsbestand op als UTF-8 (JSON).');
  }
  yield* klaar.splice(0);
  if (modus === 'begin') throw new BestandFout('Het bestand is leeg.');
  if (modus === 'lijst') throw new BestandFout('De lijst met documenten is niet afgesloten met ].');
  if (bezig) yield huidig;
}

/** The header the engine maps to the soort's columns: the document, and the BSN as duplicates are named. */
const KOP = ['document', 'klant.bsn'];

/** The file as the engine reads it: a header, then one "regel" per document (rij = its number, from 1). */
async function openOverdracht(pad: string): Promise<Bestand> {
  const grootte = (await stat(pad)).size;
  if (grootte === 0) throw new BestandFout('Het bestand is leeg.');
  const bron = createReadStream(pad, { highWaterMark: 256 * 1024 });
  async function* regels(): AsyncGenerator<Regel> {
    try {
      yield { rij: 0, cellen: KOP };
      let nummer = 0;
      for await (const tekst of documentTeksten(bron)) yield { rij: ++nummer, cellen: [tekst, ''] };
      if (nummer === 0) throw new BestandFout('Het bestand bevat geen overdrachtsdocument.');
    } finally {
      bron.destroy();
    }
  }
  return { regels: regels(), voortgang: () => Math.min(1, bron.bytesRead / grootte) };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading one document: the same rules as the API and the other soorten (RijLezer), with JSON paths as fields.

type Json = Record<string, unknown>;

const zoekDoelgroep = codeZoeker(DOELGROEPEN, DOELGROEP_LABELS);
const zoekStatus = codeZoeker(KLANT_STATUSSEN);
const zoekUitstroomreden = codeZoeker(UITSTROOMREDENEN, UITSTROOMREDEN_LABELS);
const zoekKanaal = codeZoeker(KANALEN, KANAAL_LABELS);
const zoekInitiatief = codeZoeker(INITIATIEVEN, INITIATIEF_LABELS);
const zoekResultaat = codeZoeker(RESULTATEN, RESULTAAT_LABELS);
const zoekAfspraakSoort = codeZoeker(AFSPRAAK_SOORTEN, AFSPRAAK_SOORT_LABELS);
const zoekAfspraakStatus = codeZoeker(AFSPRAAK_STATUSSEN, AFSPRAAK_STATUS_LABELS);
const zoekVrijstellingSoort = codeZoeker(VRIJSTELLING_SOORTEN, VRIJSTELLING_SOORT_LABELS);
const zoekOmvang = codeZoeker(VRIJSTELLING_OMVANG, VRIJSTELLING_OMVANG_LABELS);
const zoekReden = codeZoeker(VRIJSTELLING_REDENEN, VRIJSTELLING_REDEN_LABELS);

const SECTIES = ['contactmomenten', 'ladderMetingen', 'afspraken', 'vrijstellingen'] as const;
type Sectie = (typeof SECTIES)[number];

/**
 * A document's values by JSON path. Type errors are reported here; the text, date, code and number rules are the
 * engine's own (RijLezer), fed with the value under its path, so an overdracht is held to what a CSV row is.
 */
class DocumentLezer {
  private readonly cellen: Record<string, string> = {};
  readonly r = new RijLezer(this.cellen);

  get fouten(): VeldFout[] {
    return this.r.fouten;
  }

  fout(pad: string, melding: string): void {
    this.r.fout(pad, melding);
  }

  /** An object with only the given members (anything else is refused, as the API refuses unknown fields). */
  object(waarde: unknown, pad: string, velden: readonly string[], verplicht = true): Json | null {
    if (waarde === undefined || waarde === null) {
      if (verplicht) this.fout(pad, 'is verplicht');
      return null;
    }
    if (typeof waarde !== 'object' || Array.isArray(waarde)) {
      this.fout(pad, 'moet een object zijn');
      return null;
    }
    for (const sleutel of Object.keys(waarde))
      if (!velden.includes(sleutel)) this.fout(pad ? `${pad}.${sleutel}` : sleutel, 'is geen bekend veld');
    return waarde as Json;
  }

  lijst(waarde: unknown, pad: string): unknown[] {
    if (waarde === undefined || waarde === null) return [];
    if (!Array.isArray(waarde)) {
      this.fout(pad, 'moet een lijst zijn');
      return [];
    }
    return waarde;
  }

  /** The value as the text a cell would hold; a value of the wrong JSON type is reported and reads as absent. */
  private cel(waarde: unknown, pad: string, soort: 'tekst' | 'getal'): string {
    if (waarde === undefined || waarde === null) return (this.cellen[pad] = '');
    if (soort === 'tekst' && typeof waarde !== 'string') this.fout(pad, 'moet tekst zijn');
    else if (soort === 'getal' && typeof waarde !== 'number') this.fout(pad, 'moet een getal zijn');
    else return (this.cellen[pad] = String(waarde));
    this.typeFouten.add(pad);
    return (this.cellen[pad] = '');
  }

  private readonly typeFouten = new Set<string>();

  private fouteType(pad: string): boolean {
    return this.typeFouten.has(pad);
  }

  tekst(o: Json, pad: string, opties: { max: number; verplicht?: boolean }): string | null {
    const sleutel = pad.slice(pad.lastIndexOf('.') + 1);
    this.cel(o[sleutel], pad, 'tekst');
    if (this.fouteType(pad)) return null;
    return this.r.tekst(pad, opties);
  }

  datum(o: Json, pad: string, verplicht = true): string | null {
    const sleutel = pad.slice(pad.lastIndexOf('.') + 1);
    const tekst = this.cel(o[sleutel], pad, 'tekst');
    if (this.fouteType(pad)) return null;
    // The format writes ISO dates; a Dutch date is what a person typing the file might write, and reads the same.
    if (tekst !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(tekst.trim()) && !/^\d{1,2}-\d{1,2}-\d{4}$/.test(tekst.trim())) {
      this.fout(pad, 'moet een datum zijn zoals 2026-11-23');
      return null;
    }
    return this.r.datum(pad, verplicht);
  }

  tijdstip(o: Json, pad: string): string | null {
    const sleutel = pad.slice(pad.lastIndexOf('.') + 1);
    this.cel(o[sleutel], pad, 'tekst');
    if (this.fouteType(pad)) return null;
    return this.r.tijdstip(pad);
  }

  geheel(o: Json, pad: string, min: number, max: number, verplicht = true): number | null {
    const sleutel = pad.slice(pad.lastIndexOf('.') + 1);
    this.cel(o[sleutel], pad, 'getal');
    if (this.fouteType(pad)) return null;
    return this.r.geheel(pad, min, max, verplicht);
  }

  code<C extends string>(
    o: Json,
    pad: string,
    zoek: (tekst: string) => C | undefined,
    codes: readonly C[],
    verplicht = true,
  ): C | null {
    const sleutel = pad.slice(pad.lastIndexOf('.') + 1);
    this.cel(o[sleutel], pad, 'tekst');
    if (this.fouteType(pad)) return null;
    return this.r.code(pad, zoek, codes, verplicht);
  }

  codes<C extends string>(
    o: Json,
    pad: string,
    zoek: (tekst: string) => C | undefined,
    codes: readonly C[],
  ): C[] | null {
    const sleutel = pad.slice(pad.lastIndexOf('.') + 1);
    const waarde = o[sleutel];
    if (
      waarde !== undefined &&
      waarde !== null &&
      (!Array.isArray(waarde) || waarde.some((w) => typeof w !== 'string'))
    ) {
      this.fout(pad, 'moet een lijst met codes zijn');
      return null;
    }
    this.cellen[pad] = ((waarde as string[] | null) ?? []).join(',');
    return this.r.codes(pad, zoek, codes);
  }

  bsn(o: Json, pad: string): string | null {
    this.cel(o.bsn, pad, 'tekst');
    if (this.fouteType(pad)) return null;
    return this.r.bsn(pad);
  }

  /** A medewerker reference: e-mail and gebruikersnaam (how the target finds them), naam for people. */
  medewerker(waarde: unknown, pad: string): { email: string | null; gebruikersnaam: string | null } | null {
    const m = this.object(waarde, pad, ['gebruikersnaam', 'naam', 'email'], false);
    if (!m) return null;
    const email = this.tekst(m, `${pad}.email`, { max: 254 });
    if (email && !isEmail(email)) this.fout(`${pad}.email`, 'moet een geldig e-mailadres zijn');
    this.cel(m.gebruikersnaam, `${pad}.gebruikersnaam`, 'tekst');
    const gebruikersnaam = this.r.gebruikersnaam(`${pad}.gebruikersnaam`);
    this.tekst(m, `${pad}.naam`, { max: 200 });
    if (!email && !gebruikersnaam) this.fout(pad, 'moet een e-mailadres of gebruikersnaam hebben');
    return { email: email?.toLowerCase() ?? null, gebruikersnaam };
  }

  /** The domain rules report API field names; here they are members of the element at `pad`. */
  neemOver(pad: string, fouten: VeldFout[]): void {
    for (const f of fouten)
      if (!this.fouten.some((b) => b.veld === `${pad}.${f.veld}`)) this.fout(`${pad}.${f.veld}`, f.melding);
  }
}

const ADRES = ['straat', 'huisnummer', 'postcode', 'woonplaats'] as const;
const KLANT_VELDEN = [
  'bsn',
  'voornamen',
  'achternaam',
  'geboortedatum',
  'gemeente',
  'adres',
  'telefoon',
  'email',
  'doelgroep',
  'startdatumUitkering',
  'dienstverleningscategorie',
  'klantmanager',
  'status',
  'uitstroomdatum',
  'uitstroomreden',
];

function leesKlant(l: DocumentLezer, waarde: unknown): Json | null {
  const k = l.object(waarde, 'klant', KLANT_VELDEN);
  if (!k) return null;
  const bsn = l.bsn(k, 'klant.bsn');
  const voornamen = l.tekst(k, 'klant.voornamen', { max: 200, verplicht: true });
  const achternaam = l.tekst(k, 'klant.achternaam', { max: 200, verplicht: true });
  const geboortedatum = l.datum(k, 'klant.geboortedatum');
  const gemeente = l.object(k.gemeente, 'klant.gemeente', ['cbsCode', 'naam']);
  let cbsCode: string | null = null;
  if (gemeente) {
    cbsCode = l.tekst(gemeente, 'klant.gemeente.cbsCode', { max: 6, verplicht: true });
    if (cbsCode && !/^GM\d{4}$/.test(cbsCode)) l.fout('klant.gemeente.cbsCode', 'moet een CBS-code zijn, zoals GM0193');
    l.tekst(gemeente, 'klant.gemeente.naam', { max: 100 });
  }
  const doelgroep = l.code(k, 'klant.doelgroep', zoekDoelgroep, DOELGROEPEN);
  const startdatumUitkering = l.datum(k, 'klant.startdatumUitkering');
  const categorie = l.object(k.dienstverleningscategorie, 'klant.dienstverleningscategorie', ['code', 'naam']);
  const categorieCode = categorie
    ? l.tekst(categorie, 'klant.dienstverleningscategorie.code', { max: 40, verplicht: true })
    : null;
  if (categorie) l.tekst(categorie, 'klant.dienstverleningscategorie.naam', { max: 100 });
  const klantmanager = l.medewerker(k.klantmanager, 'klant.klantmanager');
  const telefoon = l.tekst(k, 'klant.telefoon', { max: 30 });
  if (telefoon && !/^\+?[0-9 ()-]{6,30}$/.test(telefoon))
    l.fout('klant.telefoon', 'moet een telefoonnummer zijn, zoals 06-12345678');
  const email = l.tekst(k, 'klant.email', { max: 254 });
  if (email && !isEmail(email)) l.fout('klant.email', 'moet een geldig e-mailadres zijn');
  let adres: Record<string, string> | null = null;
  const a = l.object(k.adres, 'klant.adres', ADRES, false);
  if (a) {
    adres = {};
    for (const veld of ADRES) {
      const w = l.tekst(a, `klant.adres.${veld}`, {
        max: veld === 'straat' ? 200 : veld === 'huisnummer' ? 20 : 100,
        verplicht: true,
      });
      if (w !== null) adres[veld] = w;
    }
    if (adres.postcode) {
      if (!/^[1-9][0-9]{3} ?[A-Za-z]{2}$/.test(adres.postcode))
        l.fout('klant.adres.postcode', 'moet een Nederlandse postcode zijn, zoals 8011 AB');
      else adres.postcode = `${adres.postcode.slice(0, 4)} ${adres.postcode.slice(-2).toUpperCase()}`;
    }
  }
  const status = l.code(k, 'klant.status', zoekStatus, KLANT_STATUSSEN, false) ?? 'actief';
  const uitstroomdatum = l.datum(k, 'klant.uitstroomdatum', false);
  const uitstroomreden = l.code(k, 'klant.uitstroomreden', zoekUitstroomreden, UITSTROOMREDENEN, false);
  if (status === 'uitgestroomd') {
    if (!uitstroomdatum && !l.fouten.some((f) => f.veld === 'klant.uitstroomdatum'))
      l.fout('klant.uitstroomdatum', 'is verplicht bij status uitgestroomd');
    if (!uitstroomreden && !l.fouten.some((f) => f.veld === 'klant.uitstroomreden'))
      l.fout('klant.uitstroomreden', 'is verplicht bij status uitgestroomd');
  } else {
    if (uitstroomdatum) l.fout('klant.uitstroomdatum', 'hoort alleen bij status uitgestroomd');
    if (uitstroomreden) l.fout('klant.uitstroomreden', 'hoort alleen bij status uitgestroomd');
  }
  // The same rules as POST /api/klanten.
  if (geboortedatum && dagenTussen(geboortedatum, vandaag()) < 0)
    l.fout('klant.geboortedatum', 'mag niet in de toekomst liggen');
  else if (geboortedatum && startdatumUitkering && dagenTussen(geboortedatum, startdatumUitkering) < 0)
    l.fout('klant.startdatumUitkering', 'mag niet voor de geboortedatum liggen');
  return {
    bsn,
    voornamen,
    achternaam,
    geboortedatum,
    gemeente: cbsCode,
    doelgroep,
    startdatumUitkering,
    categorie: categorieCode?.toLowerCase() ?? null,
    klantmanager,
    adres,
    telefoon,
    email,
    status,
    uitstroomdatum: status === 'uitgestroomd' ? uitstroomdatum : null,
    uitstroomreden: status === 'uitgestroomd' ? uitstroomreden : null,
  };
}

/** Per section: its members, and how one element is read into the staged values (the API's names). */
const LEES_SECTIE: Record<
  Sectie,
  { velden: string[]; lees(l: DocumentLezer, o: Json, pad: string, ctx: RijContext): Json }
> = {
  contactmomenten: {
    velden: ['plaatsgevondenOp', 'kanaal', 'initiatief', 'resultaat', 'onderwerp', 'samenvatting'],
    lees(l, o, pad, ctx) {
      const plaatsgevondenOp = l.tijdstip(o, `${pad}.plaatsgevondenOp`);
      const kanaal = l.code(o, `${pad}.kanaal`, zoekKanaal, KANALEN);
      const initiatief = l.code(o, `${pad}.initiatief`, zoekInitiatief, INITIATIEVEN);
      const resultaat = l.code(o, `${pad}.resultaat`, zoekResultaat, RESULTATEN);
      const onderwerp = l.tekst(o, `${pad}.onderwerp`, { max: 200, verplicht: true });
      const samenvatting = l.tekst(o, `${pad}.samenvatting`, { max: 10_000 });
      if (plaatsgevondenOp && kanaal && resultaat)
        l.neemOver(pad, controleerContactmoment({ kanaal, resultaat, plaatsgevondenOp }, ctx.nu));
      return { plaatsgevondenOp, kanaal, initiatief, resultaat, onderwerp, samenvatting };
    },
  },
  ladderMetingen: {
    velden: ['trede', 'doeltrede', 'gemetenOp', 'toelichting'],
    lees(l, o, pad) {
      const trede = l.geheel(o, `${pad}.trede`, 1, 6);
      const doeltrede = l.geheel(o, `${pad}.doeltrede`, 1, 6, false);
      const gemetenOp = l.datum(o, `${pad}.gemetenOp`);
      const toelichting = l.tekst(o, `${pad}.toelichting`, { max: 2000 });
      if (gemetenOp && dagenTussen(gemetenOp, vandaag()) < 0)
        l.fout(`${pad}.gemetenOp`, 'mag niet in de toekomst liggen');
      return { trede, doeltrede, gemetenOp, toelichting };
    },
  },
  afspraken: {
    velden: ['soort', 'omschrijving', 'startdatum', 'einddatum', 'status', 'resultaatToelichting'],
    lees(l, o, pad) {
      const soort = l.code(o, `${pad}.soort`, zoekAfspraakSoort, AFSPRAAK_SOORTEN);
      const omschrijving = l.tekst(o, `${pad}.omschrijving`, { max: 2000, verplicht: true });
      const startdatum = l.datum(o, `${pad}.startdatum`);
      const einddatum = l.datum(o, `${pad}.einddatum`);
      const status = l.code(o, `${pad}.status`, zoekAfspraakStatus, AFSPRAAK_STATUSSEN, false) ?? 'lopend';
      const resultaatToelichting = l.tekst(o, `${pad}.resultaatToelichting`, { max: 5000 });
      if (startdatum && einddatum) l.neemOver(pad, controleerAfspraakPeriode({ startdatum, einddatum }));
      return { soort, omschrijving, startdatum, einddatum, status, resultaatToelichting };
    },
  },
  vrijstellingen: {
    velden: [
      'soort',
      'omvang',
      'reden',
      'ingangsdatum',
      'einddatum',
      'herbeoordelingsdatum',
      'beschikkingKenmerk',
      'beschikkingDatum',
      'besluitUrl',
      'toelichting',
      'ingetrokkenOp',
    ],
    lees(l, o, pad, ctx) {
      const soort = l.code(o, `${pad}.soort`, zoekVrijstellingSoort, VRIJSTELLING_SOORTEN);
      const omvang = l.codes(o, `${pad}.omvang`, zoekOmvang, VRIJSTELLING_OMVANG);
      const reden = l.code(o, `${pad}.reden`, zoekReden, VRIJSTELLING_REDENEN);
      const ingangsdatum = l.datum(o, `${pad}.ingangsdatum`);
      const einddatum = l.datum(o, `${pad}.einddatum`, false);
      const herbeoordelingsdatum = l.datum(o, `${pad}.herbeoordelingsdatum`);
      const beschikkingKenmerk = l.tekst(o, `${pad}.beschikkingKenmerk`, { max: 100 });
      const beschikkingDatum = l.datum(o, `${pad}.beschikkingDatum`, false);
      const besluitUrl = l.tekst(o, `${pad}.besluitUrl`, { max: 500 });
      if (besluitUrl && !/^https?:\/\/\S+$/.test(besluitUrl))
        l.fout(`${pad}.besluitUrl`, 'moet een http- of https-adres zijn');
      const toelichting = l.tekst(o, `${pad}.toelichting`, { max: 5000 });
      const ingetrokkenOp = l.datum(o, `${pad}.ingetrokkenOp`, false);
      if (ingetrokkenOp && ingangsdatum && dagenTussen(ingangsdatum, ingetrokkenOp) < 0)
        l.fout(`${pad}.ingetrokkenOp`, 'mag niet voor de ingangsdatum liggen');
      if (soort && ingangsdatum)
        l.neemOver(
          pad,
          controleerVrijstelling(
            { soort, ingangsdatum, einddatum, herbeoordelingsdatum, beschikkingKenmerk, beschikkingDatum },
            ctx.maxDuurInformeelDagen,
          ),
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
        ingetrokkenOp,
      };
    },
  },
};

const DOCUMENT_VELDEN = ['formaat', 'versie', 'opgesteldOp', 'bron', 'klant', 'toewijzingen', ...SECTIES];

/** One document to the values staged for it, or every error in it by JSON path. */
export function leesDocument(tekst: string, ctx: RijContext): GelezenRij {
  let waarde: unknown;
  try {
    waarde = JSON.parse(tekst);
  } catch {
    return { fouten: [{ veld: 'document', melding: 'is geen geldige JSON' }] };
  }
  const l = new DocumentLezer();
  const d = l.object(waarde, '', DOCUMENT_VELDEN);
  if (!d) return { fouten: [{ veld: 'document', melding: 'moet een overdrachtsdocument zijn (een JSON-object)' }] };
  if (d.formaat !== OVERDRACHT_FORMAAT) l.fout('formaat', `moet "${OVERDRACHT_FORMAAT}" zijn`);
  else if (d.versie !== OVERDRACHT_VERSIE)
    l.fout('versie', `wordt niet ondersteund: deze versie van Klant in Beeld leest versie ${OVERDRACHT_VERSIE}`);
  const bron = l.object(d.bron, 'bron', ['organisatie'], false);
  const organisatie = bron ? l.object(bron.organisatie, 'bron.organisatie', ['code', 'naam'], false) : null;
  if (organisatie) {
    l.tekst(organisatie, 'bron.organisatie.code', { max: 60 });
    l.tekst(organisatie, 'bron.organisatie.naam', { max: 200 });
  }
  // The assignment history is read for its shape only: the target keeps its own from the import on (docs/overdracht.md).
  l.lijst(d.toewijzingen, 'toewijzingen').forEach((t, i) => {
    const o = l.object(t, `toewijzingen[${i}]`, ['van', 'tot', 'klantmanager']);
    if (o) l.medewerker(o.klantmanager, `toewijzingen[${i}].klantmanager`);
  });
  const klant = leesKlant(l, d.klant);
  const secties: Record<string, Json[]> = {};
  for (const sectie of SECTIES) {
    const spec = LEES_SECTIE[sectie];
    const eerste = new Map<string, number>();
    secties[sectie] = l.lijst(d[sectie], sectie).flatMap((element, i) => {
      const pad = `${sectie}[${i}]`;
      const o = l.object(element, pad, ['bronId', 'medewerker', ...spec.velden]);
      if (!o) return [];
      const bronId = l.tekst(o, `${pad}.bronId`, { max: 200 });
      const medewerker = l.medewerker(o.medewerker, `${pad}.medewerker`);
      const velden = spec.lees(l, o, pad, ctx);
      // Without a bronId the element is found again by its content, as a CSV row without an Id column.
      const sleutel = bronId ?? inhoudSleutel(velden);
      if (eerste.has(sleutel)) l.fout(`${pad}.bronId`, `komt ook voor in ${sectie}[${eerste.get(sleutel)}]`);
      else eerste.set(sleutel, i);
      return [{ ...velden, bronId: sleutel, medewerker, i }];
    });
  }
  if (l.fouten.length > 0 || !klant?.bsn) return { fouten: l.fouten };
  return { sleutel: klant.bsn as string, gegevens: { ...klant, ...secties } };
}

// ---------------------------------------------------------------------------------------------------------------
// The checks and the writing, set-based over the staged documents.
// Parameters: $1 import, $2 organisatie, $3 team of a teamleider (null: any), $4 the importing medewerker, $5 bron.

/** The target's active medewerker for a reference (jsonb): by e-mail first, then by gebruikersnaam. */
const medewerkerVoor = (ref: string, alleenKlantmanager = false) => `(
  SELECT m.id FROM medewerker m
   WHERE m.organisatie_id = $2 AND m.actief AND ($3::uuid IS NULL OR m.team_id = $3)
     ${alleenKlantmanager ? `AND m.rol = 'klantmanager'` : ''}
     AND (lower(m.email) = ${ref}->>'email' OR m.gebruikersnaam = ${ref}->>'gebruikersnaam')
   ORDER BY lower(m.email) IS NOT DISTINCT FROM ${ref}->>'email' DESC, m.id LIMIT 1)`;

const KLANT_OPGELOST = `
  SELECT r.rij, r.gegevens->>'bsn' AS bsn, r.gegevens->>'voornamen' AS voornamen, r.gegevens->>'achternaam' AS achternaam,
         (r.gegevens->>'geboortedatum')::date AS geboortedatum, g.id AS gemeente_id, r.gegevens->>'doelgroep' AS doelgroep,
         (r.gegevens->>'startdatumUitkering')::date AS startdatum_uitkering, c.code AS dienstverleningscategorie,
         -- An unknown klantmanager never takes a client away from the one it has here (docs/overdracht.md).
         coalesce(km_doel.id, k.klantmanager_id) AS klantmanager_id, km_doel.id AS klantmanager_gevonden,
         nullif(r.gegevens->'klantmanager', 'null'::jsonb) AS klantmanager_ref,
         nullif(r.gegevens->'adres', 'null'::jsonb) AS adres, r.gegevens->>'telefoon' AS telefoon, r.gegevens->>'email' AS email,
         r.gegevens->>'status' AS status, (r.gegevens->>'uitstroomdatum')::date AS uitstroomdatum,
         r.gegevens->>'uitstroomreden' AS uitstroomreden,
         k.id AS bestaand_id, k.klantmanager_id AS bestaand_klantmanager_id, km.team_id AS bestaand_team_id
    FROM import_rij r
    LEFT JOIN gemeente g ON g.organisatie_id = $2 AND g.cbs_code = r.gegevens->>'gemeente'
    LEFT JOIN dienstverleningscategorie c ON c.organisatie_id = $2 AND c.actief AND c.code = r.gegevens->>'categorie'
    LEFT JOIN klant k ON k.organisatie_id = $2 AND k.bsn = r.gegevens->>'bsn'
    LEFT JOIN medewerker km ON km.id = k.klantmanager_id
    LEFT JOIN LATERAL (SELECT ${medewerkerVoor(`r.gegevens->'klantmanager'`, true)} AS id) km_doel ON true
   WHERE r.import_id = $1`;

const KLANT_KOLOMMEN = [
  'voornamen',
  'achternaam',
  'geboortedatum',
  'gemeente_id',
  'doelgroep',
  'startdatum_uitkering',
  'dienstverleningscategorie',
  'klantmanager_id',
  'adres',
  'telefoon',
  'email',
  'status',
  'uitstroomdatum',
  'uitstroomreden',
];
const klantTupel = (t: string) => `(${KLANT_KOLOMMEN.map((k) => `${t}.${k}`).join(', ')})`;
const KLANT_WAARDEN = (t: string) => `jsonb_build_object('bsn', ${t}.bsn, 'voornamen', ${t}.voornamen,
  'achternaam', ${t}.achternaam, 'geboortedatum', ${t}.geboortedatum, 'gemeenteId', ${t}.gemeente_id,
  'doelgroep', ${t}.doelgroep, 'startdatumUitkering', ${t}.startdatum_uitkering,
  'dienstverleningscategorie', ${t}.dienstverleningscategorie, 'klantmanagerId', ${t}.klantmanager_id,
  'adres', ${t}.adres, 'telefoon', ${t}.telefoon, 'email', ${t}.email, 'status', ${t}.status,
  'uitstroomdatum', ${t}.uitstroomdatum, 'uitstroomreden', ${t}.uitstroomreden)`;

type SqlType = 'text' | 'date' | 'timestamptz' | 'smallint' | 'text[]';
interface Veld {
  kolom: string;
  sleutel: string;
  type: SqlType;
}
interface Tabel {
  sectie: Sectie;
  tabel: 'contactmoment' | 'ladder_meting' | 'afspraak' | 'vrijstelling';
  velden: Veld[];
  bijWijzigen: string;
}
const v = (kolom: string, sleutel: string, type: SqlType): Veld => ({ kolom, sleutel, type });

/** The history tables, with the same columns as the CSV soorten (dossier.ts) plus what only a dossier carries. */
const TABELLEN: Tabel[] = [
  {
    sectie: 'contactmomenten',
    tabel: 'contactmoment',
    velden: [
      v('plaatsgevonden_op', 'plaatsgevondenOp', 'timestamptz'),
      v('kanaal', 'kanaal', 'text'),
      v('initiatief', 'initiatief', 'text'),
      v('resultaat', 'resultaat', 'text'),
      v('onderwerp', 'onderwerp', 'text'),
      v('samenvatting', 'samenvatting', 'text'),
    ],
    bijWijzigen: 'versie = contactmoment.versie + 1, gecorrigeerd_op = now()',
  },
  {
    sectie: 'ladderMetingen',
    tabel: 'ladder_meting',
    velden: [
      v('trede', 'trede', 'smallint'),
      v('doeltrede', 'doeltrede', 'smallint'),
      v('gemeten_op', 'gemetenOp', 'date'),
      v('toelichting', 'toelichting', 'text'),
    ],
    bijWijzigen: '',
  },
  {
    sectie: 'afspraken',
    tabel: 'afspraak',
    velden: [
      v('soort', 'soort', 'text'),
      v('omschrijving', 'omschrijving', 'text'),
      v('startdatum', 'startdatum', 'date'),
      v('einddatum', 'einddatum', 'date'),
      v('status', 'status', 'text'),
      v('resultaat_toelichting', 'resultaatToelichting', 'text'),
    ],
    bijWijzigen: 'versie = afspraak.versie + 1, gewijzigd_op = now()',
  },
  {
    sectie: 'vrijstellingen',
    tabel: 'vrijstelling',
    velden: [
      v('soort', 'soort', 'text'),
      v('omvang', 'omvang', 'text[]'),
      v('reden', 'reden', 'text'),
      v('ingangsdatum', 'ingangsdatum', 'date'),
      v('einddatum', 'einddatum', 'date'),
      v('herbeoordelingsdatum', 'herbeoordelingsdatum', 'date'),
      v('beschikking_kenmerk', 'beschikkingKenmerk', 'text'),
      v('beschikking_datum', 'beschikkingDatum', 'date'),
      v('besluit_url', 'besluitUrl', 'text'),
      v('toelichting', 'toelichting', 'text'),
      v('ingetrokken_op', 'ingetrokkenOp', 'date'),
    ],
    bijWijzigen: 'versie = vrijstelling.versie + 1, gewijzigd_op = now()',
  },
];

const waarde = (v: Veld) =>
  v.type === 'text[]'
    ? `ARRAY(SELECT jsonb_array_elements_text(e.x->'${v.sleutel}') ORDER BY 1)`
    : `(e.x->>'${v.sleutel}')::${v.type}`;
const tupel = (t: Tabel, alias: string) => `(${t.velden.map((v) => `${alias}.${v.kolom}`).join(', ')})`;
const waarden = (t: Tabel, alias: string) =>
  `jsonb_build_object(${t.velden.map((v) => `'${v.sleutel}', ${alias}.${v.kolom}`).join(', ')})`;

/** The elements of one section of every staged document, with their client, medewerker and earlier import. */
const historieOpgelost = (t: Tabel) => `
  SELECT r.rij, (e.x->>'i')::int AS i, e.x->>'bronId' AS bron_id, k.id AS klant_id,
         nullif(e.x->'medewerker', 'null'::jsonb) AS medewerker_ref, md.id AS medewerker_gevonden,
         coalesce(md.id, $4::uuid) AS medewerker_id, b.id AS bestaand_id, b.klant_id AS bestaand_klant_id,
         ${t.velden.map((v) => `${waarde(v)} AS ${v.kolom}`).join(', ')}
    FROM import_rij r
   CROSS JOIN LATERAL jsonb_array_elements(r.gegevens->'${t.sectie}') AS e (x)
    LEFT JOIN klant k ON k.organisatie_id = $2 AND k.bsn = r.gegevens->>'bsn'
    LEFT JOIN ${t.tabel} b ON b.organisatie_id = $2 AND b.bron = $5 AND b.bron_id = e.x->>'bronId'
    LEFT JOIN LATERAL (SELECT ${medewerkerVoor(`e.x->'medewerker'`)} AS id) md ON true
   WHERE r.import_id = $1`;

const params = ({ importId, actor, teamId, bron }: SqlContext) => [
  importId,
  actor.organisatieId,
  teamId,
  actor.medewerkerId,
  bron,
];

/** Who a medewerker reference names, for a warning (never client data). */
const wie = (ref: string) => `coalesce(${ref}->>'gebruikersnaam', ${ref}->>'email')`;

async function controles(ctx: SqlContext): Promise<string[]> {
  const { tx } = ctx;
  const teamleider = ctx.teamId !== null;
  await tx.query(
    `INSERT INTO import_fout (organisatie_id, import_id, rij, veld, melding)
     SELECT $2, $1, o.rij, f.veld, f.melding
       FROM (${KLANT_OPGELOST}) o
      CROSS JOIN LATERAL (VALUES
        (o.gemeente_id IS NULL, 'klant.gemeente.cbsCode', 'is geen gemeente van deze organisatie (CBS-code)'),
        (o.dienstverleningscategorie IS NULL, 'klant.dienstverleningscategorie.code',
          'is geen actieve dienstverleningscategorie van deze organisatie'),
        ($3::uuid IS NOT NULL AND o.bestaand_id IS NOT NULL AND o.bestaand_klantmanager_id IS NOT NULL
           AND o.bestaand_team_id IS DISTINCT FROM $3, 'klant.bsn',
          'hoort bij een klant van een ander team: die kan alleen de beheerder of dat team bijwerken')
      ) AS f (fout, veld, melding)
      WHERE f.fout`,
    params(ctx).slice(0, 3),
  );
  for (const t of TABELLEN) {
    await tx.query(
      `INSERT INTO import_fout (organisatie_id, import_id, rij, veld, melding)
       SELECT $2, $1, o.rij, '${t.sectie}[' || o.i || '].bronId', o.melding
         FROM (SELECT h.rij, h.i,
                      CASE WHEN h.eerste_rij <> h.rij
                           THEN 'komt ook voor in document ' || h.eerste_rij || ' (${t.sectie}[' || h.eerste_i || '])'
                           WHEN h.bestaand_id IS NOT NULL AND h.bestaand_klant_id IS DISTINCT FROM h.klant_id
                           THEN 'is bij een eerdere import uit deze bron al voor een andere klant gebruikt' END AS melding
                 FROM (SELECT o.*, first_value(o.rij) OVER w AS eerste_rij, first_value(o.i) OVER w AS eerste_i
                         FROM (${historieOpgelost(t)}) o
                       WINDOW w AS (PARTITION BY o.bron_id ORDER BY o.rij, o.i)) h) o
        WHERE o.melding IS NOT NULL`,
      params(ctx),
    );
  }
  // Medewerkers the target does not know: not an error (docs/overdracht.md), but named so the beheerder can act.
  const waarschuwingen: string[] = [];
  const klantmanagers: { wie: string; aantal: number }[] = await tx.query(
    `SELECT ${wie('o.klantmanager_ref')} AS wie, count(*)::int AS aantal FROM (${KLANT_OPGELOST}) o
      WHERE o.klantmanager_ref IS NOT NULL AND o.klantmanager_gevonden IS NULL GROUP BY 1 ORDER BY 1 LIMIT 50`,
    params(ctx).slice(0, 3),
  );
  for (const k of klantmanagers)
    waarschuwingen.push(
      `Klantmanager "${k.wie}" is geen actieve klantmanager van ${teamleider ? 'je team' : 'deze organisatie'} ` +
        `(gezocht op e-mail en gebruikersnaam): ${k.aantal === 1 ? '1 klant houdt' : `${k.aantal} klanten houden`} ` +
        `de klantmanager die ${k.aantal === 1 ? 'hij' : 'ze'} hier al ${k.aantal === 1 ? 'heeft' : 'hebben'}, of ${k.aantal === 1 ? 'komt' : 'komen'} zonder klantmanager binnen.`,
    );
  const onbekend: { wie: string; aantal: number }[] = await tx.query(
    `SELECT wie, sum(aantal)::int AS aantal FROM (
       ${TABELLEN.map(
         (t) => `SELECT ${wie('o.medewerker_ref')} AS wie, count(*) AS aantal FROM (${historieOpgelost(t)}) o
                  WHERE o.medewerker_ref IS NOT NULL AND o.medewerker_gevonden IS NULL GROUP BY 1`,
       ).join(' UNION ALL ')}) x GROUP BY wie ORDER BY wie LIMIT 50`,
    params(ctx),
  );
  for (const m of onbekend)
    waarschuwingen.push(
      `Medewerker "${m.wie}" is geen actieve medewerker van ${teamleider ? 'je team' : 'deze organisatie'} ` +
        `(gezocht op e-mail en gebruikersnaam): ${m.aantal === 1 ? '1 regel blijft' : `${m.aantal} regels blijven`} ` +
        `zonder eigen medewerker en ${m.aantal === 1 ? 'staat' : 'staan'} op naam van wie importeert.`,
    );
  return waarschuwingen;
}

/** Documents whose client is new, whose client or history changes, and those that are already exactly so. */
async function tel(ctx: SqlContext): Promise<Tellingen> {
  const veranderd = TABELLEN.map(
    (t) => `SELECT o.rij FROM (${historieOpgelost(t)}) o LEFT JOIN ${t.tabel} b ON b.id = o.bestaand_id
             WHERE o.bestaand_id IS NULL OR ${tupel(t, 'b')} IS DISTINCT FROM ${tupel(t, 'o')}`,
  ).join(' UNION ');
  const [t] = await ctx.tx.query(
    `WITH o AS (${KLANT_OPGELOST}), h AS (${veranderd}),
     d AS (SELECT o.bestaand_id IS NULL AS nieuw,
                  ${klantTupel('k')} IS DISTINCT FROM ${klantTupel('o')} OR EXISTS (SELECT 1 FROM h WHERE h.rij = o.rij) AS anders
             FROM o LEFT JOIN klant k ON k.id = o.bestaand_id)
     SELECT count(*) FILTER (WHERE nieuw)::int AS nieuw, count(*) FILTER (WHERE NOT nieuw AND anders)::int AS gewijzigd,
            count(*) FILTER (WHERE NOT nieuw AND NOT anders)::int AS ongewijzigd
       FROM d`,
    params(ctx),
  );
  return t;
}

async function voerUit(ctx: SqlContext): Promise<Tellingen> {
  const { tx } = ctx;
  const tellingen = await tel(ctx);
  const traceId = ctx.actor.traceId || null;
  await tx.query(
    `WITH o AS (${KLANT_OPGELOST}),
     oud AS (SELECT k.id, ${KLANT_WAARDEN('k')} AS w FROM klant k JOIN o ON o.bestaand_id = k.id),
     up AS (
       INSERT INTO klant (organisatie_id, bsn, ${KLANT_KOLOMMEN.join(', ')})
       SELECT $2, o.bsn, ${KLANT_KOLOMMEN.map((k) => `o.${k}`).join(', ')} FROM o
       ON CONFLICT (organisatie_id, bsn) DO UPDATE SET
         ${KLANT_KOLOMMEN.map((k) => `${k} = EXCLUDED.${k}`).join(', ')}, versie = klant.versie + 1, gewijzigd_op = now()
       WHERE ${klantTupel('klant')} IS DISTINCT FROM ${klantTupel('EXCLUDED')}
       RETURNING klant.id, (xmax = 0) AS nieuw, ${KLANT_WAARDEN('klant')} AS w
     )
     INSERT INTO wijziging (organisatie_id, medewerker_id, klant_id, resource, resource_id, actie, oud, nieuw, trace_id)
     SELECT $2, $4, up.id, 'klant', up.id, CASE WHEN up.nieuw THEN 'aangemaakt' ELSE 'gewijzigd' END,
            CASE WHEN up.nieuw THEN NULL ELSE (SELECT jsonb_object_agg(e.key, e.value) FROM jsonb_each(oud.w) e WHERE e.value IS DISTINCT FROM up.w->e.key) END,
            CASE WHEN up.nieuw THEN up.w || jsonb_build_object('bron', $5::text) ELSE (SELECT jsonb_object_agg(e.key, e.value) FROM jsonb_each(up.w) e WHERE e.value IS DISTINCT FROM oud.w->e.key) END,
            $6
       FROM up LEFT JOIN oud ON oud.id = up.id`,
    [...params(ctx).slice(0, 3), ctx.actor.medewerkerId, ctx.bron, traceId],
  );
  for (const t of TABELLEN) {
    const kolommen = t.velden.map((v) => v.kolom);
    await tx.query(
      `WITH o AS (${historieOpgelost(t)}),
       oud AS (SELECT b.id, ${waarden(t, 'b')} AS w FROM ${t.tabel} b JOIN o ON o.bestaand_id = b.id),
       up AS (
         INSERT INTO ${t.tabel} (organisatie_id, klant_id, medewerker_id, bron, bron_id, ${kolommen.join(', ')})
         SELECT $2, o.klant_id, o.medewerker_id, $5, o.bron_id, ${kolommen.map((k) => `o.${k}`).join(', ')} FROM o
         ON CONFLICT (organisatie_id, bron, bron_id) WHERE bron IS NOT NULL DO UPDATE SET
           ${kolommen.map((k) => `${k} = EXCLUDED.${k}`).join(', ')}${t.bijWijzigen ? `, ${t.bijWijzigen}` : ''}
         WHERE ${tupel(t, t.tabel)} IS DISTINCT FROM ${tupel(t, 'EXCLUDED')}
         RETURNING ${t.tabel}.id, ${t.tabel}.klant_id, (xmax = 0) AS nieuw, ${waarden(t, t.tabel)} AS w
       )
       INSERT INTO wijziging (organisatie_id, medewerker_id, klant_id, resource, resource_id, actie, oud, nieuw, trace_id)
       SELECT $2, $4, up.klant_id, '${t.tabel}', up.id, CASE WHEN up.nieuw THEN 'aangemaakt' ELSE 'gewijzigd' END,
              CASE WHEN up.nieuw THEN NULL ELSE (SELECT jsonb_object_agg(e.key, e.value) FROM jsonb_each(oud.w) e WHERE e.value IS DISTINCT FROM up.w->e.key) END,
              CASE WHEN up.nieuw THEN up.w || jsonb_build_object('bron', $5::text) ELSE (SELECT jsonb_object_agg(e.key, e.value) FROM jsonb_each(up.w) e WHERE e.value IS DISTINCT FROM oud.w->e.key) END,
              $6
         FROM up LEFT JOIN oud ON oud.id = up.id`,
      [...params(ctx), traceId],
    );
  }
  // The trigger leaves laatst_gezien_op to the import (kib.import): once per client of the import, set-based.
  await tx.query(
    `UPDATE klant k SET laatst_gezien_op = g.laatst
       FROM (SELECT k2.id, (SELECT max(c.plaatsgevonden_op) FROM contactmoment c WHERE c.klant_id = k2.id AND c.telt_als_gezien) AS laatst
               FROM import_rij r JOIN klant k2 ON k2.organisatie_id = $2 AND k2.bsn = r.gegevens->>'bsn'
              WHERE r.import_id = $1) g
      WHERE k.id = g.id AND k.laatst_gezien_op IS DISTINCT FROM g.laatst`,
    [ctx.importId, ctx.actor.organisatieId],
  );
  return tellingen;
}

/** Whole dossiers from another organisatie (GET /api/klanten/{id}/overdracht), keyed by BSN. */
export const overdracht: SoortDefinitie = {
  soort: 'overdracht',
  sleutelVeld: 'bsn',
  kolommen: [
    { veld: 'document', namen: ['document'], verplicht: true },
    { veld: 'bsn', namen: ['klant.bsn'], verplicht: false },
  ],
  open: openOverdracht,
  lees: (cellen, ctx) => leesDocument(cellen.document, ctx),
  controles,
  tel,
  voerUit,
};
