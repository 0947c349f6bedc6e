import { isGeldigBsn, type VeldFout } from '@klant-in-beeld/domain';
import { leesDatum, leesGeheel, leesTijdstip } from '../waarden';

// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const STUURTEKEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Reads the cells of one row into typed values, collecting a Dutch melding per field that is wrong. Meldingen
 * never repeat the cell's content (a beheerder sees them, and a beheerder may not see client data).
 */
export class RijLezer {
  readonly fouten: VeldFout[] = [];

  constructor(private readonly cellen: Record<string, string>) {}

  private ruw(veld: string): string {
    return (this.cellen[veld] ?? '').trim();
  }

  fout(veld: string, melding: string): void {
    this.fouten.push({ veld, melding });
  }

  leeg(veld: string): boolean {
    return this.ruw(veld) === '';
  }

  tekst(veld: string, opties: { max: number; verplicht?: boolean }): string | null {
    const t = this.ruw(veld);
    if (t === '') {
      if (opties.verplicht) this.fout(veld, 'is verplicht');
      return null;
    }
    if (t.length > opties.max) this.fout(veld, `mag hoogstens ${opties.max} tekens bevatten`);
    else if (STUURTEKEN.test(t)) this.fout(veld, 'bevat een stuurteken');
    return t;
  }

  bsn(veld: string): string | null {
    let t = this.ruw(veld).replace(/[\s.]/g, '');
    if (t === '') {
      this.fout(veld, 'is verplicht');
      return null;
    }
    // Excel shows a BSN stored as a number without its leading zero.
    if (/^\d{8}$/.test(t)) t = '0' + t;
    if (!isGeldigBsn(t)) {
      this.fout(veld, 'is geen geldig burgerservicenummer (9 cijfers die aan de elfproef voldoen)');
      return null;
    }
    return t;
  }

  datum(veld: string, verplicht = true): string | null {
    const t = this.ruw(veld);
    if (t === '') {
      if (verplicht) this.fout(veld, 'is verplicht');
      return null;
    }
    const datum = leesDatum(t);
    if (!datum) this.fout(veld, 'moet een bestaande datum zijn, zoals 23-11-2026 of 2026-11-23');
    return datum ?? null;
  }

  tijdstip(veld: string): string | null {
    const t = this.ruw(veld);
    if (t === '') {
      this.fout(veld, 'is verplicht');
      return null;
    }
    const moment = leesTijdstip(t);
    if (!moment) this.fout(veld, 'moet een datum met tijd zijn, zoals 23-11-2026 10:30 of 2026-11-23T10:30:00+01:00');
    return moment ?? null;
  }

  geheel(veld: string, min: number, max: number, verplicht = true): number | null {
    const t = this.ruw(veld);
    if (t === '') {
      if (verplicht) this.fout(veld, 'is verplicht');
      return null;
    }
    const n = leesGeheel(t, min, max);
    if (n === undefined) this.fout(veld, `moet een geheel getal van ${min} tot en met ${max} zijn`);
    return n ?? null;
  }

  code<C extends string>(
    veld: string,
    zoek: (tekst: string) => C | undefined,
    codes: readonly C[],
    verplicht = true,
  ): C | null {
    const t = this.ruw(veld);
    if (t === '') {
      if (verplicht) this.fout(veld, 'is verplicht');
      return null;
    }
    const code = zoek(t);
    if (!code) this.fout(veld, `moet een van deze waarden zijn: ${codes.join(', ')}`);
    return code ?? null;
  }

  /** A list of codes in one cell, separated by comma, semicolon, | or /. */
  codes<C extends string>(veld: string, zoek: (tekst: string) => C | undefined, codes: readonly C[]): C[] | null {
    const delen = this.ruw(veld)
      .split(/[,;|/]/)
      .map((d) => d.trim())
      .filter(Boolean);
    if (delen.length === 0) {
      this.fout(veld, 'is verplicht');
      return null;
    }
    const gevonden = delen.map(zoek);
    if (gevonden.some((c) => !c)) {
      this.fout(veld, `mag alleen deze waarden bevatten: ${codes.join(', ')}`);
      return null;
    }
    return [...new Set(gevonden as C[])].sort();
  }

  /** A gebruikersnaam (lower case), or null when the cell is empty. */
  gebruikersnaam(veld: string): string | null {
    const t = this.ruw(veld).toLowerCase();
    if (t === '') return null;
    if (t.length > 100) {
      this.fout(veld, 'mag hoogstens 100 tekens bevatten');
      return null;
    }
    return t;
  }
}
