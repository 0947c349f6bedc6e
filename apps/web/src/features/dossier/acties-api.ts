import type { Rol } from '@klant-in-beeld/domain';
import { klient, vraag, type Schemas } from '../../api/client';

/** Who may change a dossier: the API's @Rollen on the PATCH endpoints of klant, afspraak and vrijstelling. */
export const DOSSIER_WIJZIGEN_ROLLEN: readonly Rol[] = ['klantmanager', 'teamleider'];

type KlantWijziging = Omit<Schemas['KlantWijzigingDto'], 'versie'>;

/** PATCH /api/v1/klanten/{id}: the fields a dossier changes. The klantmanager changes only through herverdelen. */
export type KlantgegevensWijziging = Pick<
  KlantWijziging,
  | 'voornamen'
  | 'achternaam'
  | 'geboortedatum'
  | 'gemeenteId'
  | 'doelgroep'
  | 'startdatumUitkering'
  | 'dienstverleningscategorie'
  | 'adres'
  | 'telefoon'
  | 'email'
>;

export type Uitstroom = Required<Pick<KlantWijziging, 'uitstroomdatum' | 'uitstroomreden'>>;

export type AfspraakWijziging = Pick<
  Schemas['AfspraakWijzigingDto'],
  'soort' | 'omschrijving' | 'startdatum' | 'einddatum' | 'doelId'
>;

export type VrijstellingVerlenging = Pick<Schemas['VrijstellingWijzigingDto'], 'einddatum' | 'herbeoordelingsdatum'>;

/** Every change carries the versie that was read: a stale one is 409 VERSIE_CONFLICT and nothing changes. */
export const wijzigKlantgegevens = (klantId: string, wijziging: KlantgegevensWijziging, versie: number) =>
  vraag(klient.PATCH('/klanten/{id}', { params: { path: { id: klantId } }, body: { ...wijziging, versie } }));

/** Uitstroom is a status change with its datum and reden; the client then leaves every werkvoorraad. */
export const registreerUitstroom = (klantId: string, uitstroom: Uitstroom, versie: number) =>
  vraag(
    klient.PATCH('/klanten/{id}', {
      params: { path: { id: klantId } },
      body: { status: 'uitgestroomd', ...uitstroom, versie },
    }),
  );

export const wijzigAfspraak = (afspraakId: string, wijziging: AfspraakWijziging, versie: number) =>
  vraag(klient.PATCH('/afspraken/{id}', { params: { path: { id: afspraakId } }, body: { ...wijziging, versie } }));

export const verlengVrijstelling = (vrijstellingId: string, verlenging: VrijstellingVerlenging, versie: number) =>
  vraag(
    klient.PATCH('/vrijstellingen/{id}', { params: { path: { id: vrijstellingId } }, body: { ...verlenging, versie } }),
  );

/** Withdrawn on a day: from that day on the vrijstelling no longer applies (isVrijstellingActief). */
export const trekVrijstellingIn = (vrijstellingId: string, ingetrokkenOp: string, versie: number) =>
  vraag(
    klient.PATCH('/vrijstellingen/{id}', { params: { path: { id: vrijstellingId } }, body: { ingetrokkenOp, versie } }),
  );
