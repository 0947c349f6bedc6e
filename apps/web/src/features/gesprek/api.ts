import { queryOptions } from '@tanstack/react-query';
import { klient, vraag, type Schemas } from '../../api/client';
import { klantenKeys } from '../klanten/api';

/** The organisatie's active instrument: leefgebieden, niveaus and the advice rules (one version; history is kept). */
export type Instrument = Schemas['InstrumentDto'];
export type InstrumentInvoer = Schemas['InstrumentInvoerDto'];
export type Pad = Schemas['PadDto'];
export type Gesprek = Schemas['GesprekDto'];
export type GesprekInvoer = Schemas['GesprekInvoerDto'];
export type Plan = Schemas['PlanDto'];
export type PlanInvoer = Schemas['PlanInvoerDto'];
export type PlanDoel = Plan['doelen'][number];

export const instrumentKeys = { alle: ['instellingen', 'leefgebieden'] as const };
export const padenKeys = { alle: ['instellingen', 'dienstverleningspaden'] as const };

export const instrumentQuery = () =>
  queryOptions({
    queryKey: instrumentKeys.alle,
    queryFn: () => vraag(klient.GET('/instellingen/leefgebieden')),
    // A beheerder's setting: it changes rarely, and the settings screen invalidates it when it saves.
    staleTime: 5 * 60_000,
  });

export const padenQuery = () =>
  queryOptions({
    queryKey: padenKeys.alle,
    queryFn: () => vraag(klient.GET('/instellingen/dienstverleningspaden')),
    staleTime: 5 * 60_000,
  });

export const slaInstrumentOp = (invoer: InstrumentInvoer) =>
  vraag(klient.PUT('/instellingen/leefgebieden', { body: invoer }));

export const slaPadenOp = (paden: Pad[]) =>
  vraag(klient.PUT('/instellingen/dienstverleningspaden', { body: { paden } }));

/** Under the client's key, so every change to the dossier (useDossierMutatie) refetches them. */
export const gesprekkenQuery = (klantId: string, page = 1) =>
  queryOptions({
    queryKey: klantenKeys.deel(klantId, 'gesprekken', page),
    queryFn: () =>
      vraag(
        klient.GET('/klanten/{klantId}/gesprekken', { params: { path: { klantId }, query: { page, pageSize: 10 } } }),
      ),
    placeholderData: (vorige) => vorige,
    // The dossier waits for this before its panels mount; a failed answer refetched on their mount would loop.
    retryOnMount: false,
  });

export const planQuery = (klantId: string) =>
  queryOptions({
    queryKey: klantenKeys.deel(klantId, 'plan', 1),
    queryFn: () => vraag(klient.GET('/klanten/{klantId}/plan', { params: { path: { klantId } } })),
    retryOnMount: false,
  });

export const registreerGesprek = (klantId: string, invoer: GesprekInvoer) =>
  vraag(klient.POST('/klanten/{klantId}/gesprekken', { params: { path: { klantId } }, body: invoer }));

export const slaPlanOp = (klantId: string, invoer: PlanInvoer) =>
  vraag(klient.PUT('/klanten/{klantId}/plan', { params: { path: { klantId } }, body: invoer }));
