import { Heading1, Paragraph } from '@klant-in-beeld/ui';
import { ImportGeschiedenis } from './ImportGeschiedenis';
import { UploadFormulier } from './UploadFormulier';

/** Start an import, and the imports made so far. */
export function ImportenPagina() {
  return (
    <>
      <Heading1>Importeren</Heading1>
      <Paragraph>
        Zet klanten en hun dossiers over uit een ander systeem of een Excel-lijst. Eerst controleert Klant in Beeld het
        hele bestand; er wordt dan nog niets vastgelegd. Pas als er geen fouten meer zijn, kun je de import uitvoeren.
      </Paragraph>
      <UploadFormulier />
      <ImportGeschiedenis />
    </>
  );
}
