import { queryOptions } from '@tanstack/react-query';
import { klient, vraag, type Schemas } from '../../api/client';

export type Norm = Schemas['NormDto'];
export type Contactnormen = Schemas['ContactnormenDto'];

export const contactnormenKeys = { alle: ['instellingen', 'contactnormen'] as const };

export const contactnormenQuery = () =>
  queryOptions({ queryKey: contactnormenKeys.alle, queryFn: () => vraag(klient.GET('/instellingen/contactnormen')) });

export const slaContactnormenOp = (normen: Contactnormen) =>
  vraag(klient.PUT('/instellingen/contactnormen', { body: normen }));

/** A dienstverleningscategorie of the organisatie: code, name, actief, its norm and the afspraak soorten offered. */
export type Categorie = Schemas['CategorieDto'];

export const categorieenKeys = { alle: ['instellingen', 'dienstverleningscategorieen'] as const };

/** Every screen that shows or offers a category reads its names from here (useCategorieen). */
export const categorieenQuery = () =>
  queryOptions({
    queryKey: categorieenKeys.alle,
    queryFn: () => vraag(klient.GET('/instellingen/dienstverleningscategorieen')),
    // They change rarely (a beheerder's setting); the beheer screen invalidates them when it saves.
    staleTime: 5 * 60_000,
  });

export const slaCategorieenOp = (categorieen: Categorie[]) =>
  vraag(klient.PUT('/instellingen/dienstverleningscategorieen', { body: { categorieen } }));

/** The term, whether it runs on its own, and (read only) how many clients are past it right now. */
export type Bewaartermijn = Schemas['BewaartermijnDto'];

export const bewaartermijnKeys = { alle: ['instellingen', 'bewaartermijn'] as const };

export const bewaartermijnQuery = () =>
  queryOptions({ queryKey: bewaartermijnKeys.alle, queryFn: () => vraag(klient.GET('/instellingen/bewaartermijn')) });

export const slaBewaartermijnOp = ({ jarenNaUitstroom, automatisch }: Schemas['BewaartermijnInvoerDto']) =>
  vraag(klient.PUT('/instellingen/bewaartermijn', { body: { jarenNaUitstroom, automatisch } }));

/** With `proefrun` only counts; without it removes the personal data for good. */
export const anonimiseer = (proefrun: boolean) =>
  vraag(klient.POST('/beheer/anonimiseren', { params: { query: { proefrun: proefrun ? 'true' : undefined } } }));

/** Login with the organisatie's own accounts (OIDC); the client secret is write-only. */
export type OidcInstelling = Schemas['OidcInstellingDto'];
export type OidcInstellingInvoer = Schemas['OidcInstellingInvoerDto'];

export const oidcKeys = { alle: ['instellingen', 'oidc'] as const };

export const oidcQuery = () =>
  queryOptions({ queryKey: oidcKeys.alle, queryFn: () => vraag(klient.GET('/instellingen/oidc')) });

export const slaOidcOp = (invoer: OidcInstellingInvoer) => vraag(klient.PUT('/instellingen/oidc', { body: invoer }));

/** The invitation letters (organisatie and per gemeente) and the merge fields they may use. */
export type Brieven = Schemas['BrievenDto'];
export type BriefSjabloon = Schemas['BriefSjabloonDto'];
export type BriefInvoer = Schemas['BriefInvoerDto'];

export const brievenKeys = { alle: ['instellingen', 'brieven'] as const };

export const brievenQuery = () =>
  queryOptions({ queryKey: brievenKeys.alle, queryFn: () => vraag(klient.GET('/instellingen/brieven')) });

export const slaBriefOp = (invoer: BriefInvoer) => vraag(klient.PUT('/instellingen/brieven', { body: invoer }));

export const verwijderBrief = (gemeenteId: string) =>
  vraag(klient.DELETE('/instellingen/brieven/{gemeenteId}', { params: { path: { gemeenteId } } }));

/** The unsaved letter as a PDF with example data. */
export const briefVoorbeeldPdf = (invoer: Schemas['BriefVoorbeeldInvoerDto']) =>
  vraag(klient.POST('/instellingen/brieven/voorbeeld', { body: invoer, parseAs: 'blob' })) as Promise<Blob>;
