import PDFDocument from 'pdfkit';

// DejaVu Sans covers the letters of Dutch names from everywhere (ş, ğ, ı, ł …), which PDF's built-in fonts do not.
const LETTER = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const VET = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/**
 * A plain, readable PDF (A4, one column) built from headings, paragraphs and label–value lines, tagged for
 * accessibility (structure tree with H1/H2/P, document language Dutch, title shown), with pdfkit.
 */
export class LeesbaarPdf {
  private readonly doc: PDFKit.PDFDocument;
  private readonly document: PDFKit.PDFStructureElement;
  private readonly delen: Buffer[] = [];
  private readonly klaar: Promise<Buffer>;

  constructor(titel: string, onderwerp?: string) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      pdfVersion: '1.7',
      tagged: true,
      lang: 'nl-NL',
      displayTitle: true,
      info: { Title: titel, Subject: onderwerp ?? titel, Creator: 'Klant in Beeld', Producer: 'Klant in Beeld' },
    });
    this.doc.registerFont('letter', LETTER);
    this.doc.registerFont('vet', VET);
    this.document = this.doc.struct('Document');
    this.doc.addStructure(this.document);
    this.klaar = new Promise((klaar, mis) => {
      this.doc.on('data', (deel: Buffer) => this.delen.push(deel));
      this.doc.on('end', () => klaar(Buffer.concat(this.delen)));
      this.doc.on('error', mis);
    });
  }

  private element(tag: string, tekenen: () => void): this {
    this.document.add(this.doc.struct(tag, {}, [tekenen]));
    return this;
  }

  kop1(tekst: string): this {
    return this.element('H1', () => this.doc.font('vet').fontSize(18).fillColor('#000').text(tekst).moveDown(0.5));
  }

  kop2(tekst: string): this {
    if (this.doc.y > this.doc.page.height - 120) this.doc.addPage();
    return this.element('H2', () => this.doc.font('vet').fontSize(13).text(tekst, { paragraphGap: 4 }).moveDown(0.2));
  }

  alinea(tekst: string, opties: { zacht?: boolean } = {}): this {
    return this.element('P', () =>
      this.doc
        .font('letter')
        .fontSize(10.5)
        .fillColor(opties.zacht ? '#444' : '#000')
        .text(tekst, { paragraphGap: 6, lineGap: 1.5 })
        .fillColor('#000'),
    );
  }

  /** Label: value lines, one paragraph each (a value may be empty: shown as a dash). */
  gegevens(paren: [string, string | number | null | undefined][]): this {
    for (const [label, waarde] of paren) {
      this.element('P', () => {
        this.doc.font('vet').fontSize(10.5).text(`${label}: `, { continued: true });
        this.doc
          .font('letter')
          .text(waarde === null || waarde === undefined || waarde === '' ? '—' : String(waarde), { paragraphGap: 2 });
      });
    }
    return this;
  }

  /**
   * A compact bulleted list (tagged L/LI), each item with optional sub-lines, so a one-page letter stays one page.
   */
  punten(items: { tekst: string; onder?: string[] }[]): this {
    if (items.length === 0) return this;
    const lijst = this.doc.struct('L');
    this.document.add(lijst);
    const links = this.doc.page.margins.left;
    const breedte = this.doc.page.width - links - this.doc.page.margins.right;
    for (const item of items) {
      const regels = [
        () =>
          this.doc.font('letter').fontSize(10.5).fillColor('#000').text(`•  ${item.tekst}`, links, this.doc.y, {
            width: breedte,
            paragraphGap: 1,
            lineGap: 1,
          }),
        ...(item.onder ?? []).map(
          (regel) => () =>
            this.doc
              .font('letter')
              .fontSize(9.5)
              .fillColor('#333')
              .text(`–  ${regel}`, links + 16, this.doc.y, {
                width: breedte - 16,
                paragraphGap: 1,
              }),
        ),
      ];
      lijst.add(this.doc.struct('LI', {}, [this.doc.struct('LBody', {}, regels)]));
    }
    lijst.end();
    this.doc.fillColor('#000').moveDown(0.4);
    this.doc.x = links;
    return this;
  }

  /** Starts a new A4 page (one letter per page in a batch of letters). */
  nieuwePagina(): this {
    this.doc.addPage();
    return this;
  }

  /** A PNG or JPEG image at the left margin, tagged as a Figure with its alternative text. */
  afbeelding(data: Buffer, opties: { hoogte: number; alt: string }): this {
    const links = this.doc.page.margins.left;
    const breedte = this.doc.page.width - links - this.doc.page.margins.right;
    const y = this.doc.y;
    this.document.add(
      this.doc.struct('Figure', { alt: opties.alt }, [
        () => this.doc.image(data, links, y, { fit: [breedte / 2, opties.hoogte] }),
      ]),
    );
    this.doc.x = links;
    this.doc.y = y + opties.hoogte + 8;
    return this;
  }

  async alsBuffer(): Promise<Buffer> {
    this.document.end();
    this.doc.end();
    return this.klaar;
  }
}
