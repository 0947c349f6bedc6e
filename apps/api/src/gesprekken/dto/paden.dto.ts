import { PAD_CODE_PATROON } from '@klant-in-beeld/domain';
import { JaNeeVeld, TekstVeld } from '../../common/validatie';
import { ObjectLijstVeld } from './lijst';

export const MAX_PADEN = 30;

export class PadDto {
  @TekstVeld({
    min: 2,
    max: 40,
    patroon: PAD_CODE_PATROON,
    patroonMelding: 'moet 2 tot 40 kleine letters, cijfers of _ zijn en met een letter beginnen',
    voorbeeld: 'intensief_naar_werk',
    beschrijving: 'Vaste code van het pad; verandert nooit, ook niet bij een nieuwe naam',
  })
  code!: string;

  @TekstVeld({ max: 100, voorbeeld: 'Intensief naar werk' })
  naam!: string;

  @JaNeeVeld({ beschrijving: 'Niet actief: kan in een nieuw gesprek niet meer gekozen worden' })
  actief!: boolean;
}

export class PadenDto {
  @ObjectLijstVeld(PadDto, {
    min: 1,
    max: MAX_PADEN,
    wat: 'paden',
    beschrijving:
      'Alle dienstverleningspaden van de organisatie, in de volgorde van de schermen. Bij PUT de hele lijst: een ' +
      'bestaande code weglaten kan niet (zet hem op niet actief).',
  })
  paden!: PadDto[];
}
