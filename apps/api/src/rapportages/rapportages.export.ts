import {
  IN_BEELD_STATUS_LABELS,
  TREDE_LABELS,
  UITSTROOMREDEN_LABELS,
  VRIJSTELLING_REDEN_LABELS,
  type InBeeldStatus,
  type Trede,
  type Uitstroomreden,
  type VrijstellingReden,
} from '@klant-in-beeld/domain';
import ExcelJS from 'exceljs';
import type { DoorstroomDto, KerncijfersDto, LeefgebiedenBewegingDto, LeefgebiedenDto } from './dto/rapportage.dto';
import { neutraliseerFormule } from '../common/formule';

/** One breakdown of a report: a sheet in the workbook, a block of lines in the CSV. */
export interface Onderdeel {
  naam: string;
  kolommen: string[];
  rijen: (string | number | null)[][];
}

// Not "(<5)": a cell may also be hidden because it would give a small one away (docs/onderdrukking.md).
const ONDERDRUKT = 'onderdrukt';
const waarde = (n: number | null) => (n === null ? ONDERDRUKT : n);
const procent = (f: number | null) => (f === null ? ONDERDRUKT : Math.round(f * 1000) / 10);

export function kerncijferOnderdelen(k: KerncijfersDto, filters: string): Onderdeel[] {
  return [
    {
      naam: 'Kerncijfers',
      kolommen: ['Kerncijfer', 'Waarde'],
      rijen: [
        ['Peildatum', k.peildatum],
        ['Filter', filters],
        ['Caseload (klanten)', waarde(k.caseload)],
        ['Gesproken in 12 maanden (%)', procent(k.gesprokenLaatste12Maanden)],
        ['Met lopende afspraak (%)', procent(k.metLopendeAfspraak)],
        ['No-shows van geplande gesprekken (%)', k.noShowPercentage === null ? ONDERDRUKT : k.noShowPercentage],
        ['Periode 12-maandscijfers', `${k.periode.van} (excl.) t/m ${k.periode.tot}`],
      ],
    },
    {
      naam: 'In beeld',
      kolommen: ['Status', 'Klanten'],
      rijen: (Object.keys(k.inBeeld) as InBeeldStatus[]).map((s) => [IN_BEELD_STATUS_LABELS[s], waarde(k.inBeeld[s])]),
    },
    {
      naam: 'Gesprekken 12 maanden',
      kolommen: ['Aantal gesprekken', 'Klanten'],
      rijen: Object.entries(k.gesprekkenVerdeling12Maanden).map(([klasse, n]) => [
        klasse === '>3' ? 'meer dan 3' : klasse,
        waarde(n),
      ]),
    },
    {
      naam: 'Caseload per klantmanager',
      kolommen: ['Caseloadgrootte', 'Klantmanagers'],
      rijen: Object.entries(k.caseloadPerKlantmanager).map(([band, n]) => [band, waarde(n)]),
    },
    {
      naam: 'Vrijstellingen',
      kolommen: ['Reden', 'Formeel', 'Informeel'],
      rijen: [
        ['Totaal (klanten)', waarde(k.vrijstellingen.formeel), waarde(k.vrijstellingen.informeel)],
        ...Object.entries(k.vrijstellingenPerReden).map(([reden, n]) => [
          VRIJSTELLING_REDEN_LABELS[reden as VrijstellingReden] ?? reden,
          waarde(n.formeel),
          waarde(n.informeel),
        ]),
        ['Informeel voorbij einddatum', '', waarde(k.vrijstellingen.informeelVerlopen)],
      ],
    },
    {
      naam: 'Participatieladder',
      kolommen: ['Trede', 'Klanten'],
      rijen: [
        ...Object.entries(k.ladder).map(([trede, n]) => [
          `${trede}. ${TREDE_LABELS[Number(trede) as Trede]}`,
          waarde(n),
        ]),
        ['Niet gemeten', waarde(k.ladderOnbekend)],
      ],
    },
    {
      naam: 'Uitstroom',
      kolommen: ['Reden', 'Klanten'],
      rijen: Object.entries(k.uitstroom).map(([reden, n]) => [
        UITSTROOMREDEN_LABELS[reden as Uitstroomreden] ?? reden,
        waarde(n),
      ]),
    },
  ];
}

export function doorstroomOnderdelen(d: DoorstroomDto, filters: string): Onderdeel[] {
  const treden = ['1', '2', '3', '4', '5', '6'];
  return [
    {
      naam: 'Doorstroom',
      kolommen: ['Trede op ' + d.van, ...treden.map((t) => `Naar trede ${t}`)],
      // For the roles that see every figure the matrix is sparse (an absent cell is 0); a suppressed cell is null
      // and must stay visibly suppressed.
      rijen: treden.map((van) => [
        `${van}. ${TREDE_LABELS[Number(van) as Trede]}`,
        ...treden.map((naar) => waarde(d.matrix[van]?.[naar] === undefined ? 0 : d.matrix[van][naar])),
      ]),
    },
    {
      naam: 'Samenvatting',
      kolommen: ['Beweging', 'Klanten'],
      rijen: [
        ['Periode', `${d.van} t/m ${d.tot}`],
        ['Filter', filters],
        ['Omhoog', waarde(d.omhoog)],
        ['Gelijk gebleven', waarde(d.gelijk)],
        ['Omlaag', waarde(d.omlaag)],
      ],
    },
  ];
}

/** A name from an older instrument version is its code: said so in the file as on the screen. */
const oudeNaam = (o: { naam: string; bekend: boolean }) => (o.bekend ? o.naam : `${o.naam} (eerdere versie)`);

export function leefgebiedenOnderdelen(l: LeefgebiedenDto, filters: string): Onderdeel[] {
  return [
    {
      naam: 'Leefgebieden en plannen',
      kolommen: ['Kerncijfer', 'Waarde'],
      rijen: [
        ['Peildatum', l.peildatum],
        ['Filter', filters],
        ['Caseload (klanten)', waarde(l.caseload)],
        ['Met klant-in-beeld-gesprek (klanten)', waarde(l.metGesprek)],
        ['Met plan van aanpak (%)', procent(l.metPlan)],
        ['Evaluatiedatum plan verstreken (%)', procent(l.evaluatieVerlopen)],
      ],
    },
    {
      naam: 'Niveaus per leefgebied',
      kolommen: ['Leefgebied', ...l.niveaus.map((n) => `${n.waarde}. ${oudeNaam(n)}`), 'Totaal'],
      rijen: l.domeinen.map((d) => [
        oudeNaam(d),
        // null is suppressed and must stay so; only an absent niveau is 0.
        ...l.niveaus.map((n) => waarde(n.waarde in d.aantallen ? d.aantallen[n.waarde] : 0)),
        waarde(d.totaal),
      ]),
    },
    {
      naam: 'Dienstverleningspaden',
      kolommen: ['Pad', 'Klanten'],
      rijen: l.paden.map((p) => [p.naam, waarde(p.aantal)]),
    },
  ];
}

export function bewegingOnderdelen(b: LeefgebiedenBewegingDto, filters: string): Onderdeel[] {
  return [
    {
      naam: 'Beweging per leefgebied',
      kolommen: ['Leefgebied', 'Omhoog', 'Gelijk gebleven', 'Omlaag'],
      rijen: [
        ['Periode', `${b.van} t/m ${b.tot}`, '', ''],
        ['Filter', filters, '', ''],
        ...b.domeinen.map((d) => [oudeNaam(d), waarde(d.omhoog), waarde(d.gelijk), waarde(d.omlaag)]),
      ],
    },
  ];
}

/** Text formula-safe, quoted only where the semicolon file needs it (a comma is not a separator here). */
function csvVeld(v: string | null): string {
  const tekst = v === null ? '' : neutraliseerFormule(v);
  return /[;"\r\n]/.test(tekst) ? `"${tekst.replace(/"/g, '""')}"` : tekst;
}

/** CSV as Dutch spreadsheet programs open it: semicolons, UTF-8 with BOM, decimal comma. */
export function naarCsv(onderdelen: Onderdeel[]): string {
  const regels = ['Onderdeel;Kenmerk;Waarde;Waarde 2'];
  for (const o of onderdelen) {
    for (const rij of o.rijen) {
      regels.push(
        // Numbers with a decimal comma, as Dutch spreadsheets read them; text (names of gemeenten, teams) formula-safe.
        [o.naam, ...rij].map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : csvVeld(v))).join(';'),
      );
    }
  }
  return '\uFEFF' + regels.join('\r\n') + '\r\n';
}

export async function naarXlsx(onderdelen: Onderdeel[], titel: string): Promise<Buffer> {
  const werkboek = new ExcelJS.Workbook();
  werkboek.creator = 'Klant in Beeld';
  werkboek.title = titel;
  for (const o of onderdelen) {
    const blad = werkboek.addWorksheet(o.naam.slice(0, 31));
    blad.addRow(o.kolommen).font = { bold: true };
    for (const rij of o.rijen) blad.addRow(rij);
    blad.columns.forEach((kolom, i) => (kolom.width = i === 0 ? 40 : 18));
    blad.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await werkboek.xlsx.writeBuffer());
}
