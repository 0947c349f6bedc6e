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
