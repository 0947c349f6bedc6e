import type { Dienstverleningscategorie } from '@klant-in-beeld/domain';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';

export interface Norm {
  maxDagen: number;
  waarschuwingDagen: number;
}

export interface Contactnormen {
  normen: (Norm & { dienstverleningscategorie: Dienstverleningscategorie })[];
  vrijgesteld: Norm;
  intakeDagen: number;
  maxDuurInformeleVrijstellingDagen: number;
}

export const contactnormenKeys = { alle: ['instellingen', 'contactnormen'] as const };

export const contactnormenQuery = () => queryOptions({ queryKey: contactnormenKeys.alle, queryFn: () => api<Contactnormen>('/instellingen/contactnormen') });

export const slaContactnormenOp = (normen: Contactnormen) => api<Contactnormen>('/instellingen/contactnormen', { method: 'PUT', body: normen });

export interface Bewaartermijn {
  /** Years after uitstroom before the personal data of a client is removed (1–30). */
  jarenNaUitstroom: number;
  /** Whether Klant in Beeld anonymises on its own once the term has passed. */
  automatisch: boolean;
  /** Clients past the term right now (from the API; not sent back). */
  teAnonimiseren: number;
}

export const bewaartermijnKeys = { alle: ['instellingen', 'bewaartermijn'] as const };

export const bewaartermijnQuery = () => queryOptions({ queryKey: bewaartermijnKeys.alle, queryFn: () => api<Bewaartermijn>('/instellingen/bewaartermijn') });

export const slaBewaartermijnOp = ({ jarenNaUitstroom, automatisch }: Pick<Bewaartermijn, 'jarenNaUitstroom' | 'automatisch'>) =>
  api<Bewaartermijn>('/instellingen/bewaartermijn', { method: 'PUT', body: { jarenNaUitstroom, automatisch } });

/** With `proefrun` only counts; without it removes the personal data for good. */
export const anonimiseer = (proefrun: boolean) =>
  api<{ aantal: number; proefrun: boolean }>('/beheer/anonimiseren', { method: 'POST', query: { proefrun: proefrun ? 'true' : undefined } });
