import { queryOptions } from '@tanstack/react-query';
import { downloadUrl, klient, vraag, type Schemas } from '../../api/client';

export type Import = Schemas['ImportDto'];
export type ImportSoort = Import['soort'];
export type ImportStatus = Import['status'];
export type ImportKolom = Schemas['ImportKolomDto'];
export type ImportVeld = Schemas['ImportVeldDto'];

export const importenKeys = {
  alle: ['importen'] as const,
  lijsten: ['importen', 'lijst'] as const,
  lijst: (page: number) => ['importen', 'lijst', page] as const,
  een: (id: string) => ['importen', id] as const,
};

/** While the server works on a job its status and progress change: ask again every second until it is done. */
export function isBezig(status: ImportStatus | undefined): boolean {
  return status === 'controleren' || status === 'uitvoeren';
}

export const importQuery = (id: string) =>
  queryOptions({
    queryKey: importenKeys.een(id),
    queryFn: () => vraag(klient.GET('/importen/{id}', { params: { path: { id } } })),
    refetchInterval: (query) => (isBezig(query.state.data?.status) ? 1000 : false),
  });

export const importenQuery = (page: number) =>
  queryOptions({
    queryKey: importenKeys.lijst(page),
    queryFn: () => vraag(klient.GET('/importen', { params: { query: { page, pageSize: 20 } } })),
    // Jobs finish in the background: the history is always asked afresh when it is shown.
    staleTime: 0,
  });

export interface UploadInvoer {
  soort: ImportSoort;
  bron: string;
  bestand: File;
}

/** Multipart: the typed body names the fields, the serializer turns them into the FormData the API reads. */
export const uploadImport = ({ soort, bron, bestand }: UploadInvoer) =>
  vraag(
    klient.POST('/importen', {
      body: { soort, bron, bestand: bestand as unknown as string },
      bodySerializer: (body) => {
        const formulier = new FormData();
        formulier.append('soort', body.soort);
        formulier.append('bron', body.bron);
        formulier.append('bestand', bestand, bestand.name);
        return formulier;
      },
    }),
  );

export const wijzigKoppeling = (id: string, koppeling: ImportKolom[]) =>
  vraag(klient.PUT('/importen/{id}/koppeling', { params: { path: { id } }, body: { koppeling } }));

export const voerImportUit = (id: string) =>
  vraag(klient.POST('/importen/{id}/uitvoeren', { params: { path: { id } } }));

export const foutenCsvUrl = (id: string) => downloadUrl(`/importen/${encodeURIComponent(id)}/fouten.csv`);
