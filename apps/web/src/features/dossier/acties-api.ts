import type { Dienstverleningscategorie, Doelgroep, Rol, Uitstroomreden } from '@klant-in-beeld/domain';
import { api } from '../../api/client';
import type { Adres, Afspraak, Klant, Vrijstelling } from '../klanten/api';

/** Who may change a dossier: the API's @Rollen on the PATCH endpoints of klant, afspraak and vrijstelling. */
export const DOSSIER_WIJZIGEN_ROLLEN: readonly Rol[] = ['klantmanager', 'teamleider'];

/** PATCH /api/klanten/{id}: the fields a dossier changes. The klantmanager changes only through herverdelen. */
export interface KlantgegevensWijziging {
  voornamen?: string;
  achternaam?: string;
  geboortedatum?: string;
  gemeenteId?: string;
  doelgroep?: Doelgroep;
  startdatumUitkering?: string;
  dienstverleningscategorie?: Dienstverleningscategorie;
  adres?: Adres | null;
  telefoon?: string | null;
  email?: string | null;
}

export interface Uitstroom {
  uitstroomdatum: string;
  uitstroomreden: Uitstroomreden;
}

export type AfspraakWijziging = Partial<Pick<Afspraak, 'soort' | 'omschrijving' | 'startdatum' | 'einddatum'>>;

export interface VrijstellingVerlenging {
  einddatum?: string | null;
  herbeoordelingsdatum?: string;
}

/** Every change carries the versie that was read: a stale one is 409 VERSIE_CONFLICT and nothing changes. */
export const wijzigKlantgegevens = (klantId: string, wijziging: KlantgegevensWijziging, versie: number) =>
  api<Klant>(`/klanten/${klantId}`, { method: 'PATCH', body: { ...wijziging, versie } });

/** Uitstroom is a status change with its datum and reden; the client then leaves every werkvoorraad. */
export const registreerUitstroom = (klantId: string, uitstroom: Uitstroom, versie: number) =>
  api<Klant>(`/klanten/${klantId}`, { method: 'PATCH', body: { status: 'uitgestroomd', ...uitstroom, versie } });

export const wijzigAfspraak = (afspraakId: string, wijziging: AfspraakWijziging, versie: number) =>
  api<Afspraak>(`/afspraken/${afspraakId}`, { method: 'PATCH', body: { ...wijziging, versie } });

export const verlengVrijstelling = (vrijstellingId: string, verlenging: VrijstellingVerlenging, versie: number) =>
  api<Vrijstelling>(`/vrijstellingen/${vrijstellingId}`, { method: 'PATCH', body: { ...verlenging, versie } });

/** Withdrawn on a day: from that day on the vrijstelling no longer applies (isVrijstellingActief). */
export const trekVrijstellingIn = (vrijstellingId: string, ingetrokkenOp: string, versie: number) =>
  api<Vrijstelling>(`/vrijstellingen/${vrijstellingId}`, { method: 'PATCH', body: { ingetrokkenOp, versie } });
