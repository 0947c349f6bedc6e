import {
  AFSPRAAK_SOORT_LABELS,
  AFSPRAAK_STATUS_LABELS,
  dagenTussen,
  datumInNederland,
  DOELGROEP_LABELS,
  KANAAL_LABELS,
  leeftijd,
  RESULTAAT_LABELS,
  TREDE_LABELS,
  vandaag,
  VRIJSTELLING_OMVANG_LABELS,
  VRIJSTELLING_REDEN_LABELS,
  VRIJSTELLING_SOORT_LABELS,
  type Trede,
} from '@klant-in-beeld/domain';
import {
  Button,
  Dialoog,
  Heading1,
  Heading2,
  InBeeldBadge,
  Knoppenrij,
  Label,
  Melding,
  Paginering,
  Paragraph,
  SkeletBalk,
  SkeletRegels,
  SkeletVak,
} from '@klant-in-beeld/ui';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, lazy, Suspense, useState } from 'react';
import { useOutletContext, useParams } from 'react-router';
import { ApiFout } from '../../api/client';
import type { Medewerker } from '../auth/api';
import { gesprekkenQuery, planQuery } from '../gesprek/api';
import { GesprekFormulier } from '../gesprek/GesprekFormulier';
import { GesprekkenPaneel } from '../gesprek/GesprekkenPaneel';
import { PlanPaneel } from '../gesprek/PlanPaneel';
import { datumKort, tijdstipKort } from '../../app/weergave';
import {
  afsprakenQuery,
  bekendBuitenTeam,
  contactmomentenQuery,
  dossierDeelQueries,
  klantQuery,
  ladderQuery,
  tijdlijnQuery,
  vrijstellingenQuery,
  type Klant,
  type TijdlijnItem,
} from '../klanten/api';
import { AfspraakAfronden } from './AfspraakAfronden';
import { AfspraakFormulier } from './AfspraakFormulier';
import { AfspraakWijzigen } from './AfspraakWijzigen';
import { BsnInzage } from './BsnInzage';
import { ContactmomentCorrigeren } from './ContactmomentCorrigeren';
import { ContactmomentFormulier } from './ContactmomentFormulier';
import { DossierDoorbreken } from './DossierDoorbreken';
import { useCategorieen } from '../instellingen/useCategorieen';
import { KlantgegevensWijzigen } from './KlantgegevensWijzigen';
import { LadderFormulier } from './LadderFormulier';
import { UitstroomRegistreren } from './UitstroomRegistreren';
import { VrijstellingAanpassen } from './VrijstellingAanpassen';
import { VrijstellingFormulier } from './VrijstellingFormulier';

const LadderGrafiek = lazy(() => import('./LadderGrafiek'));

type Formulier = 'gesprek' | 'klantInBeeld' | 'afspraak' | 'vrijstelling' | 'ladder' | null;
const TITELS: Record<Exclude<Formulier, null>, string> = {
  gesprek: 'Contactmoment vastleggen',
  klantInBeeld: 'Klant-in-beeld-gesprek vastleggen',
  afspraak: 'Afspraak vastleggen',
  vrijstelling: 'Vrijstelling vastleggen',
  ladder: 'Ladder-meting vastleggen',
};

function isBuitenTeam(fout: unknown): boolean {
  return fout instanceof ApiFout && fout.status === 403 && fout.code === 'BUITEN_TEAM';
}

export function KlantDossierPagina() {
  const { id = '' } = useParams();
  const klant = useQuery(klantQuery(id));
  // Every panel's first page is asked right away, next to the client, instead of once the client has arrived.
  const wachtOpKlant = bekendBuitenTeam(useQueryClient(), id) && !klant.data;
  const delen = useQueries({ queries: dossierDeelQueries(id).map((q) => ({ ...q, enabled: !wachtOpKlant })) });
  const gesprekDelen = useQueries({
    queries: [gesprekkenQuery(id), planQuery(id)].map((q) => ({ ...q, enabled: !wachtOpKlant })),
  });
  // The draft of a gesprek is kept per medewerker; outside the Layout (tests) there is none.
  const medewerkerId = useOutletContext<Medewerker | undefined>()?.id ?? 'onbekend';
  const [formulier, setFormulier] = useState<Formulier>(null);
  // Until when this client of another team is open; only for the client it was opened for.
  const [doorbraak, setDoorbraak] = useState<{ klantId: string; geldigTot: string }>();

  // Data first: a failed refetch (e.g. while the session was gone) must not take the dossier, and an open form, away.
  const k = klant.data;
  if (!k && !klant.isPending) {
    if (isBuitenTeam(klant.error))
      return <DossierDoorbreken klantId={id} onGeopend={(geldigTot) => setDoorbraak({ klantId: id, geldigTot })} />;
    return (
      <Melding soort="error">
        {klant.error instanceof ApiFout && klant.error.status === 404
          ? 'Deze klant bestaat niet of je hebt er geen toegang toe.'
          : (klant.error?.message ?? 'Er ging iets mis.')}
      </Melding>
    );
  }
  return (
    <>
      {doorbraak?.klantId === id && (
        <Melding>{`Je hebt dit dossier geopend buiten je team, tot en met ${datumKort(doorbraak.geldigTot)}.`}</Melding>
      )}
      {/* While loading, the page keeps its final shape: a header of the same size, the buttons, the panels. */}
      {k ? <DossierKop klant={k} /> : <DossierKopSkelet />}
      <Knoppenrij>
        {/* On a phone or tablet a bar at the bottom of the screen, within reach of the thumb. */}
        <div className="kib-actiebalk">
          <Button appearance="primary-action-button" disabled={!k} onClick={() => setFormulier('gesprek')}>
            Contactmoment vastleggen
          </Button>
        </div>
        <Button appearance="secondary-action-button" disabled={!k} onClick={() => setFormulier('klantInBeeld')}>
          Klant-in-beeld-gesprek vastleggen
        </Button>
        <Button appearance="secondary-action-button" disabled={!k} onClick={() => setFormulier('afspraak')}>
          Afspraak
        </Button>
        <Button appearance="secondary-action-button" disabled={!k} onClick={() => setFormulier('vrijstelling')}>
          Vrijstelling
        </Button>
        <Button appearance="secondary-action-button" disabled={!k} onClick={() => setFormulier('ladder')}>
          Ladder-meting
        </Button>
        <KlantgegevensWijzigen klant={k} />
        <UitstroomRegistreren klant={k} />
      </Knoppenrij>
      <Dialoog
        breed={formulier === 'klantInBeeld'}
        open={formulier !== null}
        titel={formulier ? TITELS[formulier] : ''}
        onSluiten={() => setFormulier(null)}
      >
        {formulier === 'gesprek' && <ContactmomentFormulier klantId={id} onKlaar={() => setFormulier(null)} />}
        {formulier === 'klantInBeeld' && k && (
          <GesprekFormulier
            klantId={id}
            medewerkerId={medewerkerId}
            huidigeCategorie={k.dienstverleningscategorie}
            onKlaar={() => setFormulier(null)}
          />
        )}
        {formulier === 'afspraak' && k && (
          <AfspraakFormulier klantId={id} categorie={k.dienstverleningscategorie} onKlaar={() => setFormulier(null)} />
        )}
        {formulier === 'vrijstelling' && <VrijstellingFormulier klantId={id} onKlaar={() => setFormulier(null)} />}
        {formulier === 'ladder' && k && (
          <LadderFormulier klantId={id} huidigeTrede={k.huidigeTrede} onKlaar={() => setFormulier(null)} />
        )}
      </Dialoog>
      {/* The panels appear together once all have their data, so none pushes another down on arrival. */}
      {k && [...delen, ...gesprekDelen].every((deel) => deel.isSuccess || (deel.isError && !deel.isFetching)) ? (
        <div className="kib-kolommen">
          <div>
            <PlanPaneel klantId={id} />
            <Afspraken klantId={id} categorie={k.dienstverleningscategorie} />
            <Vrijstellingen klantId={id} />
            <GesprekkenPaneel klantId={id} />
            <Ladder klantId={id} />
            <Contactmomenten klantId={id} />
          </div>
          <Tijdlijn klantId={id} />
        </div>
      ) : (
        <PanelenSkelet />
      )}
    </>
  );
}

// Each row of the client's header with the lines its value takes on a phone (the BSN has its button).
const KOP_VELDEN: [string, number][] = [
  ['BSN', 0],
  ['Leeftijd', 1],
  ['Gemeente', 1],
  ['Categorie', 2],
  ['Doelgroep', 1],
  ['Klantmanager', 1],
  ['Laatst gesproken', 2],
  ['Huidige trede', 2],
  ['Uitkering sinds', 1],
  ['Telefoon', 1],
];

/** The client's header while it loads: the same panel, the same rows, grey where the values come. */
function DossierKopSkelet() {
  return (
    <section className="kib-paneel kib-skelet" aria-label="Dossier laden">
      <span role="status" className="kib-visueel-verborgen">
        Dossier laden…
      </span>
      <div aria-hidden="true">
        <div className="kib-dossierkop">
          <div>
            <span className="utrecht-heading-1 kib-skelet__kop">
              <SkeletBalk />
            </span>
            <span className="kib-skelet__regel">
              <SkeletBalk lengte="kort" />
            </span>
          </div>
        </div>
        <dl className="kib-gegevens">
          {KOP_VELDEN.map(([veld, regels]) => (
            <Fragment key={veld}>
              <dt>{veld}</dt>
              <dd>
                {regels === 0 ? (
                  <span className="kib-skelet__knop kib-skelet__knop--klein" />
                ) : (
                  <SkeletRegels aantal={1} />
                )}
                {regels > 1 && (
                  <span className="kib-skelet__smal">
                    <SkeletRegels aantal={regels - 1} lengte="kort" />
                  </span>
                )}
              </dd>
            </Fragment>
          ))}
        </dl>
      </div>
    </section>
  );
}

/** Panels still loading, each with a few entries of the height of a real one. */
function PanelenSkelet() {
  const paneel = (titel: string, items: number, opties: { grafiek?: number; knoppen?: boolean } = {}) => (
    <div className="kib-paneel">
      <span className="utrecht-heading-2 kib-skelet__kop">{titel}</span>
      {opties.grafiek && <SkeletVak hoogte={opties.grafiek} />}
      <ul className="kib-tijdlijn">
        {Array.from({ length: items }, (_, i) => (
          <li key={i}>
            <SkeletRegels aantal={3} lengte="lang" />
            {opties.knoppen && (
              <div className="kib-knoppenrij">
                <span className="kib-skelet__knop" />
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
  return (
    <div className="kib-kolommen kib-skelet" aria-hidden="true">
      <div>
        {paneel('Plan van aanpak', 1, { knoppen: true })}
        {paneel('Afspraken', 1, { knoppen: true })}
        {paneel('Participatieladder', 2, { grafiek: 180 })}
        {paneel('Contactmomenten', 4)}
      </div>
      {paneel('Tijdlijn', 6)}
    </div>
  );
}

function DossierKop({ klant: k }: { klant: Klant }) {
  const categorieen = useCategorieen();
  const peildatum = vandaag();
  const gezien = k.laatstGezienOp ? datumInNederland(new Date(k.laatstGezienOp)) : null;
  return (
    <section className="kib-paneel" aria-labelledby="klant-naam">
      <div className="kib-dossierkop">
        <div>
          <Heading1 id="klant-naam">
            {k.voornamen} {k.achternaam}
          </Heading1>
          <InBeeldBadge
            status={k.inBeeldStatus}
            dagen={gezien ? dagenTussen(gezien, peildatum) : null}
            norm={k.norm.maxDagen}
          />
          {k.vrijgesteld && <Label>Vrijgesteld</Label>}{' '}
          {k.status === 'uitgestroomd' && <Label>Uitgestroomd {datumKort(k.uitstroomdatum)}</Label>}
        </div>
      </div>
      <dl className="kib-gegevens">
        <dt>BSN</dt>
        <dd>
          <BsnInzage key={k.id} klantId={k.id} bsnGemaskeerd={k.bsnGemaskeerd} />
        </dd>
        <dt>Leeftijd</dt>
        <dd>
          {leeftijd(k.geboortedatum, peildatum)} jaar ({datumKort(k.geboortedatum)})
        </dd>
        <dt>Gemeente</dt>
        <dd>{k.gemeenteNaam}</dd>
        <dt>Categorie</dt>
        <dd>{categorieen.naam(k.dienstverleningscategorie)}</dd>
        <dt>Doelgroep</dt>
        <dd>{DOELGROEP_LABELS[k.doelgroep]}</dd>
        <dt>Klantmanager</dt>
        <dd>{k.klantmanagerNaam ?? <em>Geen klantmanager</em>}</dd>
        <dt>Laatst gesproken</dt>
        <dd>
          {gezien ? `${datumKort(gezien)}, ${dagenTussen(gezien, peildatum)} dagen geleden` : 'Nog nooit'} · norm{' '}
          {k.norm.maxDagen} dagen
          {k.vrijgesteld ? ' (vrijgesteld)' : ''}
        </dd>
        <dt>Huidige trede</dt>
        <dd>{k.huidigeTrede ? `${k.huidigeTrede}. ${TREDE_LABELS[k.huidigeTrede as Trede]}` : 'Nog niet gemeten'}</dd>
        <dt>Uitkering sinds</dt>
        <dd>{datumKort(k.startdatumUitkering)}</dd>
        {k.telefoon && (
          <>
            <dt>Telefoon</dt>
            <dd>{k.telefoon}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

function Afspraken({ klantId, categorie }: { klantId: string; categorie: string }) {
  const [page, setPage] = useState(1);
  const afspraken = useQuery(afsprakenQuery(klantId, page));
  const peildatum = vandaag();
  return (
    <section className="kib-paneel" aria-labelledby="afspraken-kop">
      <Heading2 id="afspraken-kop">Afspraken</Heading2>
      {afspraken.data?.items.length === 0 && (
        <Paragraph>Nog geen afspraken. Leg vast wat je met de klant afspreekt, met een einddatum.</Paragraph>
      )}
      <ul className="kib-tijdlijn">
        {afspraken.data?.items.map((a) => (
          <li key={a.id}>
            <Label>{AFSPRAAK_SOORT_LABELS[a.soort]}</Label> <strong>{AFSPRAAK_STATUS_LABELS[a.status]}</strong>
            {a.status === 'lopend' && a.einddatum < peildatum && (
              <strong className="kib-veld__fout"> · einddatum verstreken</strong>
            )}
            <div>{a.omschrijving}</div>
            <div className="kib-zacht">
              {datumKort(a.startdatum)} t/m {datumKort(a.einddatum)} · {a.medewerkerNaam}
            </div>
            {a.resultaatToelichting && <div>{a.resultaatToelichting}</div>}
            <AfspraakAfronden klantId={klantId} afspraak={a} />
            <AfspraakWijzigen klantId={klantId} categorie={categorie} afspraak={a} />
          </li>
        ))}
      </ul>
      {afspraken.data && (
        <Paginering
          page={page}
          pageSize={afspraken.data.pageSize}
          totaal={afspraken.data.totaal}
          wat="afspraken"
          onPagina={setPage}
        />
      )}
    </section>
  );
}

function Vrijstellingen({ klantId }: { klantId: string }) {
  const vrijstellingen = useQuery(vrijstellingenQuery(klantId));
  if (!vrijstellingen.data?.items.length) return null;
  return (
    <section className="kib-paneel" aria-labelledby="vrijstellingen-kop">
      <Heading2 id="vrijstellingen-kop">Vrijstellingen</Heading2>
      <ul className="kib-tijdlijn">
        {vrijstellingen.data.items.map((v) => (
          <li key={v.id}>
            <Label>{VRIJSTELLING_SOORT_LABELS[v.soort]}</Label>{' '}
            <strong>{v.actief ? 'Geldt nu' : v.ingetrokkenOp ? 'Beëindigd' : 'Geldt niet meer'}</strong>
            <div>
              {VRIJSTELLING_REDEN_LABELS[v.reden]}:{' '}
              {v.omvang.map((o) => VRIJSTELLING_OMVANG_LABELS[o].toLowerCase()).join(', ')}
            </div>
            <div className="kib-zacht">
              {datumKort(v.ingangsdatum)} t/m {v.einddatum ? datumKort(v.einddatum) : 'geen einddatum'} · herbeoordelen{' '}
              {datumKort(v.herbeoordelingsdatum)}
              {v.beschikkingKenmerk ? ` · beschikking ${v.beschikkingKenmerk}` : ''}
            </div>
            <VrijstellingAanpassen klantId={klantId} vrijstelling={v} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Ladder({ klantId }: { klantId: string }) {
  const ladder = useQuery(ladderQuery(klantId));
  const metingen = ladder.data?.items ?? [];
  return (
    <section className="kib-paneel" aria-labelledby="ladder-kop">
      <Heading2 id="ladder-kop">Participatieladder</Heading2>
      {metingen.length === 0 && <Paragraph>Nog geen metingen.</Paragraph>}
      {metingen.length > 1 && (
        <Suspense fallback={<SkeletVak hoogte={180} />}>
          <LadderGrafiek metingen={metingen} />
        </Suspense>
      )}
      <ul className="kib-tijdlijn">
        {metingen.map((m) => (
          <li key={m.id}>
            <time dateTime={m.gemetenOp}>{datumKort(m.gemetenOp)}</time>: trede {m.trede}.{' '}
            {TREDE_LABELS[m.trede as Trede]}
            {m.doeltrede ? ` (doel: ${m.doeltrede})` : ''}
            {m.toelichting && <div className="kib-zacht">{m.toelichting}</div>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Contactmomenten({ klantId }: { klantId: string }) {
  const [page, setPage] = useState(1);
  const contactmomenten = useQuery(contactmomentenQuery(klantId, page));
  return (
    <section className="kib-paneel" aria-labelledby="contact-kop">
      <Heading2 id="contact-kop">Contactmomenten</Heading2>
      {contactmomenten.data?.items.length === 0 && <Paragraph>Nog geen contact vastgelegd.</Paragraph>}
      <ul className="kib-tijdlijn">
        {contactmomenten.data?.items.map((c) => (
          <li key={c.id}>
            <time dateTime={c.plaatsgevondenOp}>{tijdstipKort(c.plaatsgevondenOp)}</time> · {KANAAL_LABELS[c.kanaal]} ·{' '}
            {RESULTAAT_LABELS[c.resultaat]}
            {c.teltAlsGezien && <Label>Gezien</Label>}
            <div>
              <strong>{c.onderwerp}</strong>
              {c.samenvatting ? ` — ${c.samenvatting}` : ''}
            </div>
            <div className="kib-zacht">{c.medewerkerNaam}</div>
            <ContactmomentCorrigeren klantId={klantId} contactmoment={c} />
          </li>
        ))}
      </ul>
      {contactmomenten.data && (
        <Paginering
          page={page}
          pageSize={contactmomenten.data.pageSize}
          totaal={contactmomenten.data.totaal}
          wat="contactmomenten"
          onPagina={setPage}
        />
      )}
    </section>
  );
}

function tijdlijnTekst(item: TijdlijnItem): string {
  switch (item.soort) {
    case 'contactmoment':
      return `${KANAAL_LABELS[item.kanaal as keyof typeof KANAAL_LABELS]} · ${RESULTAAT_LABELS[item.resultaat as keyof typeof RESULTAAT_LABELS]}: ${item.onderwerp}`;
    case 'ladder':
      return `Ladder-meting: trede ${item.trede}`;
    case 'afspraak':
      return `Afspraak (${AFSPRAAK_SOORT_LABELS[item.afspraakSoort as keyof typeof AFSPRAAK_SOORT_LABELS]}): ${item.omschrijving}`;
    case 'vrijstelling':
      return `${item.vrijstellingSoort === 'formeel' ? 'Formele' : 'Informele'} vrijstelling: ${VRIJSTELLING_REDEN_LABELS[item.reden as keyof typeof VRIJSTELLING_REDEN_LABELS]}`;
  }
}

function Tijdlijn({ klantId }: { klantId: string }) {
  const [page, setPage] = useState(1);
  const tijdlijn = useQuery(tijdlijnQuery(klantId, page));
  return (
    <section className="kib-paneel" aria-labelledby="tijdlijn-kop">
      <Heading2 id="tijdlijn-kop">Tijdlijn</Heading2>
      {tijdlijn.data?.items.length === 0 && <Paragraph>Nog niets in het dossier.</Paragraph>}
      <ol className="kib-tijdlijn">
        {tijdlijn.data?.items.map((item) => (
          <li key={`${item.soort}-${item.id}`}>
            <time dateTime={item.datum}>
              {item.soort === 'contactmoment' ? tijdstipKort(item.datum) : datumKort(item.datum)}
            </time>
            <div>{tijdlijnTekst(item)}</div>
            {item.soort === 'contactmoment' && item.gecorrigeerdOp && <Label>Gecorrigeerd</Label>}
            {item.medewerkerNaam && <div className="kib-zacht">{item.medewerkerNaam}</div>}
          </li>
        ))}
      </ol>
      {tijdlijn.data && (
        <Paginering
          page={page}
          pageSize={tijdlijn.data.pageSize}
          totaal={tijdlijn.data.totaal}
          wat="gebeurtenissen"
          onPagina={setPage}
        />
      )}
    </section>
  );
}
