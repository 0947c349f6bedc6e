/**
 * Code lists of the domain, each with Dutch labels for the UI. The codes are the words of the API and the
 * database (docs/ontwerp.md, "Domain model"); the labels are what people read.
 */

function labels<const T extends string>(lijst: Record<T, string>) {
  return { codes: Object.keys(lijst) as T[], labels: lijst };
}

const doelgroep = labels({
  brede_doelgroep: 'Brede doelgroep',
  doelgroepregister: 'Doelgroepregister (banenafspraak)',
  beschut_werk: 'Beschut werk',
  statushouder: 'Statushouder',
  jongere_tot_27: 'Jongere tot 27 jaar',
  niet_uitkeringsgerechtigd: 'Niet-uitkeringsgerechtigd (nugger)',
});
export const DOELGROEPEN = doelgroep.codes;
export type Doelgroep = (typeof DOELGROEPEN)[number];
export const DOELGROEP_LABELS: Record<Doelgroep, string> = doelgroep.labels;

const categorie = labels({
  job_ready: 'Job ready (0–13 weken)',
  bijna_job_ready: 'Bijna job ready (0–6 maanden)',
  nog_niet_job_ready: 'Nog niet job ready (6–12 maanden)',
  niet_job_ready: 'Niet job ready (meer dan een jaar)',
  beheer: 'Beheer',
});
/**
 * The five standard categories every organisatie starts with. An organisatie renames, adds and deactivates its own
 * (docs/categorieen.md), so outside these defaults a category is any code of the organisatie.
 */
export const DIENSTVERLENINGSCATEGORIEEN = categorie.codes;
export type StandaardCategorie = (typeof DIENSTVERLENINGSCATEGORIEEN)[number];
/** The code of one of the organisatie's categories (see `Categorie` in categorie.ts). */
export type Dienstverleningscategorie = string;
/** The names the standard categories start with; screens show the organisatie's own names from the API. */
export const DIENSTVERLENINGSCATEGORIE_LABELS: Record<StandaardCategorie, string> = categorie.labels;

const kanaal = labels({
  gesprek_op_locatie: 'Gesprek op locatie',
  huisbezoek: 'Huisbezoek',
  beeldbellen: 'Beeldbellen',
  telefoon: 'Telefoon',
  email: 'E-mail',
  brief: 'Brief',
  bericht: 'Bericht (berichtenbox/chat)',
});
export const KANALEN = kanaal.codes;
export type Kanaal = (typeof KANALEN)[number];
export const KANAAL_LABELS: Record<Kanaal, string> = kanaal.labels;
/** Channels on which a conversation can take place; only these can make a client "gezien". */
export const GESPREKSKANALEN: readonly Kanaal[] = ['gesprek_op_locatie', 'huisbezoek', 'beeldbellen', 'telefoon'];

const initiatief = labels({ gemeente: 'Gemeente', klant: 'Klant' });
export const INITIATIEVEN = initiatief.codes;
export type Initiatief = (typeof INITIATIEVEN)[number];
export const INITIATIEF_LABELS: Record<Initiatief, string> = initiatief.labels;

const resultaat = labels({
  gesproken: 'Gesproken',
  no_show: 'Niet verschenen (no-show)',
  afgezegd: 'Afgezegd',
  niet_bereikt: 'Niet bereikt',
  verstuurd: 'Verstuurd',
});
export const RESULTATEN = resultaat.codes;
export type Resultaat = (typeof RESULTATEN)[number];
export const RESULTAAT_LABELS: Record<Resultaat, string> = resultaat.labels;

const afspraakSoort = labels({
  vervolggesprek: 'Vervolggesprek',
  taal: 'Taal (Nederlands leren)',
  opleiding: 'Opleiding of cursus',
  vrijwilligerswerk: 'Vrijwilligerswerk',
  re_integratietraject: 'Re-integratietraject',
  werkervaringsplaats: 'Werkervaringsplaats',
  solliciteren: 'Solliciteren',
  gezondheid: 'Werken aan gezondheid',
  schuldhulpverlening: 'Schuldhulpverlening',
  tegenprestatie: 'Tegenprestatie',
  doorverwijzing_netwerkpartner: 'Doorverwijzing netwerkpartner',
  overig: 'Overig',
});
export const AFSPRAAK_SOORTEN = afspraakSoort.codes;
export type AfspraakSoort = (typeof AFSPRAAK_SOORTEN)[number];
export const AFSPRAAK_SOORT_LABELS: Record<AfspraakSoort, string> = afspraakSoort.labels;

const afspraakStatus = labels({
  lopend: 'Lopend',
  nagekomen: 'Nagekomen',
  niet_nagekomen: 'Niet nagekomen',
  vervallen: 'Vervallen',
});
export const AFSPRAAK_STATUSSEN = afspraakStatus.codes;
export type AfspraakStatus = (typeof AFSPRAAK_STATUSSEN)[number];
export const AFSPRAAK_STATUS_LABELS: Record<AfspraakStatus, string> = afspraakStatus.labels;

const vrijstellingSoort = labels({ formeel: 'Formeel (met beschikking)', informeel: 'Informeel (rustperiode)' });
export const VRIJSTELLING_SOORTEN = vrijstellingSoort.codes;
export type VrijstellingSoort = (typeof VRIJSTELLING_SOORTEN)[number];
export const VRIJSTELLING_SOORT_LABELS: Record<VrijstellingSoort, string> = vrijstellingSoort.labels;

const omvang = labels({
  arbeidsverplichtingen: 'Arbeidsverplichtingen',
  re_integratieverplichtingen: 'Re-integratieverplichtingen',
  tegenprestatie: 'Tegenprestatie',
});
export const VRIJSTELLING_OMVANG = omvang.codes;
export type VrijstellingOmvang = (typeof VRIJSTELLING_OMVANG)[number];
export const VRIJSTELLING_OMVANG_LABELS: Record<VrijstellingOmvang, string> = omvang.labels;

const reden = labels({
  medisch_tijdelijk: 'Medisch, tijdelijk',
  medisch_permanent: 'Medisch, blijvend',
  zorg_kind_onder_5: 'Zorg voor kind onder 5 jaar (art. 9a)',
  zorgtaken_overig: 'Andere zorgtaken',
  multiproblematiek: 'Multiproblematiek',
  eerst_arbeidsfit: 'Eerst arbeidsfit worden',
  hoge_leeftijd: 'Hoge leeftijd',
  studie: 'Studie',
  overig: 'Overig',
});
export const VRIJSTELLING_REDENEN = reden.codes;
export type VrijstellingReden = (typeof VRIJSTELLING_REDENEN)[number];
export const VRIJSTELLING_REDEN_LABELS: Record<VrijstellingReden, string> = reden.labels;

const klantStatus = labels({ actief: 'Actief', uitgestroomd: 'Uitgestroomd' });
export const KLANT_STATUSSEN = klantStatus.codes;
export type KlantStatus = (typeof KLANT_STATUSSEN)[number];
export const KLANT_STATUS_LABELS: Record<KlantStatus, string> = klantStatus.labels;

const uitstroomreden = labels({
  werk: 'Werk (volledig)',
  werk_met_loonkostensubsidie: 'Werk met loonkostensubsidie',
  eigen_onderneming: 'Eigen onderneming',
  opleiding: 'Opleiding (studiefinanciering)',
  andere_uitkering: 'Andere uitkering of voorziening',
  inkomen_partner: 'Inkomen partner',
  verhuizing: 'Verhuizing naar andere gemeente',
  detentie: 'Detentie',
  overlijden: 'Overlijden',
  overig: 'Overig',
});
export const UITSTROOMREDENEN = uitstroomreden.codes;
export type Uitstroomreden = (typeof UITSTROOMREDENEN)[number];
export const UITSTROOMREDEN_LABELS: Record<Uitstroomreden, string> = uitstroomreden.labels;

/** Participatieladder (Leidraad Arbeidsparticipatie). */
export const TREDEN = [1, 2, 3, 4, 5, 6] as const;
export type Trede = (typeof TREDEN)[number];
export const TREDE_LABELS: Record<Trede, string> = {
  1: 'Geïsoleerd',
  2: 'Sociale contacten buiten de deur',
  3: 'Deelname aan georganiseerde activiteiten',
  4: 'Onbetaald werk',
  5: 'Betaald werk met ondersteuning',
  6: 'Betaald werk',
};

const inBeeld = labels({ in_beeld: 'In beeld', bijna_uit_beeld: 'Bijna uit beeld', uit_beeld: 'Uit beeld' });
export const IN_BEELD_STATUSSEN = inBeeld.codes;
export type InBeeldStatus = (typeof IN_BEELD_STATUSSEN)[number];
export const IN_BEELD_STATUS_LABELS: Record<InBeeldStatus, string> = inBeeld.labels;
